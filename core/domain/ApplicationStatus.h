#pragma once

#include <QString>
#include <QStringList>

// The one application state machine of DESIGN §3, used by client and server alike.
class ApplicationStatus
{
public:
    enum State { Invalid, Submitted, InReview, Offered, Accepted, Placed, Cancelled, Expired };

    static State fromString(const QString& name);
    static QString toString(State state);
    static QStringList allNames();
    static bool isFinal(State state);
    static bool canTransition(State from, State to);
    static QList<State> allowedNext(State from);
    // One plain-language line for staff and parents; language is BCP 47 ("nl", "nl-BE", "fr", "en"),
    // anything unknown falls back to Dutch.
    static QString explanation(State state, const QString& language);
    // Short label for lists, in the same language rules.
    static QString label(State state, const QString& language);
};

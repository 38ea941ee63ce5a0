#pragma once

#include <QString>
#include <QStringList>

// The one application state machine of docs/ARCHITECTURE.md "Domain", used by client and server alike.
class ApplicationStatus
{
public:
    enum State { Invalid, Submitted, InReview, Offered, Accepted, Placed, Cancelled, Expired };
    // What a person must say to make a transition: nothing; why the application closes (stored in
    // `closed_reason`); or why an offer goes back to review (declined or expired, see offerReturnReasons(),
    // kept as a note since the application has no field for it).
    enum class Reason { None, ClosedReason, OfferReturn };

    static State fromString(const QString& name);
    static QString toString(State state);
    static QStringList allNames();
    static bool isFinal(State state);
    static bool canTransition(State from, State to);
    static QList<State> allowedNext(State from);
    // Reason::None also for a transition that is not allowed.
    static Reason reasonNeeded(State from, State to);
    // The reasons an offer goes back to review: "declined", "expired".
    static QStringList offerReturnReasons();
    // One plain-language line for staff and parents; language is BCP 47 ("nl", "nl-BE", "fr", "en"),
    // anything unknown falls back to Dutch.
    static QString explanation(State state, const QString& language);
    // Short label for lists, in the same language rules.
    static QString label(State state, const QString& language);
};

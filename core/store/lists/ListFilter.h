#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// What a person narrowed a list down to. Empty members do not filter; the ones that are set all apply
// (AND). A list ignores members it has no use for (a parent has no channel).
struct ListFilter {
    QString status;
    QString municipality;
    QString search;       // free text, matched with full-text search
    QString location;     // a location id among the application's preferences
    QStringList priority; // priority flags that must all be set (see priorityFlags())
    QString channel;      // online, counter, referrer, phone
    QDate desiredFrom;    // desired start between these days, both included
    QDate desiredTo;
    QDate submittedFrom; // submitted between these (local) days, both included
    QDate submittedTo;
    bool assignedToMe = false;
    bool onEmergencyList = false;    // an open entry on the emergency list
    bool hasOpenApplication = false; // parents: one of theirs is open; applications: this one waits for a place
    QString ageBand;                 // the child's age today: unborn, 0, 1, 2_plus (AgeBand)
    QString language;                // the parent's language (BCP 47)
    // The emergency list's own.
    QString urgency;  // "1" high … "3" low
    QString reason;   // work_start, medical, social, other
    QString followUp; // overdue, today (due today or overdue), week (due within seven days)
    QString offer;    // with, without: whether the application has an offer out (sent or accepted)
    // The free places' own; status holds a place's status there.
    QString kind;    // group, family
    QDate childBorn; // with ageOn: places whose age band fits a child born then …
    QDate ageOn;     // … on this day (available_from when not given)
    QDate startFrom; // available from between these days, both included
    QDate startTo;

    // The flags the priority filter knows: the booleans of an application's `priority` plus "sibling"
    // (a non-empty sibling_location_ids).
    static QStringList priorityFlags();
    // The values the emergency list's and the free places' filters know, in the order they are offered.
    static QStringList reasons();
    static QStringList followUps();
    static QStringList offerStates();
    static QStringList kinds();
    bool isEmpty() const;
    // Without the free text: what a saved filter keeps.
    ListFilter withoutSearch() const;
    // For QSettings. fromMap() drops what it does not understand (logged, never fatal), so a value
    // written by another version or edited by hand cannot break the list.
    QVariantMap toMap() const;
    static ListFilter fromMap(const QVariantMap& map);

    bool operator==(const ListFilter& other) const;
    bool operator!=(const ListFilter& other) const { return !(*this == other); }
};

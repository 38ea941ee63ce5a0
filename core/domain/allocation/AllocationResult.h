#pragma once

#include "AllocationReason.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

// The outcome of one joint allocation (docs/PROTOCOL.md "Allocation"): per open application its place or none, its
// tier, its lottery number and why; per location its slots and how its reserved share went. AllocationEngine fills it,
// the server stores it as a draft and turns it into offers, a client shows it; the JSON is the wire shape.
struct AllocationResult {
    struct Assignment {
        QString applicationId;
        QString placeId;    // empty: no place
        QString locationId; // empty: no place
        int tier = 0;       // at the matched location; without a place, at the first preference it was eligible for
        double lottery = 0.0;
        bool reservedSlot = false;
        AllocationReason reason;
    };
    struct LocationTotals {
        QString locationId;
        int slotCount = 0;
        int matched = 0;
        int reservedSlots = 0;
        int reservedTaken = 0; // reserved slots that went to the share's group
    };

    QVector<Assignment> assignments;   // ordered by application id
    QVector<LocationTotals> locations; // ordered by location id
    QMap<QString, int> reservedSeats;  // place id → how many of its seats were reserved slots
    int places = 0;                    // free places with seats that took part
    double reservedShare = 0.0;

    int matched() const;
    // {"applications","places","slots","matched","unmatched","reserved":{"share","slots","taken","released"},
    //  "locations":[…]}
    QJsonObject summaryJson() const;
    QJsonArray assignmentsJson() const;
};

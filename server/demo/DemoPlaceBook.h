#pragma once

#include "demo/DemoRandom.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

// The demo's free places and their seats, so that the families' offers obey the offer rules (docs/PROTOCOL.md
// "Offers and the emergency list"): a place is seeded with the status its planned offers will give it (open,
// reserved, filled) and a number of seats for sent and accepted offers, never more than its count; a family's
// offered or accepted application takes one of those seats. What a small --demo-scale set leaves untaken is
// written back (DemoSeeder::settlePlaces) as the status the offers made give.
class DemoPlaceBook
{
public:
    struct Place {
        QString id;
        QString locationId;
        QString regionId;
        int count = 0;
        int ageMinMonths = 0;
        int ageMaxMonths = 0;
        QDate availableFrom;
        bool withdrawn = false;
        QString seededStatus;
        int freeSent = 0; // planned seats not taken yet
        int freeAccepted = 0;
        int sent = 0; // seats taken by the families' offers
        int accepted = 0;
    };

    // Plans a place with seats for `sent` sent and `accepted` accepted offers (together at most its count); returns
    // the status those give, which the place is seeded with.
    QString plan(const Place& place, int sent, int accepted);
    // A place of the region with a planned seat of that kind left, preferring one whose ages fit a child born (or
    // expected) on `birth` on its first day; the seat is taken. Null when the region has none left.
    const Place* takeSeat(const QString& regionId, bool accepted, const QDate& birth, DemoRandom& rng);
    // Any place of the region that is not withdrawn, for an offer that holds no seat; null when there is none.
    const Place* anyPlace(const QString& regionId, DemoRandom& rng) const;
    // The places whose offers, as made, give another status than the one they were seeded with: id -> status.
    QVector<QPair<QString, QString>> unsettled() const;

    // The places no family was offered (not withdrawn): their terms may still change before anyone sees them.
    QVector<Place> unoffered() const;

    // The status a place's held seats give it (the rule OfferEffects applies on the server).
    static QString statusFor(int count, int held, int accepted);
    static bool fits(const Place& place, const QDate& birth);

private:
    QVector<Place> m_places;
    QHash<QString, QVector<int>> m_byRegion; // region id -> indexes into m_places
};

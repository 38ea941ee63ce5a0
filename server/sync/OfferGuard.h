#pragma once

#include "storage/ServerStorage.h"

#include <QJsonObject>
#include <QString>

// What an offer means, judged before a pushed row is written (docs/PROTOCOL.md "Offers and the emergency list"): an
// offer moves only along its own steps; a free place carries at most `count` offers that are sent or accepted, so
// of two offers of its last seat the second is refused (the first push wins); an application is `offered` only
// while it has a sent offer; a place's count never drops below its sent and accepted offers; an application has
// at most one open emergency entry. Runs inside the push's transaction, under the writer lock, so what it counts
// cannot change before the write. What follows an accepted write is OfferEffects' work.
class OfferGuard
{
public:
    explicit OfferGuard(ServerStorage& storage);

    // An empty string when the write may go ahead, else the reason of a rejected mutation (PlacementProblems).
    // `before` is empty for an insert; `after` is the whole row as it would be stored.
    QString check(const QString& table, const QJsonObject& before, const QJsonObject& after) const;
    // The same for a delete of `row`: an offer that holds a seat is withdrawn, never deleted (what follows a
    // withdrawal would not follow a delete).
    QString checkDelete(const QString& table, const QJsonObject& row) const;

    // Offer states that hold a seat of their place.
    static bool holdsSeat(const QString& offerStatus);
    // The open emergency entries of an application, oldest first.
    QVector<StoredRow> openEntries(const QString& applicationId) const;

private:
    QString checkOffer(const QJsonObject& before, const QJsonObject& after) const;
    QString checkSeat(const QJsonObject& offer) const;
    QString checkApplication(const QJsonObject& before, const QJsonObject& after) const;
    QString checkFreePlace(const QJsonObject& before, const QJsonObject& after) const;
    QString checkEmergencyEntry(const QJsonObject& before, const QJsonObject& after) const;
    // Offers naming the place that hold a seat, not counting `exceptOfferId`.
    int seatsTaken(const QString& freePlaceId, const QString& exceptOfferId) const;

    ServerStorage& m_storage;
};

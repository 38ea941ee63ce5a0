#include "sync/OfferGuard.h"

#include "domain/PlacementProblems.h"

namespace {

QString str(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}

bool changed(const QJsonObject& before, const QJsonObject& after, const char* key)
{
    return before.value(QLatin1String(key)) != after.value(QLatin1String(key));
}

// The steps of an offer: the counter sends what was proposed, the family answers what was sent (or lets the
// respond-by date pass), and whoever made an open offer may withdraw it.
bool isStep(const QString& from, const QString& to)
{
    if (from == QLatin1String("proposed"))
        return to == QLatin1String("sent") || to == QLatin1String("withdrawn");
    if (from == QLatin1String("sent"))
        return to == QLatin1String("accepted") || to == QLatin1String("declined") || to == QLatin1String("expired") ||
               to == QLatin1String("withdrawn");
    return false;
}

// An application that may still be offered a place.
bool isWaiting(const QString& applicationStatus)
{
    return applicationStatus == QLatin1String("submitted") || applicationStatus == QLatin1String("in_review") ||
           applicationStatus == QLatin1String("offered");
}

} // namespace

OfferGuard::OfferGuard(ServerStorage& storage)
    : m_storage(storage)
{
}

bool OfferGuard::holdsSeat(const QString& offerStatus)
{
    return offerStatus == QLatin1String("sent") || offerStatus == QLatin1String("accepted");
}

QString OfferGuard::check(const QString& table, const QJsonObject& before, const QJsonObject& after) const
{
    if (table == QLatin1String("offers"))
        return checkOffer(before, after);
    if (table == QLatin1String("applications"))
        return checkApplication(before, after);
    if (table == QLatin1String("free_places"))
        return checkFreePlace(before, after);
    if (table == QLatin1String("emergency_entries"))
        return checkEmergencyEntry(before, after);
    return QString();
}

QString OfferGuard::checkDelete(const QString& table, const QJsonObject& row) const
{
    if (table == QLatin1String("offers") && holdsSeat(str(row, "status")))
        return PlacementProblems::reason("status", PlacementProblems::kWithdrawNotDelete);
    return QString();
}

QString OfferGuard::checkOffer(const QJsonObject& before, const QJsonObject& after) const
{
    const QString from = str(before, "status");
    const QString to = str(after, "status");
    if (before.isEmpty()) {
        if (to != QLatin1String("proposed") && to != QLatin1String("sent"))
            return PlacementProblems::reason("status", PlacementProblems::kNewOffer);
    } else if (from != to && !isStep(from, to)) {
        return PlacementProblems::reason("status", PlacementProblems::kOfferStep);
    }
    if (!before.isEmpty() && (holdsSeat(from) || holdsSeat(to))) {
        for (const char* field : {"application_id", "free_place_id"}) {
            if (changed(before, after, field))
                return PlacementProblems::reason(field, PlacementProblems::kOfferKeepsItsPlace);
        }
    }
    if (before.isEmpty() || (to == QLatin1String("sent") && from != to)) {
        const std::optional<StoredRow> application =
            m_storage.findRow(QStringLiteral("applications"), str(after, "application_id"));
        if (application && !isWaiting(str(application->row, "status")))
            return PlacementProblems::reason("application_id", PlacementProblems::kNotWaiting);
    }
    if (to == QLatin1String("accepted") && from != to) {
        const std::optional<StoredRow> application =
            m_storage.findRow(QStringLiteral("applications"), str(after, "application_id"));
        if (!application || str(application->row, "status") != QLatin1String("offered"))
            return PlacementProblems::reason("status", PlacementProblems::kAcceptNeedsOffered);
    }
    if (holdsSeat(to) && !holdsSeat(from))
        return checkSeat(after);
    return QString();
}

QString OfferGuard::checkSeat(const QJsonObject& offer) const
{
    const QString placeId = str(offer, "free_place_id");
    if (placeId.isEmpty())
        return QString(); // a place found otherwise (by phone) has no seats to count
    const std::optional<StoredRow> place = m_storage.findRow(QStringLiteral("free_places"), placeId);
    if (!place)
        return QString(); // ReferenceGuard answered for a missing place already
    if (str(place->row, "status") == QLatin1String("withdrawn"))
        return PlacementProblems::reason("free_place_id", PlacementProblems::kPlaceWithdrawn);
    const int count = place->row.value(QLatin1String("count")).toInt();
    if (seatsTaken(placeId, str(offer, "id")) >= count)
        return PlacementProblems::reason(PlacementProblems::kPlaceTaken);
    return QString();
}

int OfferGuard::seatsTaken(const QString& freePlaceId, const QString& exceptOfferId) const
{
    int taken = 0;
    for (const StoredRow& offer :
         m_storage.rowsNaming(QStringLiteral("offers"), QStringLiteral("free_place_id"), freePlaceId)) {
        if (str(offer.row, "id") != exceptOfferId && holdsSeat(str(offer.row, "status")))
            ++taken;
    }
    return taken;
}

QString OfferGuard::checkApplication(const QJsonObject& before, const QJsonObject& after) const
{
    if (before.isEmpty() || !changed(before, after, "status") || str(after, "status") != QLatin1String("offered"))
        return QString();
    // The server moves an application to offered itself when one of its offers is sent (OfferEffects); a person
    // who sets it by hand must have sent one.
    for (const StoredRow& offer :
         m_storage.rowsNaming(QStringLiteral("offers"), QStringLiteral("application_id"), str(after, "id"))) {
        if (str(offer.row, "status") == QLatin1String("sent"))
            return QString();
    }
    return PlacementProblems::reason("status", PlacementProblems::kOfferedNeedsSentOffer);
}

QString OfferGuard::checkFreePlace(const QJsonObject& before, const QJsonObject& after) const
{
    if (before.isEmpty() || !changed(before, after, "count"))
        return QString();
    if (seatsTaken(str(after, "id"), QString()) > after.value(QLatin1String("count")).toInt())
        return PlacementProblems::reason("count", PlacementProblems::kCountBelowOffers);
    return QString();
}

QString OfferGuard::checkEmergencyEntry(const QJsonObject& before, const QJsonObject& after) const
{
    // A second open entry by insert is a duplicate (MutationApplier answers it with the open one); an update
    // that would make one (reopening, or moving an open entry to another application) is refused.
    if (before.isEmpty() || str(after, "status") != QLatin1String("open"))
        return QString();
    if (!changed(before, after, "status") && !changed(before, after, "application_id"))
        return QString();
    for (const StoredRow& entry : openEntries(str(after, "application_id"))) {
        if (str(entry.row, "id") != str(after, "id"))
            return PlacementProblems::reason("status", PlacementProblems::kSecondOpenEntry);
    }
    return QString();
}

QVector<StoredRow> OfferGuard::openEntries(const QString& applicationId) const
{
    QVector<StoredRow> open;
    for (const StoredRow& entry :
         m_storage.rowsNaming(QStringLiteral("emergency_entries"), QStringLiteral("application_id"), applicationId)) {
        if (str(entry.row, "status") == QLatin1String("open"))
            open.append(entry);
    }
    return open;
}

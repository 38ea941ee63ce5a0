#include "sync/OfferEffects.h"

#include "sync/EmergencyListDates.h"
#include "sync/OfferGuard.h"
#include "sync/RowValues.h"

namespace {

QString str(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}

const QString kOffers = QStringLiteral("offers");
const QString kApplications = QStringLiteral("applications");
const QString kPlaces = QStringLiteral("free_places");
const QString kEntries = QStringLiteral("emergency_entries");

} // namespace

OfferEffects::OfferEffects(ServerStorage& storage, const QString& writerId, qint64 seq)
    : m_storage(storage)
    , m_writerId(writerId)
    , m_seq(seq)
{
}

QVector<CommittedRow> OfferEffects::afterWrite(const QString& table, const QJsonObject& before,
                                               const QJsonObject& after)
{
    m_rows.clear();
    m_cause = table + QLatin1Char(' ') + str(after, "id");
    if (table == kOffers)
        afterOffer(before, after);
    else if (table == kApplications)
        afterApplication(before, after);
    else if (table == kPlaces && !before.isEmpty() &&
             before.value(QLatin1String("count")) != after.value(QLatin1String("count")))
        settlePlace(str(after, "id")); // a new count: the seats its offers hold say anew whether it is full
    return m_rows;
}

QVector<CommittedRow> OfferEffects::expire(const QString& offerId)
{
    m_rows.clear();
    m_cause = QStringLiteral("expiry of offers ") + offerId;
    const std::optional<StoredRow> offer = find(kOffers, offerId);
    if (!offer || str(offer->row, "status") != QLatin1String("sent"))
        return m_rows;
    const QJsonObject after = write(kOffers, *offer, {{QStringLiteral("status"), QStringLiteral("expired")}});
    afterOffer(offer->row, after);
    return m_rows;
}

void OfferEffects::afterOffer(const QJsonObject& before, const QJsonObject& after)
{
    const QString from = str(before, "status");
    const QString to = str(after, "status");
    if (from == to)
        return;
    if (to == QLatin1String("sent"))
        offerSent(after);
    else if (to == QLatin1String("accepted"))
        offerAccepted(after);
    else if (from == QLatin1String("sent"))
        offerLeftSent(after);
}

void OfferEffects::offerSent(const QJsonObject& offer)
{
    if (const std::optional<StoredRow> application = find(kApplications, str(offer, "application_id"))) {
        const QString status = str(application->row, "status");
        if (status == QLatin1String("submitted") || status == QLatin1String("in_review"))
            write(kApplications, *application, {{QStringLiteral("status"), QStringLiteral("offered")}});
    }
    settlePlace(str(offer, "free_place_id"));
}

void OfferEffects::offerAccepted(const QJsonObject& offer)
{
    const QString applicationId = str(offer, "application_id");
    if (const std::optional<StoredRow> application = find(kApplications, applicationId)) {
        if (str(application->row, "status") == QLatin1String("offered"))
            write(kApplications, *application, {{QStringLiteral("status"), QStringLiteral("accepted")}});
    }
    withdrawOpenOffers(applicationId, str(offer, "id"));
    resolveOpenEntries(applicationId, QStringLiteral("placed"));
    settlePlace(str(offer, "free_place_id"));
}

void OfferEffects::offerLeftSent(const QJsonObject& offer)
{
    const QString applicationId = str(offer, "application_id");
    const std::optional<StoredRow> application = find(kApplications, applicationId);
    if (application && str(application->row, "status") == QLatin1String("offered")) {
        bool anotherSent = false;
        for (const StoredRow& other : m_storage.rowsNaming(kOffers, QStringLiteral("application_id"), applicationId))
            anotherSent = anotherSent || str(other.row, "status") == QLatin1String("sent");
        if (!anotherSent)
            write(kApplications, *application, {{QStringLiteral("status"), QStringLiteral("in_review")}});
    }
    settlePlace(str(offer, "free_place_id"));
}

void OfferEffects::afterApplication(const QJsonObject& before, const QJsonObject& after)
{
    const QString to = str(after, "status");
    if (before.isEmpty() || str(before, "status") == to)
        return;
    const QString id = str(after, "id");
    if (to == QLatin1String("placed")) {
        resolveOpenEntries(id, to);
    } else if (to == QLatin1String("cancelled") || to == QLatin1String("expired")) {
        // A closed application waits for no place: its open offers give their seats back.
        withdrawOpenOffers(id, QString());
        resolveOpenEntries(id, to);
    }
}

void OfferEffects::settlePlace(const QString& placeId)
{
    if (placeId.isEmpty())
        return;
    const std::optional<StoredRow> place = find(kPlaces, placeId);
    if (!place || str(place->row, "status") == QLatin1String("withdrawn"))
        return;
    int held = 0;
    int accepted = 0;
    for (const StoredRow& offer : m_storage.rowsNaming(kOffers, QStringLiteral("free_place_id"), placeId)) {
        const QString status = str(offer.row, "status");
        held += OfferGuard::holdsSeat(status) ? 1 : 0;
        accepted += status == QLatin1String("accepted") ? 1 : 0;
    }
    const int count = place->row.value(QLatin1String("count")).toInt();
    const QString status = accepted >= count ? QStringLiteral("filled")
                           : held >= count   ? QStringLiteral("reserved")
                                             : QStringLiteral("open");
    if (status != str(place->row, "status"))
        write(kPlaces, *place, {{QStringLiteral("status"), status}});
}

void OfferEffects::withdrawOpenOffers(const QString& applicationId, const QString& exceptOfferId)
{
    for (const StoredRow& offer : m_storage.rowsNaming(kOffers, QStringLiteral("application_id"), applicationId)) {
        const QString status = str(offer.row, "status");
        if (str(offer.row, "id") == exceptOfferId ||
            (status != QLatin1String("proposed") && status != QLatin1String("sent")))
            continue;
        write(kOffers, offer, {{QStringLiteral("status"), QStringLiteral("withdrawn")}});
        if (status == QLatin1String("sent"))
            settlePlace(str(offer.row, "free_place_id"));
    }
}

void OfferEffects::resolveOpenEntries(const QString& applicationId, const QString& resolution)
{
    for (const StoredRow& entry : OfferGuard(m_storage).openEntries(applicationId))
        write(kEntries, entry,
              {{QStringLiteral("status"), QStringLiteral("resolved")}, {QStringLiteral("resolution"), resolution}});
}

QJsonObject OfferEffects::write(const QString& table, const StoredRow& stored, const QJsonObject& changes)
{
    QJsonObject row = stored.row;
    QStringList fields;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (row.value(it.key()) != it.value())
            fields.append(it.key());
        row.insert(it.key(), it.value());
    }
    if (table == kEntries) {
        EmergencyListDates::stamp(stored.row, row);
        if (row.value(QLatin1String("resolved_on")) != stored.row.value(QLatin1String("resolved_on")))
            fields.append(QStringLiteral("resolved_on"));
    }
    const qint64 version = row.value(QLatin1String("version")).toInteger() + 1;
    row.insert(QStringLiteral("version"), version);
    row.insert(QStringLiteral("updated_at"), RowValues::nowIso());
    row.insert(QStringLiteral("updated_by"), m_writerId.isEmpty() ? QJsonValue() : QJsonValue(m_writerId));
    m_storage.updateRow(table, row, m_seq);
    m_storage.appendAudit({m_writerId, QStringLiteral("derive.update"), table, str(row, "id"),
                           QStringLiteral("follows ") + m_cause, fields, version});
    m_rows.append({table, row, stored.filedBy, m_seq});
    return row;
}

std::optional<StoredRow> OfferEffects::find(const QString& table, const QString& id)
{
    if (id.isEmpty())
        return std::nullopt;
    return m_storage.findRow(table, id);
}

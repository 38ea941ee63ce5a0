#include "store/records/OfferActions.h"

#include "domain/Uuid.h"
#include "store/records/RecordQuery.h"
#include "store/search/OfferCandidates.h"
#include "store/write/LocalWriter.h"

namespace {

const QString kOffers = QStringLiteral("offers");

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

OfferActions::OfferActions(LocalCache& cache)
    : m_cache(cache)
{
}

QDate OfferActions::defaultRespondBy(const QDate& today)
{
    return today.addDays(7);
}

QStringList OfferActions::answers()
{
    return {QStringLiteral("accepted"), QStringLiteral("declined")};
}

QDate OfferActions::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool OfferActions::offer(const QString& applicationId, const QString& freePlaceId, const QDate& respondBy, QString* id,
                         QString* error)
{
    const RecordQuery records(m_cache);
    const QJsonObject application = records.row(QStringLiteral("applications"), applicationId);
    const QJsonObject place = records.row(QStringLiteral("free_places"), freePlaceId);
    if (application.isEmpty() || place.isEmpty()) {
        *error = tr("The application or the place is no longer in your offline copy.");
        return false;
    }
    bool fits = false;
    for (const OfferCandidates::Place& p : OfferCandidates(m_cache).forApplication(applicationId))
        fits = fits || p.freePlaceId == freePlaceId;
    if (!fits) {
        *error = tr("This place does not fit the application, or it has no room left.");
        return false;
    }
    if (!respondBy.isValid() || respondBy <= today()) {
        *error = tr("Choose a day after today for the family to answer by.");
        return false;
    }
    const QJsonObject row{{QStringLiteral("id"), Uuid::v7()},
                          {QStringLiteral("region_id"), str(place, "region_id")},
                          {QStringLiteral("application_id"), applicationId},
                          {QStringLiteral("free_place_id"), freePlaceId},
                          {QStringLiteral("location_id"), str(place, "location_id")},
                          {QStringLiteral("status"), QStringLiteral("sent")},
                          {QStringLiteral("respond_by"), respondBy.toString(Qt::ISODate)}};
    if (!LocalWriter(m_cache).insert(kOffers, row, error))
        return false;
    *id = str(row, "id");
    return true;
}

bool OfferActions::changeSent(const QString& offerId, const QString& status, QString* error)
{
    const QJsonObject offer = RecordQuery(m_cache).row(kOffers, offerId);
    if (offer.isEmpty()) {
        *error = tr("This offer is no longer in your offline copy.");
        return false;
    }
    if (str(offer, "status") != QLatin1String("sent")) {
        *error = tr("Only an offer the family still has to answer can change.");
        return false;
    }
    return LocalWriter(m_cache).update(kOffers, offerId, {{QStringLiteral("status"), status}}, error);
}

bool OfferActions::recordAnswer(const QString& offerId, const QString& answer, QString* error)
{
    if (!answers().contains(answer)) {
        *error = tr("Say whether the family accepted or declined.");
        return false;
    }
    return changeSent(offerId, answer, error);
}

bool OfferActions::withdraw(const QString& offerId, QString* error)
{
    return changeSent(offerId, QStringLiteral("withdrawn"), error);
}

#include "sync/AnonymisationClient.h"

#include <QJsonObject>

AnonymisationClient::AnonymisationClient(ApiClient& api)
    : m_api(api)
{
}

void AnonymisationClient::retention(ApiClient::Callback done)
{
    m_api.get(QStringLiteral("/anonymisation/retention"), QUrlQuery(), std::move(done));
}

void AnonymisationClient::saveRetention(const QString& regionId, int familyYears, int messageYears,
                                        ApiClient::Callback done)
{
    m_api.put(QStringLiteral("/anonymisation/retention/") + regionId,
              {{QStringLiteral("family_years"), familyYears}, {QStringLiteral("message_years"), messageYears}},
              std::move(done));
}

void AnonymisationClient::run(const QString& regionId, const QDate& closedBefore, const QDate& messagesBefore,
                              bool dryRun, ApiClient::Callback done)
{
    m_api.post(QStringLiteral("/anonymisation/runs"),
               {{QStringLiteral("region_id"), regionId},
                {QStringLiteral("closed_before"), closedBefore.toString(Qt::ISODate)},
                {QStringLiteral("messages_before"), messagesBefore.toString(Qt::ISODate)},
                {QStringLiteral("dry_run"), dryRun}},
               std::move(done));
}

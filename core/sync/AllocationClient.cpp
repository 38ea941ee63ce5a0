#include "sync/AllocationClient.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace {
const QString kRuns = QStringLiteral("/allocation/runs");
} // namespace

AllocationClient::AllocationClient(ApiClient& api)
    : m_api(api)
{
}

void AllocationClient::draft(const QString& regionId, qint64 seed, ApiClient::Callback done)
{
    QJsonObject body{{QStringLiteral("region_id"), regionId}};
    if (seed >= 0)
        body.insert(QStringLiteral("seed"), seed);
    m_api.post(kRuns, body, std::move(done));
}

void AllocationClient::runs(const QString& regionId, ApiClient::Callback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("region_id"), regionId);
    m_api.get(kRuns, query, std::move(done));
}

void AllocationClient::run(const QString& runId, ApiClient::Callback done)
{
    m_api.get(kRuns + QLatin1Char('/') + runId, QUrlQuery(), std::move(done));
}

void AllocationClient::confirm(const QString& runId, const QDate& respondBy, ApiClient::Callback done)
{
    m_api.post(kRuns + QLatin1Char('/') + runId + QStringLiteral("/confirm"),
               {{QStringLiteral("respond_by"), respondBy.toString(Qt::ISODate)}}, std::move(done));
}

void AllocationClient::discard(const QString& runId, ApiClient::Callback done)
{
    m_api.post(kRuns + QLatin1Char('/') + runId + QStringLiteral("/discard"), QJsonObject(), std::move(done));
}

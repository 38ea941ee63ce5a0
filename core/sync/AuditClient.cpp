#include "sync/AuditClient.h"

#include <QJsonObject>
#include <QUrlQuery>

AuditClient::AuditClient(ApiClient& api)
    : m_api(api)
{
}

QUrlQuery AuditClient::query(const Filter& filter, const QString& cursor, int limit)
{
    QUrlQuery query;
    const auto add = [&query](const char* name, const QString& value) {
        if (!value.isEmpty())
            query.addQueryItem(QLatin1String(name), value);
    };
    add("account_id", filter.accountId);
    add("entity", filter.entity);
    add("entity_id", filter.entityId);
    add("action", filter.action);
    // The person's days, from their first to their last millisecond in local time, told the server in UTC.
    if (filter.from.isValid())
        add("from", QDateTime(filter.from, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs));
    if (filter.to.isValid())
        add("to", QDateTime(filter.to.addDays(1), QTime(0, 0)).addMSecs(-1).toUTC().toString(Qt::ISODateWithMs));
    add("cursor", cursor);
    if (limit > 0)
        add("limit", QString::number(limit));
    return query;
}

void AuditClient::events(const Filter& filter, const QString& cursor, int limit, ApiClient::Callback done)
{
    m_api.get(QStringLiteral("/audit"), query(filter, cursor, limit), std::move(done));
}

QJsonObject AuditClient::exportBody(const QString& entity, qint64 rows, const QString& format, const QString& regionId,
                                    const QDateTime& exportedAt)
{
    QJsonObject body{
        {QStringLiteral("entity"), entity}, {QStringLiteral("rows"), rows}, {QStringLiteral("format"), format}};
    if (!regionId.isEmpty())
        body.insert(QStringLiteral("region_id"), regionId);
    if (exportedAt.isValid())
        body.insert(QStringLiteral("exported_at"), exportedAt.toUTC().toString(Qt::ISODateWithMs));
    return body;
}

void AuditClient::reportExport(const QJsonObject& body, ApiClient::Callback done)
{
    m_api.post(QStringLiteral("/audit/exports"), body, std::move(done));
}

#include "audit/AuditService.h"

#include "auth/AccountPolicy.h"
#include "domain/RegionCatalog.h"
#include "protocol/TableSchema.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

ApiReply malformed(const QString& message)
{
    return ApiReply::error(400, QStringLiteral("malformed"), message);
}

} // namespace

AuditService::AuditService(ServerStorage& storage)
    : m_storage(storage)
{
}

QString AuditService::cursorFor(qint64 id)
{
    return QString::fromLatin1(QByteArray("a1:" + QByteArray::number(id))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 AuditService::idOf(const QString& cursor)
{
    const QByteArray text = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!text.startsWith("a1:"))
        return 0;
    bool ok = false;
    const qint64 id = text.mid(3).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

bool AuditService::readTime(const QString& text, bool endOfDay, QString* out)
{
    if (text.isEmpty())
        return true;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10) {
        const QDateTime at = endOfDay ? QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).addMSecs(-1)
                                      : QDateTime(day, QTime(0, 0), Qt::UTC);
        *out = at.toString(Qt::ISODateWithMs);
        return true;
    }
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return false; // a moment needs its offset (Z or ±hh:mm): the server's clock is UTC
    *out = at.toUTC().toString(Qt::ISODateWithMs);
    return true;
}

ApiReply AuditService::events(const AuthContext& context, const QUrlQuery& url)
{
    const bool coordinator = context.scope.role() == QLatin1String("coordinator");
    if (!context.scope.isAdmin() && !coordinator)
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               QStringLiteral("Only an administrator or a coordinator reads the audit log."));
    const auto param = [&url](const char* name) {
        return url.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).left(200);
    };
    AuditQuery query;
    query.accountId = param("account_id");
    query.entity = param("entity");
    query.entityId = param("entity_id");
    query.action = param("action");
    if (!readTime(param("from"), false, &query.from))
        return malformed(QStringLiteral("from: a date (YYYY-MM-DD) or a UTC date-time"));
    if (!readTime(param("to"), true, &query.to))
        return malformed(QStringLiteral("to: a date (YYYY-MM-DD) or a UTC date-time"));
    const QString cursor = param("cursor");
    if (!cursor.isEmpty()) {
        query.beforeId = idOf(cursor);
        if (query.beforeId == 0)
            return malformed(QStringLiteral("cursor: not a cursor this server gave"));
    }
    query.limit = kDefaultLimit;
    if (url.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = param("limit").toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kMaxLimit)
            return malformed(QStringLiteral("limit: a whole number from 1 to %1").arg(kMaxLimit));
    }
    if (!context.scope.isAdmin()) {
        query.allRegions = false;
        query.regionIds = context.scope.regionIds();
    }
    const int pageSize = query.limit;
    query.limit = pageSize + 1; // one more tells whether a next page exists
    QVector<AuditEntry> found = m_storage.auditEvents(query);
    const bool more = found.size() > pageSize;
    if (more)
        found.resize(pageSize);
    QJsonArray events;
    for (const AuditEntry& e : std::as_const(found)) {
        events.append(QJsonObject{{QStringLiteral("at"), e.at},
                                  {QStringLiteral("account_id"), orNull(e.accountId)},
                                  {QStringLiteral("action"), e.action},
                                  {QStringLiteral("entity"), orNull(e.entity)},
                                  {QStringLiteral("entity_id"), orNull(e.entityId)},
                                  {QStringLiteral("region_id"), orNull(e.regionId)},
                                  {QStringLiteral("summary"), orNull(e.summary)}});
    }
    return ApiReply::ok(
        {{QStringLiteral("events"), events},
         {QStringLiteral("next_cursor"), more ? QJsonValue(cursorFor(found.last().id)) : QJsonValue()}});
}

bool AuditService::isExportable(const QString& entity)
{
    if (entity == QLatin1String("audit_events"))
        return true;
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        if (table.name == entity)
            return true;
    }
    return false;
}

QString AuditService::exportedAt(const QString& text)
{
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime || at > now.addSecs(kClockSkewSeconds) ||
        at < now.addDays(-kMaxReportDelayDays))
        return QString();
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString AuditService::exportProblem(const QJsonObject& body)
{
    static const QStringList known{QStringLiteral("entity"), QStringLiteral("rows"), QStringLiteral("format"),
                                   QStringLiteral("region_id"), QStringLiteral("exported_at")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return it.key().left(40) + QStringLiteral(": not a field of an export report");
    }
    const QJsonValue entity = body.value(QLatin1String("entity"));
    if (!entity.isString() || !isExportable(entity.toString()))
        return QStringLiteral("entity: the name of a synced table or audit_events");
    const QJsonValue rows = body.value(QLatin1String("rows"));
    const double count = rows.toDouble(-1);
    if (!rows.isDouble() || count < 0 || count > kMaxExportRows || count != double(qint64(count)))
        return QStringLiteral("rows: a whole number from 0 to %1").arg(kMaxExportRows);
    static const QStringList formats{QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("print")};
    if (!formats.contains(body.value(QLatin1String("format")).toString()))
        return QStringLiteral("format: csv, pdf or print");
    const QJsonValue region = body.value(QLatin1String("region_id"));
    if (!region.isUndefined() && !region.isNull() && !RegionCatalog::isRegionId(region.toString()))
        return QStringLiteral("region_id: a known region");
    const QJsonValue at = body.value(QLatin1String("exported_at"));
    if (!at.isUndefined() && exportedAt(at.toString()).isEmpty())
        return QStringLiteral("exported_at: a date-time with its offset, in the last %1 days").arg(kMaxReportDelayDays);
    return QString();
}

ApiReply AuditService::reportExport(const AuthContext& context, const QJsonObject& body)
{
    const QString problem = exportProblem(body);
    if (!problem.isEmpty())
        return ApiReply::error(422, QStringLiteral("invalid"), problem);
    QString region = body.value(QLatin1String("region_id")).toString();
    if (!region.isEmpty() && !context.scope.isAdmin() && !context.scope.coversRegion(region))
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               QStringLiteral("region_id: this account does not work in that region."));
    if (region.isEmpty())
        region = AccountPolicy::auditRegion(context.account); // as its sign-ins: its one region, if it has one
    const QString format = body.value(QLatin1String("format")).toString();
    const qint64 rows = qint64(body.value(QLatin1String("rows")).toDouble());
    // Counts and the format only: never the list's filter or search text, which may hold a name.
    AuditEvent event{context.account.id, QStringLiteral("export.") + format,
                     body.value(QLatin1String("entity")).toString(), QString(),
                     QStringLiteral("rows: %1, format: %2").arg(rows).arg(format)};
    const QJsonValue at = body.value(QLatin1String("exported_at"));
    if (!at.isUndefined()) // made offline, reported when the client was online again
        event.summary += QStringLiteral(", exported at %1").arg(exportedAt(at.toString()));
    event.regionId = region;
    WriteTransaction tx(m_storage);
    m_storage.appendAudit(event);
    tx.commit();
    const QJsonObject answer{{QStringLiteral("action"), event.action},
                             {QStringLiteral("entity"), event.entity},
                             {QStringLiteral("rows"), rows},
                             {QStringLiteral("region_id"), orNull(region)}};
    return ApiReply{201, answer, {}};
}

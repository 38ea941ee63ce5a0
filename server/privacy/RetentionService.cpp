#include "privacy/RetentionService.h"

#include "domain/RegionCatalog.h"
#include "protocol/JsonChecks.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"
#include "sync/RowValues.h"

#include <QJsonArray>

namespace {

ApiReply invalid(const QString& message)
{
    return ApiReply::error(422, QStringLiteral("invalid"), message);
}

// A whole number of years in [kMinYears, kMaxYears]; else the 422 naming the field.
std::optional<ApiReply> readYears(const QJsonObject& body, const char* field, int* out)
{
    const QJsonValue value = body.value(QLatin1String(field));
    qint64 years = 0;
    if (!JsonChecks::isInteger(value, RetentionService::kMinYears, RetentionService::kMaxYears, &years))
        return invalid(QStringLiteral("%1: a whole number of years from %2 to %3")
                           .arg(QLatin1String(field))
                           .arg(RetentionService::kMinYears)
                           .arg(RetentionService::kMaxYears));
    *out = int(years);
    return std::nullopt;
}

} // namespace

RetentionService::RetentionService(ServerStorage& storage)
    : m_storage(storage)
{
}

std::optional<ApiReply> RetentionService::refusal(const AuthContext& context)
{
    if (context.scope.isAdmin())
        return std::nullopt;
    return ApiReply::error(
        403, QStringLiteral("forbidden"),
        QStringLiteral("Only an administrator anonymises personal data or sets how long it is kept."));
}

RetentionRecord RetentionService::of(const QString& regionId)
{
    for (const RetentionRecord& saved : m_storage.retentionSettings()) {
        if (saved.regionId == regionId)
            return saved;
    }
    RetentionRecord defaults;
    defaults.regionId = regionId;
    return defaults;
}

QJsonObject RetentionService::toJson(const RetentionRecord& record)
{
    return {{QStringLiteral("region_id"), record.regionId},
            {QStringLiteral("family_years"), record.familyYears},
            {QStringLiteral("message_years"), record.messageYears},
            {QStringLiteral("updated_at"), record.updatedAt.isEmpty() ? QJsonValue() : QJsonValue(record.updatedAt)}};
}

ApiReply RetentionService::list(const AuthContext& context)
{
    if (const auto refused = refusal(context))
        return *refused;
    QJsonArray regions;
    for (const QString& regionId : RegionCatalog::ids())
        regions.append(toJson(of(regionId)));
    return ApiReply::ok({{QStringLiteral("regions"), regions}});
}

ApiReply RetentionService::save(const AuthContext& context, const QString& regionId, const QJsonObject& body)
{
    if (const auto refused = refusal(context))
        return *refused;
    if (!RegionCatalog::ids().contains(regionId))
        return ApiReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such region."));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("family_years") && it.key() != QLatin1String("message_years"))
            return invalid(QStringLiteral("%1: unknown field").arg(it.key().left(64)));
    }
    RetentionRecord record;
    record.regionId = regionId;
    if (const auto bad = readYears(body, "family_years", &record.familyYears))
        return *bad;
    if (const auto bad = readYears(body, "message_years", &record.messageYears))
        return *bad;
    record.updatedAt = RowValues::nowIso();
    record.updatedBy = context.account.id;
    WriteTransaction tx(m_storage);
    m_storage.saveRetention(record);
    AuditEvent event{
        context.account.id, QStringLiteral("anonymisation.retention"), QStringLiteral("retention"), regionId,
        QStringLiteral("family_years %1, message_years %2").arg(record.familyYears).arg(record.messageYears)};
    event.regionId = regionId;
    m_storage.appendAudit(event);
    tx.commit();
    return ApiReply::ok(toJson(record));
}

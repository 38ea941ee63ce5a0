#include "allocation/AllocationService.h"

#include "allocation/AllocationConfirmation.h"
#include "allocation/AllocationDraft.h"
#include "auth/TokenGenerator.h"
#include "domain/RegionCatalog.h"
#include "domain/allocation/Lottery.h"
#include "domain/allocation/RuleSetCatalog.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"
#include "sync/RowValues.h"

namespace {

ApiReply invalid(const QString& message)
{
    return ApiReply::error(422, QStringLiteral("invalid"), message);
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

AllocationService::AllocationService(ServerStorage& storage, PushService& push)
    : m_storage(storage)
    , m_push(push)
{
}

ApiReply AllocationService::ruleSets() const
{
    return ApiReply::ok(RuleSetCatalog::builtIn().toJson());
}

std::optional<ApiReply> AllocationService::refusal(const AuthContext& context, const QString& regionId)
{
    const bool coordinator =
        context.scope.role() == QLatin1String("coordinator") && context.scope.coversRegion(regionId);
    if (context.scope.isAdmin() || coordinator)
        return std::nullopt;
    return ApiReply::error(403, QStringLiteral("forbidden"),
                           QStringLiteral("Only the region's coordinator or an administrator runs its allocation."));
}

bool AllocationService::readSeed(const QJsonValue& value, quint64* seed)
{
    if (value.isUndefined() || value.isNull()) {
        *seed = TokenGenerator::randomHex(8).toULongLong(nullptr, 16) & Lottery::kMaxSeed;
        return true;
    }
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d < 0 || d > double(Lottery::kMaxSeed) || d != double(qint64(d)))
        return false;
    *seed = quint64(d);
    return true;
}

const RuleSet* AllocationService::ruleSetFor(const QJsonObject& body, const QString& regionId, const QDate& asOf) const
{
    // The body's choice, else the region's (regions.rule_set_id), else the set in force on as_of.
    const RuleSetCatalog& catalog = RuleSetCatalog::builtIn();
    const QJsonValue asked = body.value(QLatin1String("rule_set_id"));
    if (!asked.isUndefined() && !asked.isNull())
        return catalog.find(asked.toString());
    const std::optional<StoredRow> region = m_storage.findRow(QStringLiteral("regions"), regionId);
    const QString chosen = region ? region->row.value(QLatin1String("rule_set_id")).toString() : QString();
    return chosen.isEmpty() ? catalog.inForceOn(asOf) : catalog.find(chosen);
}

ApiReply AllocationService::create(const AuthContext& context, const QJsonObject& body)
{
    const QString regionId = body.value(QLatin1String("region_id")).toString();
    if (!RegionCatalog::isRegionId(regionId))
        return invalid(QStringLiteral("region_id: must be antwerpen, mechelen or turnhout"));
    if (const std::optional<ApiReply> refused = refusal(context, regionId))
        return *refused;
    quint64 seed = 0;
    if (!readSeed(body.value(QLatin1String("seed")), &seed))
        return invalid(QStringLiteral("seed: must be a whole number from 0 to 9007199254740991"));
    const QJsonValue asOfValue = body.value(QLatin1String("as_of"));
    const QDate asOf = asOfValue.isUndefined() || asOfValue.isNull()
                           ? QDate::currentDate()
                           : QDate::fromString(asOfValue.toString(), Qt::ISODate);
    if (!asOf.isValid())
        return invalid(QStringLiteral("as_of: must be a date (YYYY-MM-DD)"));
    const RuleSet* rules = ruleSetFor(body, regionId, asOf);
    if (!rules)
        return invalid(QStringLiteral("rule_set_id: is not a known priority rule set"));
    AllocationRunRecord run = AllocationDraft(m_storage, *rules).compute(regionId, seed, asOf);
    run.createdBy = context.account.id;
    WriteTransaction tx(m_storage);
    m_storage.insertAllocationRun(run);
    m_storage.appendAudit({context.account.id, QStringLiteral("allocation.draft"), QStringLiteral("allocation_runs"),
                           run.id,
                           QStringLiteral("%1 applications, %2 matched, rule set %3")
                               .arg(run.summary.value(QLatin1String("applications")).toInt())
                               .arg(run.summary.value(QLatin1String("matched")).toInt())
                               .arg(run.ruleSetId)});
    tx.commit();
    ApiReply reply = ApiReply::ok(runJson(run, true));
    reply.status = 201;
    return reply;
}

ApiReply AllocationService::list(const AuthContext& context, const QUrlQuery& query)
{
    const QString regionId = query.queryItemValue(QStringLiteral("region_id"));
    if (!RegionCatalog::isRegionId(regionId))
        return invalid(QStringLiteral("region_id: must be antwerpen, mechelen or turnhout"));
    if (const std::optional<ApiReply> refused = refusal(context, regionId))
        return *refused;
    QJsonArray runs;
    for (const AllocationRunRecord& run : m_storage.allocationRuns(regionId))
        runs.append(runJson(run, false));
    return ApiReply::ok({{QStringLiteral("runs"), runs}});
}

std::optional<AllocationRunRecord> AllocationService::runFor(const AuthContext& context, const QString& id,
                                                             ApiReply* failure)
{
    std::optional<AllocationRunRecord> run = m_storage.allocationRun(id);
    if (!run) {
        *failure = ApiReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such allocation run."));
        return std::nullopt;
    }
    if (const std::optional<ApiReply> refused = refusal(context, run->regionId)) {
        *failure = *refused;
        return std::nullopt;
    }
    return run;
}

ApiReply AllocationService::get(const AuthContext& context, const QString& id)
{
    ApiReply failure;
    const std::optional<AllocationRunRecord> run = runFor(context, id, &failure);
    return run ? ApiReply::ok(runJson(*run, true)) : failure;
}

ApiReply AllocationService::confirm(const AuthContext& context, const QString& id, const QJsonObject& body)
{
    ApiReply failure;
    if (!runFor(context, id, &failure))
        return failure;
    const QDate respondBy = QDate::fromString(body.value(QLatin1String("respond_by")).toString(), Qt::ISODate);
    if (!respondBy.isValid() || respondBy < QDate::currentDate())
        return invalid(QStringLiteral("respond_by: must be a date (YYYY-MM-DD), today or later"));
    QVector<CommittedRow> written;
    AllocationConfirmation confirmation(m_storage, context, m_push.writeHooks());
    const ApiReply reply = confirmation.confirm(id, respondBy, &written);
    if (!reply.isError() && m_listener && !written.isEmpty())
        m_listener(written);
    return reply;
}

ApiReply AllocationService::discard(const AuthContext& context, const QString& id)
{
    ApiReply failure;
    if (!runFor(context, id, &failure))
        return failure;
    WriteTransaction tx(m_storage);
    std::optional<AllocationRunRecord> run = m_storage.allocationRun(id); // again, under the writer lock
    if (run->status != QLatin1String("draft"))
        return ApiReply::error(409, QStringLiteral("not_draft"),
                               QStringLiteral("This run is %1 already.").arg(run->status));
    run->status = QStringLiteral("discarded");
    run->decidedAt = RowValues::nowIso();
    run->decidedBy = context.account.id;
    m_storage.decideAllocationRun(id, run->status, run->decidedAt, run->decidedBy);
    m_storage.appendAudit({context.account.id, QStringLiteral("allocation.discard"), QStringLiteral("allocation_runs"),
                           id, QStringLiteral("draft discarded")});
    tx.commit();
    return ApiReply::ok(runJson(*run, true));
}

QJsonObject AllocationService::runJson(const AllocationRunRecord& run, bool full)
{
    const bool confirmed = run.status == QLatin1String("confirmed");
    const bool discarded = run.status == QLatin1String("discarded");
    QJsonObject json{{QStringLiteral("id"), run.id},
                     {QStringLiteral("region_id"), run.regionId},
                     {QStringLiteral("rule_set_id"), run.ruleSetId},
                     {QStringLiteral("seed"), run.seed},
                     {QStringLiteral("status"), run.status},
                     {QStringLiteral("as_of"), run.asOf},
                     {QStringLiteral("created_at"), run.createdAt},
                     {QStringLiteral("created_by"), run.createdBy},
                     {QStringLiteral("confirmed_at"), orNull(confirmed ? run.decidedAt : QString())},
                     {QStringLiteral("confirmed_by"), orNull(confirmed ? run.decidedBy : QString())},
                     {QStringLiteral("discarded_at"), orNull(discarded ? run.decidedAt : QString())},
                     {QStringLiteral("discarded_by"), orNull(discarded ? run.decidedBy : QString())},
                     {QStringLiteral("summary"), run.summary}};
    if (full)
        json.insert(QStringLiteral("assignments"), run.assignments);
    return json;
}

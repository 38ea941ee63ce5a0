#include "privacy/AnonymisationService.h"

#include "domain/RegionCatalog.h"
#include "service/ServerLogging.h"
#include "storage/ServerStorage.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "sync/RowValues.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace {

ApiReply invalid(const QString& message)
{
    return ApiReply::error(422, QStringLiteral("invalid"), message);
}

ApiReply malformed(const QString& message)
{
    return ApiReply::error(400, QStringLiteral("malformed"), message);
}

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

QString summaryOf(const QJsonObject& counts)
{
    QStringList parts;
    for (const QString& table : AnonymisationPlan::tables())
        parts.append(QStringLiteral("%1 %2").arg(table).arg(counts.value(table).toInt()));
    return parts.join(QLatin1String(", "));
}

} // namespace

AnonymisationService::AnonymisationService(ServerStorage& storage)
    : m_storage(storage)
    , m_retention(storage)
{
}

std::optional<ApiReply> AnonymisationService::readDate(const QJsonObject& body, const char* field,
                                                       std::optional<QDate>* out)
{
    const QJsonValue value = body.value(QLatin1String(field));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return malformed(QStringLiteral("%1: a date as text (YYYY-MM-DD)").arg(QLatin1String(field)));
    const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
    if (!day.isValid() || value.toString().size() != 10)
        return invalid(QStringLiteral("%1: a date (YYYY-MM-DD)").arg(QLatin1String(field)));
    // Tomorrow at the latest: "everything closed up to today"; a later day would only reach into the future.
    if (day > todayUtc().addDays(1))
        return invalid(QStringLiteral("%1: at the latest tomorrow").arg(QLatin1String(field)));
    *out = day;
    return std::nullopt;
}

std::optional<ApiReply> AnonymisationService::read(const QJsonObject& body, Request* request)
{
    static const QStringList known{QStringLiteral("region_id"), QStringLiteral("closed_before"),
                                   QStringLiteral("messages_before"), QStringLiteral("dry_run")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(QStringLiteral("%1: unknown field").arg(it.key().left(64)));
    }
    const QJsonValue dryRun = body.value(QLatin1String("dry_run"));
    if (dryRun.isUndefined() || dryRun.isNull())
        return invalid(QStringLiteral("dry_run: required, true or false"));
    if (!dryRun.isBool())
        return malformed(QStringLiteral("dry_run: true or false"));
    request->dryRun = dryRun.toBool();
    const QJsonValue region = body.value(QLatin1String("region_id"));
    const QStringList regions = RegionCatalog::ids();
    if (region.isUndefined() || region.isNull()) {
        request->regionIds = regions;
    } else if (!region.isString()) {
        return malformed(QStringLiteral("region_id: a region id as text"));
    } else if (!regions.contains(region.toString())) {
        return invalid(QStringLiteral("region_id: no such region"));
    } else {
        request->regionIds = {region.toString()};
    }
    if (const auto bad = readDate(body, "closed_before", &request->closedBefore))
        return bad;
    return readDate(body, "messages_before", &request->messagesBefore);
}

QVector<AnonymisationPlan::Cutoffs> AnonymisationService::cutoffs(const Request& request)
{
    QVector<AnonymisationPlan::Cutoffs> out;
    const QDate today = todayUtc();
    for (const QString& regionId : request.regionIds) {
        const RetentionRecord retention = m_retention.of(regionId);
        out.append({regionId, request.closedBefore.value_or(today.addYears(-retention.familyYears)),
                    request.messagesBefore.value_or(today.addYears(-retention.messageYears))});
    }
    return out;
}

ApiReply AnonymisationService::run(const AuthContext& context, const QJsonObject& body)
{
    if (const auto refused = RetentionService::refusal(context))
        return *refused;
    Request request;
    if (const auto bad = read(body, &request))
        return *bad;
    const QVector<AnonymisationPlan::Cutoffs> regions = cutoffs(request);
    WriteTransaction tx(m_storage); // the plan is read under the writer lock: nothing changes under it
    AnonymisationPlan plan(m_storage);
    plan.load();
    for (const AnonymisationPlan::Cutoffs& region : regions)
        plan.addRegion(region);
    QVector<CommittedRow> written;
    if (!request.dryRun)
        written = write(plan, context);
    audit(context, plan, regions, request.dryRun);
    tx.commit();
    qCInfo(lcServerSync).noquote() << (request.dryRun ? "anonymisation dry run:" : "anonymisation run:")
                                   << summaryOf(plan.counts());
    if (!request.dryRun) {
        if (m_listener && !written.isEmpty())
            m_listener(written);
        afterCommit(plan);
    }
    return ApiReply::ok(replyBody(plan, regions, request.dryRun));
}

QVector<CommittedRow> AnonymisationService::write(const AnonymisationPlan& plan, const AuthContext& context)
{
    QVector<CommittedRow> written;
    const QString now = RowValues::nowIso();
    for (const AnonymisationPlan::Group& group : plan.groups()) {
        const qint64 seq = m_storage.takeSeq(); // one per family or message batch: pull pages stay small
        for (const AnonymisationPlan::Change& change : group) {
            QJsonObject row = change.anonymised;
            row.insert(QStringLiteral("version"), change.stored.row.value(QLatin1String("version")).toInteger() + 1);
            row.insert(QStringLiteral("updated_at"), now);
            row.insert(QStringLiteral("updated_by"), context.account.id);
            m_storage.updateRow(change.table, row, seq);
            written.append({change.table, row, change.stored.filedBy, seq});
            if (change.table == QLatin1String("messages"))
                m_storage.clearMailAttempts(row.value(QLatin1String("id")).toString()); // an SMTP error may quote
        }
    }
    QSet<QString> ids;
    for (const CommittedRow& row : qAsConst(written))
        ids.insert(row.row.value(QLatin1String("id")).toString());
    m_storage.forgetRecordedRows(ids);
    return written;
}

void AnonymisationService::audit(const AuthContext& context, const AnonymisationPlan& plan,
                                 const QVector<AnonymisationPlan::Cutoffs>& cutoffs, bool dryRun)
{
    for (const AnonymisationPlan::Cutoffs& region : cutoffs) {
        AuditEvent event{
            context.account.id, dryRun ? QStringLiteral("anonymisation.dry_run") : QStringLiteral("anonymisation.run"),
            QStringLiteral("anonymisation"), region.regionId,
            QStringLiteral("closed before %1, messages before %2: %3")
                .arg(region.closedBefore.toString(Qt::ISODate), region.messagesBefore.toString(Qt::ISODate),
                     summaryOf(plan.counts(region.regionId)))};
        event.regionId = region.regionId;
        m_storage.appendAudit(event);
    }
}

void AnonymisationService::afterCommit(const AnonymisationPlan& plan)
{
    QSet<QString> tables;
    int files = 0;
    for (const AnonymisationPlan::Group& group : plan.groups()) {
        for (const AnonymisationPlan::Change& change : group) {
            tables.insert(change.table);
            if (change.table != QLatin1String("messages") || m_mailDir.isEmpty())
                continue;
            const QString path = QDir(m_mailDir).filePath(change.stored.row.value(QLatin1String("id")).toString() +
                                                          QStringLiteral(".eml"));
            if (QFile::exists(path) && QFile::remove(path))
                ++files;
        }
    }
    if (!m_mailDir.isEmpty())
        qCInfo(lcServerMail) << "anonymisation removed" << files << "mail files";
    if (tables.isEmpty())
        return;
    try {
        m_storage.reclaimFreedSpace(QStringList(tables.cbegin(), tables.cend()));
    } catch (const StorageError& e) {
        // The run is committed: its answer stands; the old bytes go at the next checkpoint or autovacuum.
        qCWarning(lcServerStorage) << "reclaiming freed space after anonymisation failed:" << e.what();
        m_storage.recover();
    }
}

QJsonObject AnonymisationService::replyBody(const AnonymisationPlan& plan,
                                            const QVector<AnonymisationPlan::Cutoffs>& cutoffs, bool dryRun)
{
    QJsonArray regions;
    for (const AnonymisationPlan::Cutoffs& region : cutoffs)
        regions.append(QJsonObject{{QStringLiteral("region_id"), region.regionId},
                                   {QStringLiteral("closed_before"), region.closedBefore.toString(Qt::ISODate)},
                                   {QStringLiteral("messages_before"), region.messagesBefore.toString(Qt::ISODate)},
                                   {QStringLiteral("counts"), plan.counts(region.regionId)}});
    return {{QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("counts"), plan.counts()},
            {QStringLiteral("regions"), regions}};
}

#include "allocation/AllocationConfirmation.h"

#include "allocation/AllocationService.h"
#include "domain/Uuid.h"
#include "service/ServerLogging.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"
#include "sync/MutationApplier.h"
#include "sync/RowValues.h"

#include <QJsonArray>
#include <QSet>

namespace {

ApiReply stale(const QString& detail)
{
    return ApiReply::error(409, QStringLiteral("stale"),
                           QStringLiteral("An application or free place of this run changed since the draft (%1); "
                                          "nothing was written. Make a new draft.")
                               .arg(detail));
}

} // namespace

AllocationConfirmation::AllocationConfirmation(ServerStorage& storage, const AuthContext& context,
                                               const std::vector<std::unique_ptr<WriteHook>>& hooks)
    : m_storage(storage)
    , m_context(context)
    , m_hooks(hooks)
{
}

bool AllocationConfirmation::unchanged(const QString& table, const QString& regionId, const QJsonArray& basis)
{
    QSet<QString> now;
    for (const StoredRow& row : m_storage.rowsOfRegion(table, regionId))
        now.insert(row.row.value(QLatin1String("id")).toString() + QLatin1Char(':') +
                   QString::number(row.row.value(QLatin1String("version")).toInteger()));
    for (const QJsonValue& entry : basis) {
        if (!now.contains(entry.toString()))
            return false;
    }
    return true;
}

ApiReply AllocationConfirmation::confirm(const QString& runId, const QDate& respondBy, QVector<CommittedRow>* written)
{
    WriteTransaction tx(m_storage);
    std::optional<AllocationRunRecord> run = m_storage.allocationRun(runId); // under the writer lock
    if (!run)
        return ApiReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such allocation run."));
    if (run->status != QLatin1String("draft"))
        return ApiReply::error(409, QStringLiteral("not_draft"),
                               QStringLiteral("This run is %1 already.").arg(run->status));
    if (!unchanged(QStringLiteral("applications"), run->regionId,
                   run->basis.value(QLatin1String("applications")).toArray()))
        return stale(QStringLiteral("an application"));
    if (!unchanged(QStringLiteral("free_places"), run->regionId,
                   run->basis.value(QLatin1String("free_places")).toArray()))
        return stale(QStringLiteral("a free place"));
    int offers = 0;
    for (const QJsonValue& value : qAsConst(run->assignments)) {
        const QJsonObject assignment = value.toObject();
        if (assignment.value(QLatin1String("free_place_id")).isNull())
            continue;
        QString why;
        if (!offer(assignment, runId, run->regionId, respondBy, ++offers, tx, written, &why)) {
            qCInfo(lcServerSync) << "allocation run" << runId << "is stale:" << why;
            written->clear();
            return stale(why); // the transaction rolls back: nothing of the run is written
        }
    }
    run->status = QStringLiteral("confirmed");
    run->decidedAt = RowValues::nowIso();
    run->decidedBy = m_context.account.id;
    m_storage.decideAllocationRun(runId, run->status, run->decidedAt, run->decidedBy);
    m_storage.appendAudit({m_context.account.id, QStringLiteral("allocation.confirm"),
                           QStringLiteral("allocation_runs"), runId, QStringLiteral("%1 offers sent").arg(offers)});
    tx.commit();
    QJsonObject body = AllocationService::runJson(*run, true);
    body.insert(QStringLiteral("offers"), offers);
    body.insert(QStringLiteral("emergency_proposals"), emergencyProposals(*run));
    return ApiReply::ok(body);
}

QJsonArray AllocationConfirmation::emergencyProposals(const AllocationRunRecord& run)
{
    QSet<QString> unmatched;
    for (const QJsonValue& a : run.assignments) {
        if (a.toObject().value(QLatin1String("free_place_id")).isNull())
            unmatched.insert(a.toObject().value(QLatin1String("application_id")).toString());
    }
    QSet<QString> listed;
    for (const StoredRow& entry : m_storage.rowsOfRegion(QStringLiteral("emergency_entries"), run.regionId)) {
        if (entry.row.value(QLatin1String("status")).toString() == QLatin1String("open"))
            listed.insert(entry.row.value(QLatin1String("application_id")).toString());
    }
    const QDate soon = QDate::fromString(run.asOf, Qt::ISODate).addDays(7 * 8);
    QJsonArray proposals;
    for (const StoredRow& application : m_storage.rowsOfRegion(QStringLiteral("applications"), run.regionId)) {
        const QString id = application.row.value(QLatin1String("id")).toString();
        if (!unmatched.contains(id) || listed.contains(id))
            continue;
        QJsonArray why;
        const QDate start =
            QDate::fromString(application.row.value(QLatin1String("desired_start")).toString(), Qt::ISODate);
        if (start.isValid() && start <= soon)
            why.append(QStringLiteral("start_soon"));
        if (application.row.value(QLatin1String("priority")).toObject().value(QLatin1String("social_reasons")).toBool())
            why.append(QStringLiteral("social_reasons"));
        if (!why.isEmpty())
            proposals.append(QJsonObject{{QStringLiteral("application_id"), id}, {QStringLiteral("reasons"), why}});
    }
    return proposals;
}

bool AllocationConfirmation::offer(const QJsonObject& assignment, const QString& runId, const QString& regionId,
                                   const QDate& respondBy, qint64 mid, WriteTransaction& tx,
                                   QVector<CommittedRow>* written, QString* why)
{
    Protocol::Mutation m;
    m.mid = mid;
    m.table = QStringLiteral("offers");
    m.op = Protocol::Mutation::Op::Insert;
    m.id = Uuid::v7();
    // The explanation staff read beside the offer: the run's reason in Dutch, the counters' working language.
    m.row = {{QStringLiteral("id"), m.id},
             {QStringLiteral("region_id"), regionId},
             {QStringLiteral("application_id"), assignment.value(QLatin1String("application_id"))},
             {QStringLiteral("free_place_id"), assignment.value(QLatin1String("free_place_id"))},
             {QStringLiteral("location_id"), assignment.value(QLatin1String("location_id"))},
             {QStringLiteral("status"), QStringLiteral("sent")},
             {QStringLiteral("respond_by"), respondBy.toString(Qt::ISODate)},
             {QStringLiteral("allocation_run_id"), runId},
             {QStringLiteral("explanation"), assignment.value(QLatin1String("reason"))
                                                 .toObject()
                                                 .value(QLatin1String("text"))
                                                 .toObject()
                                                 .value(QLatin1String("nl"))}};
    // A seq per offer, as a push gives each mutation its own: a pull page never splits a seq.
    tx.beginStep();
    MutationApplier applier(m_storage, m_context, m_hooks);
    const Protocol::MutationResult result = applier.apply(m, tx);
    if (result.status != Protocol::MutationStatus::Applied) {
        tx.undoStep();
        *why = result.reason;
        return false;
    }
    tx.endStep();
    *written += applier.touched();
    m_storage.appendAudit({m_context.account.id, QStringLiteral("allocation.offer"), m.table, m.id,
                           QStringLiteral("run %1").arg(runId), applier.changedFields(), result.version});
    return true;
}

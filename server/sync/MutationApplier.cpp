#include "sync/MutationApplier.h"

#include "domain/ApplicationStatus.h"
#include "domain/NationalNumber.h"
#include "domain/NoteLog.h"
#include "domain/PlacementProblems.h"
#include "domain/RegionCatalog.h"
#include "domain/RowValidator.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"
#include "sync/EmergencyListDates.h"
#include "sync/OfferGuard.h"
#include "sync/ReferenceGuard.h"
#include "sync/RowValues.h"
#include "sync/UpdateMerge.h"

namespace {
QString str(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}
} // namespace

MutationApplier::MutationApplier(ServerStorage& storage, const AuthContext& context,
                                 const std::vector<std::unique_ptr<WriteHook>>& hooks)
    : m_storage(storage)
    , m_context(context)
    , m_hooks(hooks)
    , m_policy(context.scope)
{
}

Protocol::MutationResult MutationApplier::result(qint64 mid, Protocol::MutationStatus status, const QString& reason)
{
    Protocol::MutationResult r;
    r.mid = mid;
    r.status = status;
    r.reason = reason;
    return r;
}

Protocol::MutationResult MutationApplier::apply(const Protocol::Mutation& m, WriteTransaction& tx)
{
    switch (m.op) {
    case Protocol::Mutation::Op::Insert:
        return applyInsert(m, tx);
    case Protocol::Mutation::Op::Update:
        return applyUpdate(m, tx);
    case Protocol::Mutation::Op::Delete:
        return applyDelete(m, tx);
    }
    return result(m.mid, Protocol::MutationStatus::Rejected, QStringLiteral("invalid: unknown operation"));
}

std::optional<StoredRow> MutationApplier::visibleRow(const QString& table, const QString& id)
{
    std::optional<StoredRow> row = m_storage.findRow(table, id);
    if (row && !m_context.scope.canSee(table, row->row, row->filedBy))
        return std::nullopt; // a row the caller may not see answers exactly like a missing one
    return row;
}

void MutationApplier::setServerFields(const QString& table, QJsonObject& row) const
{
    const bool referrer = m_context.scope.isReferrer();
    if (referrer && (table == QLatin1String("parents") || table == QLatin1String("applications")))
        row.insert(QStringLiteral("referrer_account_id"), m_context.account.id);
    if (table == QLatin1String("emergency_entries")) { // RowValues::isServerSet
        row.insert(QStringLiteral("added_by"), m_context.account.id);
        EmergencyListDates::stamp(QJsonObject(), row);
    }
    if (table != QLatin1String("applications"))
        return;
    if (referrer)
        row.insert(QStringLiteral("channel"), QStringLiteral("referrer"));
    row.insert(QStringLiteral("number"), QJsonValue::Null);
    if (row.value(QLatin1String("submitted_at")).isNull())
        row.insert(QStringLiteral("submitted_at"), RowValues::nowIso());
}

QString MutationApplier::checkApplicationInsert(const QJsonObject& row) const
{
    const QString status = str(row, "status");
    if (!status.isEmpty() && status != QLatin1String("submitted"))
        return QStringLiteral("invalid: a new application starts as submitted");
    return QString();
}

bool MutationApplier::findDuplicate(const QString& table, const QJsonObject& row, Protocol::MutationResult* out)
{
    // Only rows the caller may see count: a duplicate answer never names, or confirms, a row of another region
    // or (for a referrer) one it did not file. Elsewhere the same family is another region's record.
    QVector<StoredRow> candidates;
    QString reason;
    if (table == QLatin1String("applications")) {
        candidates = m_storage.openApplications(str(row, "child_id"), str(row, "region_id"));
        reason = QStringLiteral("this child already has an open application");
    } else if (table == QLatin1String("parents")) {
        // Only the national number identifies a person for certain. A parent without one is never refused
        // as a duplicate: the same name (with a child's birth date) is only a hint the client offers the
        // clerk, who decides; two real families can share it.
        const QString number = NationalNumber::normalize(str(row, "national_number"));
        if (!number.isEmpty())
            candidates = m_storage.parentsByNationalNumber(number);
        reason = QStringLiteral("a parent with this national number already exists");
    } else if (table == QLatin1String("emergency_entries") && str(row, "status") == QLatin1String("open")) {
        // One open entry per application: a second one is the same family on the list twice.
        candidates = OfferGuard(m_storage).openEntries(str(row, "application_id"));
        reason = QString::fromLatin1(PlacementProblems::kSecondOpenEntry);
    }
    for (const StoredRow& existing : candidates) {
        if (!m_context.scope.canSee(table, existing.row, existing.filedBy))
            continue;
        *out = result(0, Protocol::MutationStatus::Duplicate, reason);
        out->serverRow = existing.row;
        out->version = existing.row.value(QLatin1String("version")).toInteger();
        return true;
    }
    return false;
}

void MutationApplier::signNotes(const QJsonObject& before, QJsonObject& after) const
{
    const QJsonValue notes = after.value(QLatin1String("notes"));
    if (!notes.isString())
        return;
    const Note writer{RowValues::nowIso(), m_context.account.id, m_context.account.displayName, QString()};
    after.insert(QStringLiteral("notes"), NoteLog::signNewEntries(str(before, "notes"), notes.toString(), writer));
}

void MutationApplier::assignNumber(QJsonObject& row)
{
    const Region* region = RegionCatalog::find(str(row, "region_id"));
    const int year = QDate::currentDate().year();
    const qint64 n = m_storage.takeApplicationNumber(region->id, year);
    row.insert(QStringLiteral("number"),
               QStringLiteral("%1-%2-%3").arg(region->numberPrefix).arg(year).arg(n, 6, 10, QLatin1Char('0')));
}

Protocol::MutationResult MutationApplier::applyInsert(const Protocol::Mutation& m, WriteTransaction& tx)
{
    QJsonObject row;
    QString reason;
    if (!RowValues::insertRow(m, &row, &reason))
        return result(m.mid, Protocol::MutationStatus::Rejected, reason);
    // An id of a row the caller may not see, deleted or not, answers the same: nothing tells it apart.
    const QString inUse = QStringLiteral("invalid: this id is already in use");
    if (const std::optional<TombstoneRecord> tombstone = m_storage.findTombstone(m.table, m.id)) {
        if (!m_context.scope.canSee(m.table, QJsonObject{{QStringLiteral("region_id"), tombstone->regionId}},
                                    tombstone->filedBy))
            return result(m.mid, Protocol::MutationStatus::Rejected, inUse);
        return result(m.mid, Protocol::MutationStatus::Gone, QStringLiteral("this row was deleted"));
    }
    if (const std::optional<StoredRow> existing = m_storage.findRow(m.table, m.id)) {
        if (!m_context.scope.canSee(m.table, existing->row, existing->filedBy))
            return result(m.mid, Protocol::MutationStatus::Rejected, inUse);
        Protocol::MutationResult r =
            result(m.mid, Protocol::MutationStatus::Conflict, QStringLiteral("the row already exists"));
        r.serverRow = existing->row;
        r.version = existing->row.value(QLatin1String("version")).toInteger();
        return r;
    }
    reason = m_policy.checkInsert(m.table, row);
    if (reason.isEmpty() && m.table == QLatin1String("applications"))
        reason = checkApplicationInsert(row);
    if (!reason.isEmpty())
        return result(m.mid, Protocol::MutationStatus::Rejected, reason);
    setServerFields(m.table, row);
    if (m.table == QLatin1String("applications"))
        row.insert(QStringLiteral("status"), QStringLiteral("submitted"));
    signNotes(QJsonObject(), row);
    const QVector<FieldError> errors = RowValidator::validate(m.table, row);
    if (!errors.isEmpty())
        return result(m.mid, Protocol::MutationStatus::Rejected,
                      QStringLiteral("invalid: ") + RowValidator::summary(errors));
    reason = ReferenceGuard(m_storage, m_context.scope).check(m.table, row);
    if (!reason.isEmpty())
        return result(m.mid, Protocol::MutationStatus::Rejected, reason);
    Protocol::MutationResult duplicate;
    if (findDuplicate(m.table, row, &duplicate)) {
        duplicate.mid = m.mid;
        return duplicate;
    }
    reason = OfferGuard(m_storage).check(m.table, QJsonObject(), row);
    if (!reason.isEmpty())
        return result(m.mid, Protocol::MutationStatus::Rejected, reason);
    if (m.table == QLatin1String("applications"))
        assignNumber(row);
    row.insert(QStringLiteral("version"), 1);
    row.insert(QStringLiteral("updated_at"), RowValues::nowIso());
    row.insert(QStringLiteral("updated_by"), m_context.account.id);
    m_storage.insertRow(m.table, row, m_context.account.id, tx.seq());
    m_touched.append({m.table, row, m_context.account.id, tx.seq()});
    runHooks(m.table, QJsonObject(), row, tx.seq());
    for (const Protocol::Field& f : Protocol::findTable(m.table)->fields) {
        if (!row.value(f.name).isNull())
            m_changedFields.append(f.name);
    }
    Protocol::MutationResult r = result(m.mid, Protocol::MutationStatus::Applied);
    r.version = 1;
    r.seq = tx.seq();
    r.serverRow = row;
    return r;
}

QString MutationApplier::checkStatusChange(const QString& table, const QJsonObject& before,
                                           const QJsonObject& after) const
{
    if (table != QLatin1String("applications"))
        return QString();
    const QString from = str(before, "status");
    const QString to = str(after, "status");
    if (from == to)
        return QString();
    const ApplicationStatus::State fromState = ApplicationStatus::fromString(from);
    const ApplicationStatus::State toState = ApplicationStatus::fromString(to);
    if (!ApplicationStatus::canTransition(fromState, toState))
        return QStringLiteral("invalid: an application cannot go from %1 to %2").arg(from, to);
    // The parent is told why in the cancellation mail and staff read it later: a closed application says why.
    if (ApplicationStatus::reasonNeeded(fromState, toState) == ApplicationStatus::Reason::ClosedReason &&
        str(after, "closed_reason").trimmed().isEmpty())
        return QStringLiteral("invalid: a %1 application needs a closing reason (closed_reason)").arg(to);
    return QString();
}

Protocol::MutationResult MutationApplier::applyUpdate(const Protocol::Mutation& m, WriteTransaction& tx)
{
    const std::optional<StoredRow> current = visibleRow(m.table, m.id);
    if (!current)
        return result(m.mid, Protocol::MutationStatus::Gone,
                      QStringLiteral("this record was deleted, or it is no longer in your regions"));
    UpdateMerge merge(*Protocol::findTable(m.table), current->row);
    QString reason;
    if (!merge.run(m.changes, &reason))
        return result(m.mid, Protocol::MutationStatus::Rejected, reason);
    const qint64 version = current->row.value(QLatin1String("version")).toInteger();
    if (merge.appliedFields().isEmpty()) {
        Protocol::MutationResult r = result(m.mid, merge.hasConflicts() ? Protocol::MutationStatus::Conflict
                                                                        : Protocol::MutationStatus::Applied);
        r.version = version;
        if (merge.hasConflicts()) {
            r.serverRow = current->row;
            r.reason = QStringLiteral("changed meanwhile: ") + merge.conflictFields().join(QLatin1String(", "));
        }
        return r;
    }
    QJsonObject merged = merge.mergedRow();
    if (merge.appliedFields().contains(QLatin1String("notes")))
        signNotes(current->row, merged);
    if (m.table == QLatin1String("emergency_entries"))
        EmergencyListDates::stamp(current->row, merged);
    reason = checkStatusChange(m.table, current->row, merged);
    if (reason.isEmpty())
        reason = m_policy.checkUpdate(m.table, *current, merged, merge.appliedFields());
    if (reason.isEmpty()) {
        const QVector<FieldError> errors = RowValidator::validate(m.table, merged);
        if (!errors.isEmpty())
            reason = QStringLiteral("invalid: ") + RowValidator::summary(errors);
    }
    if (reason.isEmpty())
        reason = ReferenceGuard(m_storage, m_context.scope).check(m.table, merged, merge.appliedFields());
    if (reason.isEmpty())
        reason = OfferGuard(m_storage).check(m.table, current->row, merged);
    if (!reason.isEmpty())
        return result(m.mid, Protocol::MutationStatus::Rejected, reason);
    merged.insert(QStringLiteral("version"), version + 1);
    merged.insert(QStringLiteral("updated_at"), RowValues::nowIso());
    merged.insert(QStringLiteral("updated_by"), m_context.account.id);
    m_storage.updateRow(m.table, merged, tx.seq());
    m_touched.append({m.table, merged, current->filedBy, tx.seq()});
    m_changedFields = merge.appliedFields();
    for (const QLatin1String day : {QLatin1String("listed_on"), QLatin1String("resolved_on")}) {
        if (merged.value(day) != current->row.value(day) && m.table == QLatin1String("emergency_entries"))
            m_changedFields.append(day); // EmergencyListDates: the server's own, beside what the client changed
    }
    recordRegionMove(m.table, *current, merged, tx.seq());
    runHooks(m.table, current->row, merged, tx.seq());
    Protocol::MutationResult r =
        result(m.mid, merge.hasConflicts() ? Protocol::MutationStatus::Conflict : Protocol::MutationStatus::Applied);
    r.version = version + 1;
    r.seq = tx.seq();
    if (merge.hasConflicts()) {
        r.serverRow = merged;
        r.reason = QStringLiteral("changed meanwhile: ") + merge.conflictFields().join(QLatin1String(", "));
    }
    return r;
}

Protocol::MutationResult MutationApplier::applyDelete(const Protocol::Mutation& m, WriteTransaction& tx)
{
    const std::optional<StoredRow> current = visibleRow(m.table, m.id);
    if (!current)
        return result(m.mid, Protocol::MutationStatus::Gone,
                      QStringLiteral("this record was deleted, or it is no longer in your regions"));
    QString reason = m_policy.checkDelete(m.table, *current);
    if (reason.isEmpty() && m.table == QLatin1String("regions") && m_storage.regionHasRows(m.id))
        reason = QStringLiteral("invalid: a region that still has records cannot be deleted");
    if (reason.isEmpty())
        reason = OfferGuard(m_storage).checkDelete(m.table, current->row);
    if (!reason.isEmpty())
        return result(m.mid, Protocol::MutationStatus::Rejected, reason);
    const qint64 version = current->row.value(QLatin1String("version")).toInteger();
    if (m.baseVersion != version) {
        Protocol::MutationResult r = result(m.mid, Protocol::MutationStatus::Conflict,
                                            QStringLiteral("the row changed since version %1").arg(m.baseVersion));
        r.serverRow = current->row;
        r.version = version;
        return r;
    }
    m_storage.deleteRow({m.table, m.id, str(current->row, "region_id"), current->filedBy, version + 1, tx.seq()});
    m_touched.append({m.table, current->row, current->filedBy, tx.seq()});
    Protocol::MutationResult r = result(m.mid, Protocol::MutationStatus::Applied);
    r.version = version + 1;
    r.seq = tx.seq();
    return r;
}

void MutationApplier::recordRegionMove(const QString& table, const StoredRow& before, const QJsonObject& after,
                                       qint64 seq)
{
    const QString from = str(before.row, "region_id");
    const QString to = str(after, "region_id");
    if (from == to) {
        recordPublicationChange(table, before, after, seq);
        return;
    }
    // WritePolicy allowed it only for a writer of both regions. Accounts that see `from` but not `to` must
    // drop the row: a scope-exit tombstone at the update's seq (SqlScopeFilter::forTombstones).
    m_storage.recordScopeExit(
        {table, str(after, "id"), from, before.filedBy, after.value(QLatin1String("version")).toInteger(), seq, to});
    m_touched.append({table, before.row, before.filedBy, seq}); // poke those that saw it where it was
}

void MutationApplier::recordPublicationChange(const QString& table, const StoredRow& before, const QJsonObject& after,
                                              qint64 seq)
{
    if (table != QLatin1String("locations"))
        return;
    const bool was = before.row.value(QLatin1String("published")).toBool();
    const bool is = after.value(QLatin1String("published")).toBool();
    const QString id = str(after, "id");
    const QString region = str(after, "region_id");
    if (was && !is) {
        // Referrers see published locations only: they must drop it (docs/PROTOCOL.md "Pull", scope exits).
        m_storage.recordUnpublished(
            {table, id, region, before.filedBy, after.value(QLatin1String("version")).toInteger(), seq, region});
        m_touched.append({table, before.row, before.filedBy, seq}); // poke the referrers that saw it
    } else if (!was && is) {
        m_storage.withdrawUnpublished(table, id, region);
    }
}

void MutationApplier::runHooks(const QString& table, const QJsonObject& before, const QJsonObject& after, qint64 seq)
{
    for (const std::unique_ptr<WriteHook>& hook : m_hooks)
        m_touched += hook->afterWrite(m_context.account.id, table, before, after, seq);
}

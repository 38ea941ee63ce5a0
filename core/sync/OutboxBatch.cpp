#include "OutboxBatch.h"

#include "SyncLog.h"
#include "protocol/ApiConstants.h"
#include "store/cache/LocalCache.h"
#include "store/conflicts/ConflictStore.h"
#include "store/outbox/Outbox.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QDateTime>
#include <QSqlError>

qint64 OutboxBatch::midBase(const LocalCache& cache)
{
    return cache.state(QStringLiteral("mid_base")).toLongLong();
}

QVector<Protocol::Mutation> OutboxBatch::next(LocalCache& cache, int limit, QString* error)
{
    QVector<Protocol::Mutation> mutations;
    const qint64 base = midBase(cache);
    // Half the server's request limit for the payloads leaves room for the rest of each mutation's JSON and its
    // escapes: a batch of long notes is cut short instead of being answered 413 time after time.
    for (const OutboxEntry& e : Outbox(cache).oldestPending(limit, Protocol::kMaxRequestBytes / 2, error)) {
        Protocol::Mutation m;
        m.mid = e.mid - base;
        m.table = e.table;
        m.op = e.op == QLatin1String("insert")   ? Protocol::Mutation::Op::Insert
               : e.op == QLatin1String("update") ? Protocol::Mutation::Op::Update
                                                 : Protocol::Mutation::Op::Delete;
        m.id = e.rowId;
        m.baseVersion = e.baseVersion;
        if (m.op == Protocol::Mutation::Op::Insert)
            m.row = e.payload;
        else if (m.op == Protocol::Mutation::Op::Update)
            m.changes = e.payload;
        mutations.append(m);
    }
    return mutations;
}

bool OutboxBatch::markSent(LocalCache& cache, const QVector<Protocol::Mutation>& batch, QString* error)
{
    if (batch.isEmpty())
        return true;
    // From here on the server may have applied these entries, whatever comes back: they can no longer be
    // rewritten in place (see DuplicateMerge), only followed by new mutations.
    const qint64 base = midBase(cache);
    return Outbox(cache).noteSent(batch.first().mid + base, batch.last().mid + base, error);
}

namespace {

Protocol::Change correctionFrom(const QString& table, const QString& id, const Protocol::MutationResult& result)
{
    Protocol::Change c;
    c.table = table;
    c.id = id;
    c.row = result.serverRow;
    c.version = result.serverRow.value(QStringLiteral("version")).toInteger();
    c.deleted = result.serverRow.isEmpty();
    return c;
}

} // namespace

bool OutboxBatch::settle(LocalCache& cache, const Protocol::PushResponse& response, QString* error)
{
    QVector<Protocol::Change> corrections;
    QSqlDatabase db = cache.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const qint64 base = midBase(cache);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    bool ok = true;
    // An acknowledged entry stays, marked, for a replay after a server restore; it is purged later.
    Outbox outbox(cache);
    for (const Protocol::MutationResult& r : response.results) {
        // Applied as sent: nothing to record or correct, and acknowledgeUpTo below covers it (most of a bulk push;
        // one query per mutation here was a third of the client's push time).
        if (r.status == Protocol::MutationStatus::Applied && r.serverRow.isEmpty())
            continue;
        const std::optional<OutboxEntry> e = outbox.pendingEntry(r.mid + base);
        if (!e)
            continue; // settled before (a retried push)
        if (r.status != Protocol::MutationStatus::Applied)
            ok = ok && recordProblem(cache, *e, r, error);
        correct(cache, *e, r, &corrections);
        ok = ok && outbox.acknowledge(e->mid, now, error);
    }
    // Anything up to the server's last_mutation_id is acknowledged even if its result was lost in transit.
    ok = ok && outbox.acknowledgeUpTo(response.lastMutationId + base, now, error);
    // After the acknowledgements, so a correction of a row with nothing pending left is applied, not parked.
    if (ok && !corrections.isEmpty())
        ok = PullApplier(cache).applyInTransaction(corrections, error);
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

void OutboxBatch::correct(LocalCache& cache, const OutboxEntry& entry, const Protocol::MutationResult& r,
                          QVector<Protocol::Change>* corrections)
{
    const QString& table = entry.table;
    const QString& rowId = entry.rowId;
    const QString& op = entry.op;
    const QJsonObject& payload = entry.payload;
    if (!r.serverRow.isEmpty() && r.status != Protocol::MutationStatus::Duplicate) {
        corrections->append(correctionFrom(table, rowId, r));
        return;
    }
    const bool notApplied = r.status != Protocol::MutationStatus::Applied;
    // A duplicate's server row is another record, and a rejected insert never happened on the server, and a
    // gone row no longer exists there: in each case the record leaves the cache (its values stay in conflicts).
    if (r.status == Protocol::MutationStatus::Duplicate || r.status == Protocol::MutationStatus::Gone ||
        (notApplied && op == QLatin1String("insert"))) {
        corrections->append(correctionFrom(table, rowId, Protocol::MutationResult()));
        return;
    }
    if (!notApplied)
        return;
    // A refused update or delete without the server's row: put back what the server still has. For an
    // update that is each changed field's "old"; for a delete, the row kept in the outbox entry.
    QJsonObject restored = op == QLatin1String("delete") ? payload : RecordQuery(cache).row(table, rowId);
    if (op == QLatin1String("update")) {
        for (auto it = payload.begin(); it != payload.end(); ++it)
            restored.insert(it.key(), it.value().toObject().value(QStringLiteral("old")));
    }
    if (restored.isEmpty())
        return;
    Protocol::Change c;
    c.table = table;
    c.id = rowId;
    c.row = restored;
    c.version = restored.value(QStringLiteral("version")).toInteger();
    corrections->append(c);
}

bool OutboxBatch::recordProblem(LocalCache& cache, const OutboxEntry& entry, const Protocol::MutationResult& result,
                                QString* error)
{
    // A deleted row has left the cache; its outbox entry kept it.
    const QJsonObject local =
        entry.op == QLatin1String("delete") ? entry.payload : RecordQuery(cache).row(entry.table, entry.rowId);
    ConflictEntry problem;
    problem.table = entry.table;
    problem.rowId = entry.rowId;
    problem.mid = entry.mid; // the local one, which stays the same when the client id changes
    problem.status = result.statusText();
    problem.reason = result.reason;
    problem.localRow = local;
    problem.serverRow = result.serverRow;
    problem.op = entry.op;
    if (!ConflictStore(cache).record(problem, error))
        return false;
    qCInfo(lcSync) << "mutation" << entry.mid << "not applied:" << result.statusText();
    return true;
}

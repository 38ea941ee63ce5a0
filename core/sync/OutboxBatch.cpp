#include "OutboxBatch.h"

#include "SyncLog.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

qint64 OutboxBatch::midBase(const LocalCache& cache)
{
    return cache.state(QStringLiteral("mid_base")).toLongLong();
}

QVector<Protocol::Mutation> OutboxBatch::next(LocalCache& cache, int limit, QString* error)
{
    QVector<Protocol::Mutation> mutations;
    const qint64 base = midBase(cache);
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT mid, table_name, op, row_id, base_version, payload FROM outbox "
                             "WHERE acked_at IS NULL ORDER BY mid LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return mutations;
    }
    while (q.next()) {
        Protocol::Mutation m;
        m.mid = q.value(0).toLongLong() - base;
        m.table = q.value(1).toString();
        const QString op = q.value(2).toString();
        m.op = op == QLatin1String("insert")   ? Protocol::Mutation::Op::Insert
               : op == QLatin1String("update") ? Protocol::Mutation::Op::Update
                                               : Protocol::Mutation::Op::Delete;
        m.id = q.value(3).toString();
        m.baseVersion = q.value(4).toLongLong();
        const QJsonObject payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        if (m.op == Protocol::Mutation::Op::Insert)
            m.row = payload;
        else if (m.op == Protocol::Mutation::Op::Update)
            m.changes = payload;
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
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE mid BETWEEN ? AND ?"));
    q.addBindValue(batch.first().mid + base);
    q.addBindValue(batch.last().mid + base);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
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
    QSqlQuery ack(db);
    ack.prepare(QStringLiteral("UPDATE outbox SET acked_at = ? WHERE mid = ?"));
    QSqlQuery entry(db);
    entry.prepare(
        QStringLiteral("SELECT table_name, row_id, op, payload FROM outbox WHERE mid = ? AND acked_at IS NULL"));
    for (const Protocol::MutationResult& r : response.results) {
        const qint64 mid = r.mid + base;
        entry.bindValue(0, mid);
        if (!entry.exec() || !entry.next())
            continue; // settled before (a retried push)
        const Entry e{mid, entry.value(0).toString(), entry.value(1).toString(), entry.value(2).toString(),
                      QJsonDocument::fromJson(entry.value(3).toString().toUtf8()).object()};
        entry.finish();
        if (r.status != Protocol::MutationStatus::Applied)
            ok = ok && recordProblem(cache, e, r, error);
        correct(cache, e, r, &corrections);
        ack.bindValue(0, now);
        ack.bindValue(1, mid);
        if (ok && !ack.exec()) {
            *error = ack.lastError().text();
            ok = false;
        }
    }
    // Anything up to the server's last_mutation_id is acknowledged even if its result was lost in transit.
    QSqlQuery acked(db);
    acked.prepare(QStringLiteral("UPDATE outbox SET acked_at = ? WHERE acked_at IS NULL AND mid <= ?"));
    acked.addBindValue(now);
    acked.addBindValue(response.lastMutationId + base);
    if (ok && !acked.exec()) {
        *error = acked.lastError().text();
        ok = false;
    }
    // After the acknowledgements, so a correction of a row with nothing pending left is applied, not parked.
    if (ok && !corrections.isEmpty())
        ok = PullApplier(cache).applyInTransaction(corrections, error);
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

void OutboxBatch::correct(LocalCache& cache, const Entry& entry, const Protocol::MutationResult& r,
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

bool OutboxBatch::recordProblem(LocalCache& cache, const Entry& entry, const Protocol::MutationResult& result,
                                QString* error)
{
    // A deleted row has left the cache; its outbox entry kept it.
    const QJsonObject local =
        entry.op == QLatin1String("delete") ? entry.payload : RecordQuery(cache).row(entry.table, entry.rowId);
    QSqlQuery q(cache.database());
    // A mutation replayed after a server restore may come back refused again: one open entry for it is enough.
    // mid is the local one, which stays the same when the client id changes.
    q.prepare(QStringLiteral("INSERT INTO conflicts(table_name, row_id, mid, status, local_row, server_row, reason, "
                             "created_at, op) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? "
                             "WHERE NOT EXISTS (SELECT 1 FROM conflicts WHERE mid = ? AND row_id = ?)"));
    q.addBindValue(entry.table);
    q.addBindValue(entry.rowId);
    q.addBindValue(entry.mid);
    q.addBindValue(result.statusText());
    q.addBindValue(QString::fromUtf8(QJsonDocument(local).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(result.serverRow).toJson(QJsonDocument::Compact)));
    q.addBindValue(result.reason);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(entry.op);
    q.addBindValue(entry.mid);
    q.addBindValue(entry.rowId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    qCInfo(lcSync) << "mutation" << entry.mid << "not applied:" << result.statusText();
    return true;
}

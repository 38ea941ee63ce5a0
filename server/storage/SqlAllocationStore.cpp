#include "storage/SqlAllocationStore.h"

#include "protocol/TableSchema.h"
#include "storage/SqlDatabase.h"
#include "storage/SqlRowCodec.h"
#include "storage/StorageError.h"

#include <QJsonDocument>

namespace {

const QString kColumns = QStringLiteral("id, region_id, rule_set_id, seed, status, as_of, created_at, created_by, "
                                        "decided_at, decided_by, summary");

QString text(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString text(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonDocument parse(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8());
}

} // namespace

SqlAllocationStore::SqlAllocationStore(SqlDatabase& db)
    : m_db(db)
{
}

void SqlAllocationStore::createTables(SqlDatabase& db)
{
    db.exec(
        QStringLiteral("CREATE TABLE allocation_runs (id TEXT PRIMARY KEY, region_id TEXT NOT NULL, rule_set_id "
                       "TEXT NOT NULL, seed BIGINT NOT NULL, status TEXT NOT NULL, as_of TEXT NOT NULL, created_at "
                       "TEXT NOT NULL, created_by TEXT NOT NULL, decided_at TEXT, decided_by TEXT, summary TEXT NOT "
                       "NULL, assignments TEXT NOT NULL, basis TEXT NOT NULL)"));
    db.exec(QStringLiteral("CREATE INDEX allocation_runs_region ON allocation_runs (region_id, created_at)"));
}

void SqlAllocationStore::insertRun(const AllocationRunRecord& run)
{
    m_db.run(QStringLiteral("INSERT INTO allocation_runs (%1, assignments, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?)")
                 .arg(kColumns),
             {run.id, run.regionId, run.ruleSetId, run.seed, run.status, run.asOf, run.createdAt, run.createdBy,
              run.decidedAt.isEmpty() ? QVariant() : QVariant(run.decidedAt),
              run.decidedBy.isEmpty() ? QVariant() : QVariant(run.decidedBy), text(run.summary), text(run.assignments),
              text(run.basis)});
}

AllocationRunRecord SqlAllocationStore::readRun(const QSqlQuery& q, bool withBody)
{
    AllocationRunRecord run;
    run.id = q.value(0).toString();
    run.regionId = q.value(1).toString();
    run.ruleSetId = q.value(2).toString();
    run.seed = q.value(3).toLongLong();
    run.status = q.value(4).toString();
    run.asOf = q.value(5).toString();
    run.createdAt = q.value(6).toString();
    run.createdBy = q.value(7).toString();
    run.decidedAt = q.value(8).toString();
    run.decidedBy = q.value(9).toString();
    run.summary = parse(q.value(10)).object();
    if (withBody) {
        run.assignments = parse(q.value(11)).array();
        run.basis = parse(q.value(12)).object();
    }
    return run;
}

std::optional<AllocationRunRecord> SqlAllocationStore::run(const QString& id)
{
    QSqlQuery& q =
        m_db.run(QStringLiteral("SELECT %1, assignments, basis FROM allocation_runs WHERE id = ?").arg(kColumns), {id});
    std::optional<AllocationRunRecord> run;
    if (q.next())
        run = readRun(q, true);
    q.finish();
    return run;
}

QVector<AllocationRunRecord> SqlAllocationStore::runsOf(const QString& regionId)
{
    QSqlQuery& q =
        m_db.run(QStringLiteral("SELECT %1 FROM allocation_runs WHERE region_id = ? ORDER BY created_at DESC, id DESC")
                     .arg(kColumns),
                 {regionId});
    QVector<AllocationRunRecord> runs;
    while (q.next())
        runs.append(readRun(q, false));
    q.finish();
    return runs;
}

void SqlAllocationStore::decideRun(const QString& id, const QString& status, const QString& at, const QString& by)
{
    m_db.run(QStringLiteral("UPDATE allocation_runs SET status = ?, decided_at = ?, decided_by = ? WHERE id = ?"),
             {status, at, by, id});
}

QVector<StoredRow> SqlAllocationStore::rowsOfRegion(const QString& tableName, const QString& regionId)
{
    const Protocol::Table* table = Protocol::findTable(tableName);
    if (!table)
        throw StorageError(QStringLiteral("no synced table %1").arg(tableName));
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT %1, filed_by, seq FROM %2 WHERE region_id = ? ORDER BY id")
                                .arg(SqlRowCodec::columnList(*table), table->name),
                            {regionId});
    QVector<StoredRow> rows;
    const int extra = SqlRowCodec::columnCount(*table);
    while (q.next())
        rows.append(
            StoredRow{SqlRowCodec::readRow(*table, q), q.value(extra).toString(), q.value(extra + 1).toLongLong()});
    q.finish();
    return rows;
}

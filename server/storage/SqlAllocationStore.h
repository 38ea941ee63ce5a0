#pragma once

#include "storage/AllocationRunRecord.h"
#include "storage/ServerStorage.h"

#include <QSqlQuery>
#include <optional>

class SqlDatabase;

// The SQL of the joint allocation, in SQL both dialects run: the allocation_runs table (a draft with its result
// and basis, then confirmed or discarded) and the region-wide reads a run starts from.
class SqlAllocationStore
{
public:
    explicit SqlAllocationStore(SqlDatabase& db);

    void insertRun(const AllocationRunRecord& run);
    std::optional<AllocationRunRecord> run(const QString& id);
    QVector<AllocationRunRecord> runsOf(const QString& regionId); // newest first, without assignments and basis
    void decideRun(const QString& id, const QString& status, const QString& at, const QString& by);
    // Every row of a synced table in one region, in id order.
    QVector<StoredRow> rowsOfRegion(const QString& table, const QString& regionId);

    // Schema version 8 of both ladders.
    static void createTables(SqlDatabase& db);

private:
    static AllocationRunRecord readRun(const QSqlQuery& q, bool withBody);

    SqlDatabase& m_db;
};

#pragma once

#include "storage/ServerStorage.h"

class SqlDatabase;

// The audit log in SQL both dialects run: appending an event with the region its coordinators read it by,
// the history of one row (GET /api/v1/history) and the filtered, newest-first pages of GET /api/v1/audit
// (docs/PROTOCOL.md "Audit"). Kept apart from the accounts so each store stays about one table family.
class SqlAuditStore
{
public:
    explicit SqlAuditStore(SqlDatabase& db);

    void appendAudit(const AuditEvent& event);
    QVector<AuditRecord> auditOf(const QString& entity, const QString& entityId);
    QVector<AuditEntry> auditEvents(const AuditQuery& query);

    // Schema step 9 of both ladders: audit_events gain region_id, filled for the events of rows that still
    // exist, and the indexes the audit page reads by.
    static void addRegionColumn(SqlDatabase& db);

private:
    // The tables whose rows have a region_id an event can take over (names are put into SQL: a fixed list).
    static bool hasRegionRows(const QString& entity);

    SqlDatabase& m_db;
};

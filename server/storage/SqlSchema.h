#pragma once

#include <QString>
#include <QStringList>

class SqlDatabase;

// Schema parts both dialect ladders share: the synced tables (columns from TableSchema, types from the
// dialect) with their indexes, and adding TableSchema columns that an existing database lacks.
class SqlSchema
{
public:
    static void createSyncedTables(SqlDatabase& db);
    // Columns added to TableSchema later reach existing databases through this; runs after the ladder.
    static void addMissingColumns(SqlDatabase& db);
    // The columns `table` has in the database.
    static QStringList columnNames(SqlDatabase& db, const QString& table);
    // Index for duplicate parents (schema version 2 of both ladders), over the normalised national number.
    static void createParentNationalNumberIndex(SqlDatabase& db);
    // Schema step 4: audit_events gain the changed field names (a JSON array of names, never values) and the
    // row version a write produced, and an index for the history of one row (GET /api/v1/history).
    static void addAuditHistoryColumns(SqlDatabase& db);
    // Schema step 7: what the offer rules look up inside a push (docs/PROTOCOL.md "Offers and the emergency list"):
    // the offers of a place and of an application, the sent offers due to expire, an application's emergency entries.
    static void createPlacementIndexes(SqlDatabase& db);
    // Schema step 11: emergency entries gain listed_on and resolved_on (EmergencyListDates). Entries from before are
    // dated as well as the database can: listed on the day of their first audited write (else their last change),
    // and a closed one resolved on the day of its last change.
    static void addEmergencyListDates(SqlDatabase& db);
    // `column` without the spaces, dots and dashes NationalNumber::normalize drops, in SQL both dialects
    // accept; a query must use exactly this expression to use the index.
    static QString normalizedNationalNumber(const QString& column);
};

#pragma once

class SqlDatabase;

// The schema ladder of the PostgreSQL storage, kept in the one-row table schema_version. Each step runs
// in its own transaction (PostgreSQL DDL is transactional) and is rolled back completely when it fails.
// Several server instances may start at once: every step takes a transaction-scoped advisory lock and
// re-reads the version, so each step runs exactly once.
class PostgresMigrations
{
public:
    static int latestVersion();
    // Throws StorageError; refuses a database written by a newer server.
    static void migrate(SqlDatabase& db);
    static int currentVersion(SqlDatabase& db);

private:
    static void ensureVersionTable(SqlDatabase& db);
    static void runStep(SqlDatabase& db, int version);
    static void inLockedTransaction(SqlDatabase& db, void (*work)(SqlDatabase&, int), int version);
    static void createBaseSchema(SqlDatabase& db);
    static void createServerTables(SqlDatabase& db);
    static void addScopeExitsAndOperatorEdits(SqlDatabase& db);
};

#pragma once

class SqliteDatabase;

// The schema ladder of the SQLite storage, kept in PRAGMA user_version. Each step runs in its own
// transaction and is rolled back completely when it fails. Columns added to TableSchema later reach
// existing databases through SqlSchema::addMissingColumns(), which runs after the ladder, followed by the
// operator-edit triggers (SqliteTriggers), rebuilt whenever a table's columns changed.
class SqliteMigrations
{
public:
    static int latestVersion();
    // Throws StorageError; refuses a database written by a newer server.
    static void migrate(SqliteDatabase& db);

private:
    static void runStep(SqliteDatabase& db, int version);
    static void createBaseSchema(SqliteDatabase& db);
    static void createServerTables(SqliteDatabase& db);
    static void addScopeExitsAndUpdatedBy(SqliteDatabase& db);
};

#include "storage/sqlite/SqliteMigrations.h"

#include "auth/TokenGenerator.h"
#include "service/ServerLogging.h"
#include "storage/SqlAccountStore.h"
#include "storage/SqlAllocationStore.h"
#include "storage/SqlAuditStore.h"
#include "storage/SqlIdentityStore.h"
#include "storage/SqlMailStore.h"
#include "storage/SqlPrivacyStore.h"
#include "storage/SqlSchema.h"
#include "storage/SqlSessionStore.h"
#include "storage/StorageError.h"
#include "storage/sqlite/SqliteDatabase.h"
#include "storage/sqlite/SqliteTriggers.h"

namespace {
constexpr int kLatest = 12;
}

int SqliteMigrations::latestVersion()
{
    return kLatest;
}

void SqliteMigrations::migrate(SqliteDatabase& db)
{
    const int current = db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    if (current > kLatest)
        throw StorageError(QStringLiteral("the database has schema version %1, newer than this server (%2)")
                               .arg(current)
                               .arg(kLatest));
    for (int version = current + 1; version <= kLatest; ++version)
        runStep(db, version);
    db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    try {
        SqlSchema::addMissingColumns(db);
        SqliteTriggers::ensure(db); // after the columns: the insert trigger lists them
        db.exec(QStringLiteral("COMMIT"));
    } catch (const StorageError&) {
        db.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void SqliteMigrations::runStep(SqliteDatabase& db, int version)
{
    qCInfo(lcServerStorage) << "migrating database to schema version" << version;
    db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    try {
        if (version == 1)
            createBaseSchema(db);
        if (version == 2)
            addScopeExitsAndUpdatedBy(db);
        if (version == 3)
            SqlSchema::createParentNationalNumberIndex(db);
        if (version == 4)
            SqlMailStore::createTables(db); // mail delivery attempts and offer reminders
        if (version == 5)
            SqlSchema::addAuditHistoryColumns(db);
        if (version == 6)
            SqlSessionStore::createRetiredTokenTable(db); // refresh-token reuse, sessions per account
        if (version == 7)
            SqlSchema::createPlacementIndexes(db); // the offer rules' look-ups
        if (version == 8)
            SqlAllocationStore::createTables(db); // joint allocation runs
        if (version == 9) {
            SqlAuditStore::addRegionColumn(db);       // who reads an event (GET /api/v1/audit)
            SqlAccountStore::createSecurityTable(db); // one-time passwords, last sign-in
        }
        if (version == 10)
            SqlPrivacyStore::createTables(db); // retention per region (anonymisation)
        if (version == 11)
            SqlSchema::addEmergencyListDates(db); // the emergency list over time (dashboard)
        if (version == 12)
            SqlIdentityStore::createTables(db); // provider subjects linked to accounts (OIDC sign-in)
        db.exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
        db.exec(QStringLiteral("COMMIT"));
    } catch (const StorageError&) {
        db.clearCache();
        db.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void SqliteMigrations::createBaseSchema(SqliteDatabase& db)
{
    SqlSchema::createSyncedTables(db);
    createServerTables(db);
}

void SqliteMigrations::addScopeExitsAndUpdatedBy(SqliteDatabase& db)
{
    // Tombstones gain moved_to_region_id (NULL = a real delete, else the region a moved row went to) and are
    // keyed per region the row left (SqlStorage::recordScopeExit). SQLite cannot change a primary key in
    // place: the table is rebuilt.
    const QStringList statements{
        QStringLiteral("CREATE TABLE tombstones_v2 (table_name TEXT NOT NULL, id TEXT NOT NULL, region_id TEXT NOT "
                       "NULL, filed_by TEXT, version INTEGER NOT NULL, seq INTEGER NOT NULL, deleted_at TEXT NOT "
                       "NULL, moved_to_region_id TEXT, PRIMARY KEY (table_name, id, region_id))"),
        QStringLiteral("INSERT INTO tombstones_v2 (table_name, id, region_id, filed_by, version, seq, deleted_at) "
                       "SELECT table_name, id, region_id, filed_by, version, seq, deleted_at FROM tombstones"),
        QStringLiteral("DROP TABLE tombstones"),
        QStringLiteral("ALTER TABLE tombstones_v2 RENAME TO tombstones"),
        QStringLiteral("CREATE INDEX tombstones_seq ON tombstones(seq)"),
    };
    for (const QString& sql : statements)
        db.exec(sql);
    SqlSchema::addMissingColumns(db); // updated_by on every synced table, accounts included
}

void SqliteMigrations::createServerTables(SqliteDatabase& db)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY, region_id TEXT NOT NULL DEFAULT '', "
                       "version INTEGER NOT NULL, updated_at TEXT NOT NULL, username TEXT NOT NULL UNIQUE "
                       "COLLATE NOCASE, display_name TEXT, role TEXT NOT NULL, region_ids TEXT NOT NULL, "
                       "active INTEGER NOT NULL DEFAULT 1, email TEXT, organisation TEXT, password_hash TEXT, "
                       "filed_by TEXT, seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX accounts_seq ON accounts(seq)"),
        QStringLiteral("CREATE TABLE tombstones (table_name TEXT NOT NULL, id TEXT NOT NULL, region_id TEXT NOT "
                       "NULL, filed_by TEXT, version INTEGER NOT NULL, seq INTEGER NOT NULL, deleted_at TEXT NOT "
                       "NULL, PRIMARY KEY (table_name, id))"),
        QStringLiteral("CREATE INDEX tombstones_seq ON tombstones(seq)"),
        QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, access_hash TEXT "
                       "NOT NULL UNIQUE, refresh_hash TEXT NOT NULL UNIQUE, access_expires_at TEXT NOT NULL, "
                       "refresh_expires_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, device TEXT, "
                       "created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE clients (client_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, "
                       "last_mutation_id INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE client_mutations (client_id TEXT NOT NULL, mid INTEGER NOT NULL, result TEXT "
                       "NOT NULL, PRIMARY KEY (client_id, mid))"),
        QStringLiteral("CREATE TABLE number_counters (region_id TEXT NOT NULL, year INTEGER NOT NULL, next "
                       "INTEGER NOT NULL, PRIMARY KEY (region_id, year))"),
        QStringLiteral("CREATE TABLE audit_events (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                       "account_id TEXT, action TEXT NOT NULL, entity TEXT, entity_id TEXT, summary TEXT)"),
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    for (const QString& sql : statements)
        db.exec(sql);
    db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('epoch', ?), ('seq', '0'), "
                          "('tombstone_horizon', '0')"),
           {TokenGenerator::randomHex(16)});
}

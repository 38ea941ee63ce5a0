#include "storage/postgres/PostgresMigrations.h"

#include "auth/TokenGenerator.h"
#include "service/ServerLogging.h"
#include "storage/SqlAccountStore.h"
#include "storage/SqlAllocationStore.h"
#include "storage/SqlAuditStore.h"
#include "storage/SqlDatabase.h"
#include "storage/SqlIdentityStore.h"
#include "storage/SqlMailStore.h"
#include "storage/SqlPrivacyStore.h"
#include "storage/SqlSchema.h"
#include "storage/SqlSessionStore.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresTriggers.h"

namespace {

constexpr int kLatest = 12;
// pg_advisory_xact_lock key shared by every instance migrating the same database ("opvang" in ASCII).
constexpr qint64 kMigrationLockKey = 0x6f7076616e67;

void lock(SqlDatabase& db)
{
    db.run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey));
}

} // namespace

int PostgresMigrations::latestVersion()
{
    return kLatest;
}

int PostgresMigrations::currentVersion(SqlDatabase& db)
{
    return db.scalar(QStringLiteral("SELECT version FROM schema_version WHERE id = 1")).toInt();
}

void PostgresMigrations::migrate(SqlDatabase& db)
{
    inLockedTransaction(
        db, [](SqlDatabase& d, int) { ensureVersionTable(d); }, 0);
    const int current = currentVersion(db);
    if (current > kLatest)
        throw StorageError(QStringLiteral("the database has schema version %1, newer than this server (%2)")
                               .arg(current)
                               .arg(kLatest));
    for (int version = current + 1; version <= kLatest; ++version)
        inLockedTransaction(db, &PostgresMigrations::runStep, version);
    inLockedTransaction(
        db, [](SqlDatabase& d, int) { SqlSchema::addMissingColumns(d); }, 0);
}

void PostgresMigrations::inLockedTransaction(SqlDatabase& db, void (*work)(SqlDatabase&, int), int version)
{
    db.exec(QStringLiteral("BEGIN"));
    try {
        lock(db);
        work(db, version);
        db.exec(QStringLiteral("COMMIT"));
    } catch (const StorageError&) {
        db.exec(QStringLiteral("ROLLBACK"));
        db.clearCache(); // prepared statements may refer to tables the rollback removed
        throw;
    }
    db.clearCache(); // plans prepared before a schema change must not be reused
}

void PostgresMigrations::ensureVersionTable(SqlDatabase& db)
{
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (id SMALLINT PRIMARY KEY CHECK (id = 1), "
                           "version INTEGER NOT NULL)"));
    db.exec(QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING"));
}

void PostgresMigrations::runStep(SqlDatabase& db, int version)
{
    if (currentVersion(db) >= version)
        return; // another instance ran this step while we waited for the lock
    qCInfo(lcServerStorage) << "migrating PostgreSQL database to schema version" << version;
    if (version == 1)
        createBaseSchema(db);
    if (version == 2)
        addScopeExitsAndOperatorEdits(db);
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
    db.run(QStringLiteral("UPDATE schema_version SET version = ? WHERE id = 1"), {version});
}

void PostgresMigrations::createBaseSchema(SqlDatabase& db)
{
    SqlSchema::createSyncedTables(db);
    createServerTables(db);
}

void PostgresMigrations::addScopeExitsAndOperatorEdits(SqlDatabase& db)
{
    // Tombstones gain moved_to_region_id (NULL = a real delete, else the region a moved row went to) and are
    // keyed per region the row left (SqlStorage::recordScopeExit).
    db.exec(QStringLiteral("ALTER TABLE tombstones ADD COLUMN moved_to_region_id TEXT"));
    db.exec(QStringLiteral("ALTER TABLE tombstones DROP CONSTRAINT tombstones_pkey, "
                           "ADD PRIMARY KEY (table_name, id, region_id)"));
    SqlSchema::addMissingColumns(db); // updated_by on every synced table, accounts included
    PostgresTriggers::install(db);
}

void PostgresMigrations::createServerTables(SqlDatabase& db)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY, region_id TEXT NOT NULL DEFAULT '', "
                       "version BIGINT NOT NULL, updated_at TEXT NOT NULL, username TEXT NOT NULL, "
                       "display_name TEXT, role TEXT NOT NULL, region_ids JSONB NOT NULL, "
                       "active BIGINT NOT NULL DEFAULT 1, email TEXT, organisation TEXT, password_hash TEXT, "
                       "filed_by TEXT, seq BIGINT NOT NULL)"),
        // SQLite's COLLATE NOCASE: user names are unique regardless of case.
        QStringLiteral("CREATE UNIQUE INDEX accounts_username ON accounts (lower(username))"),
        QStringLiteral("CREATE INDEX accounts_seq ON accounts(seq)"),
        QStringLiteral("CREATE TABLE tombstones (table_name TEXT NOT NULL, id TEXT NOT NULL, region_id TEXT NOT "
                       "NULL, filed_by TEXT, version BIGINT NOT NULL, seq BIGINT NOT NULL, deleted_at TEXT NOT "
                       "NULL, PRIMARY KEY (table_name, id))"),
        QStringLiteral("CREATE INDEX tombstones_seq ON tombstones(seq)"),
        QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, access_hash TEXT "
                       "NOT NULL UNIQUE, refresh_hash TEXT NOT NULL UNIQUE, access_expires_at TEXT NOT NULL, "
                       "refresh_expires_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, device TEXT, "
                       "created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE clients (client_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, "
                       "last_mutation_id BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE client_mutations (client_id TEXT NOT NULL, mid BIGINT NOT NULL, result TEXT "
                       "NOT NULL, PRIMARY KEY (client_id, mid))"),
        QStringLiteral("CREATE TABLE number_counters (region_id TEXT NOT NULL, year INTEGER NOT NULL, next "
                       "BIGINT NOT NULL, PRIMARY KEY (region_id, year))"),
        QStringLiteral("CREATE TABLE audit_events (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at TEXT NOT "
                       "NULL, account_id TEXT, action TEXT NOT NULL, entity TEXT, entity_id TEXT, summary TEXT)"),
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // The commit-ordered counter: every write transaction locks this one row first and holds it to
        // commit (PostgresStorage::beginWrite), so seq order is commit order across server instances.
        QStringLiteral("CREATE TABLE seq_counter (id SMALLINT PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO seq_counter (id, seq) VALUES (1, 0)"),
    };
    for (const QString& sql : statements)
        db.exec(sql);
    db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('epoch', ?), ('tombstone_horizon', '0')"),
           {TokenGenerator::randomHex(16)});
}

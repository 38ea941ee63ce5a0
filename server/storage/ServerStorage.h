#pragma once

#include "auth/Account.h"
#include "mail/MailAttempt.h"
#include "protocol/SyncMessages.h"
#include "storage/AllocationRunRecord.h"
#include "storage/ExternalIdentity.h"
#include "storage/RetentionRecord.h"
#include "sync/AccessScope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <optional>

// A synced row as stored: the wire row (id, region_id, version, updated_at and every TableSchema field)
// plus the server-only columns.
struct StoredRow {
    QJsonObject row;
    QString filedBy; // account that filed the row (referrer scoping)
    qint64 seq = 0;
};

// A row of `tombstones`, keyed by (table, id, regionId): a real delete, or a scope exit (movedTo set) that tells
// the accounts which could see the row's old region, but not its new one, to drop it. For `accounts`, regionId
// and movedTo hold the JSON array of the account's region ids (its visibility is by region overlap).
struct TombstoneRecord {
    QString table;
    QString id;
    QString regionId;
    QString filedBy;
    qint64 version = 0;
    qint64 seq = 0;
    QString movedTo; // empty: a real delete
};

// One sign-in (docs/PROTOCOL.md "Sessions"): a refresh rotates its tokens but keeps its id, so the row is the
// whole chain of tokens one sign-in produced, and revoking it ends every one of them.
struct SessionRecord {
    QString id;
    QString accountId;
    QByteArray accessHash;
    QByteArray refreshHash;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt;
    bool revoked = false;
    QString device;
};

// What NotifyHub's sweep learns of one open socket's session: whether it still stands, and its account as it is
// now (absent when the account row is gone). Only id, role, regionIds and active are filled.
struct SessionStatus {
    QString sessionId;
    bool revoked = false;
    std::optional<Account> account;
};

struct ClientRecord {
    QString clientId;
    QString accountId;
    qint64 lastMutationId = 0;
};

struct AuditEvent {
    QString accountId;
    QString action;     // e.g. "push.update.applied", "auth.login"
    QString entity;     // table name or "session"
    QString entityId;   // row id; never personal data
    QString summary;    // no personal data
    QStringList fields; // names of the fields a write changed (never their values)
    qint64 version = 0; // the row version the write produced; 0 when it wrote no row
    // Whose coordinators may read the event (GET /api/v1/audit). Empty: the region of the row `entity`/`entityId`
    // names (a synced table other than accounts, or allocation_runs), looked up as the event is written; other
    // events without one are read by admins only (docs/PROTOCOL.md "Audit").
    QString regionId;
};

// One audit event of a row, as the history endpoint reads it back.
struct AuditRecord {
    QString at;
    QString accountId;
    QString action;
    QStringList fields;
    qint64 version = 0;
};

// What GET /api/v1/audit asks for; empty fields do not filter. `from` and `to` are UTC ISO-8601 with
// milliseconds (the form `at` is stored in), both inclusive.
struct AuditQuery {
    QString accountId;
    QString entity;
    QString entityId;
    QString action;
    QString from;
    QString to;
    bool allRegions = true; // false: only events whose region is one of regionIds
    QStringList regionIds;
    qint64 beforeId = 0; // 0: from the newest; else only events older than this one (the cursor)
    int limit = 100;
};

// One audit event as GET /api/v1/audit returns it.
struct AuditEntry {
    qint64 id = 0;
    QString at;
    QString accountId;
    QString action;
    QString entity;
    QString entityId;
    QString regionId;
    QString summary;
};

// A row or tombstone stamped with a given seq: what a commit of another server instance touched, so this
// instance can poke its own notify sockets (NotifyHub).
struct CommittedRow {
    QString table;
    QJsonObject row; // a tombstone: id, region_id and published (tombstones are visible region-wide)
    QString filedBy;
    qint64 seq = 0;
};

// A change as the database returned it, for the compact pull page: a row's values in the order of
// CompactPage::columnsOf (Json-typed ones as compact JSON text), or a tombstone's id and version.
struct RawChange {
    int table = 0; // index in Protocol::syncedTables()
    bool deleted = false;
    qint64 seq = 0;
    QVariantList values;
    // Or, read straight from SQLite: the whole compact change, at [encodedFrom, +encodedSize) of the page's `encoded`.
    qsizetype encodedFrom = 0;
    qsizetype encodedSize = 0;
};

struct ChangeFeedPage {
    enum class Form { Json, Raw };
    QVector<Protocol::Change> changes; // Form::Json: ordered by seq, whole seqs only
    QVector<RawChange> raw;            // Form::Raw: the same, as values or encoded
    QByteArray encoded;                // Form::Raw: the changes encoded ahead (CompactPageWriter::startUpsert)
    qint64 lastSeq = 0;                // the seq the next page starts after
    bool hasMore = false;
};

// The storage interface of the sync server (docs/ARCHITECTURE.md "The server"). Implementations: SqliteStorage
// (embedded default) and PostgresStorage (--database postgresql://...), both on SqlStorage. All methods throw
// StorageError on database failure. Writes happen between beginWrite() and commit(); beginWrite() takes
// the writer lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a row lock on the counter row held to commit), so
// the seq taken by takeSeq() is commit-ordered, even with several server instances on one database.
class ServerStorage
{
public:
    virtual ~ServerStorage() = default;

    virtual bool open(QString* error) = 0; // opens and migrates to latestSchemaVersion()
    virtual int schemaVersion() = 0;
    virtual int latestSchemaVersion() const = 0;
    virtual QString epoch() = 0;
    // A new random epoch, effective at once: every cursor made before it answers 410 (after restoring data
    // that lost commits). Other server instances on the same database must be restarted to see it.
    virtual QString rotateEpoch() = 0;
    // A consistent copy of the live database at `path`, marked so that a server opening it takes a new epoch.
    // Dialects without it (PostgreSQL: pg_dump) return false with *error.
    virtual bool backupTo(const QString& path, QString* error)
    {
        Q_UNUSED(path);
        *error = QStringLiteral("this storage has no built-in backup");
        return false;
    }
    virtual bool isEmpty() = 0; // no accounts and no synced rows

    virtual void beginWrite() = 0;
    // The next commit-ordered seq. Normally once per transaction; bulk seeding may take one per family
    // inside a transaction, which stays commit-ordered because the writer lock is held throughout.
    virtual qint64 takeSeq() = 0;
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
    virtual qint64 currentSeq() = 0;
    // One savepoint at a time inside a write transaction (a push applies each mutation under one): a step
    // that fails is rolled back alone, seqs it took included, and the transaction goes on.
    virtual void savepoint() = 0;
    virtual void releaseSavepoint() = 0;
    virtual void rollbackToSavepoint() = 0; // and releases it

    virtual std::optional<StoredRow> findRow(const QString& table, const QString& id) = 0;
    virtual std::optional<TombstoneRecord> findTombstone(const QString& table, const QString& id) = 0; // real deletes
    virtual void insertRow(const QString& table, const QJsonObject& row, const QString& filedBy, qint64 seq) = 0;
    virtual void updateRow(const QString& table, const QJsonObject& row, qint64 seq) = 0;
    virtual void deleteRow(const TombstoneRecord& tombstone) = 0; // removes the row, keeps the tombstone
    // After an update moved a row out of tombstone.regionId into tombstone.movedTo (same seq as the update).
    virtual void recordScopeExit(const TombstoneRecord& tombstone) = 0;
    // A location that stops being published leaves the referrers' view while it stays in its region: a scope exit
    // whose movedTo is its own region (SqlScopeFilter::forTombstones). Published again: that exit is withdrawn,
    // the update itself brings the row back.
    virtual void recordUnpublished(const TombstoneRecord& tombstone) = 0;
    virtual void withdrawUnpublished(const QString& table, const QString& id, const QString& regionId) = 0;
    // Published locations of one region, by id (the public info sheets).
    virtual QVector<StoredRow> publishedLocations(const QString& regionId) = 0;
    // Duplicate candidates, oldest first (at most a few): the caller keeps those the pushing account may see, so a
    // duplicate answer never names a row of another region (docs/PROTOCOL.md "References").
    virtual QVector<StoredRow> openApplications(const QString& childId, const QString& regionId) = 0;
    // Parents whose national number, normalised (NationalNumber::normalize), is `digits`.
    virtual QVector<StoredRow> parentsByNationalNumber(const QString& digits) = 0;
    // Whether any synced row or account names `regionId` (a region that has rows is never deleted).
    virtual bool regionHasRows(const QString& regionId) = 0;
    virtual qint64 takeApplicationNumber(const QString& regionId, int year) = 0;
    // The rows of `table` whose reference field `column` (a text field of TableSchema, e.g. offers'
    // free_place_id) names `id`, oldest first: the offers of a place or an application, an application's emergency
    // entries (OfferGuard, OfferEffects). Throws StorageError for a column the table does not have.
    virtual QVector<StoredRow> rowsNaming(const QString& table, const QString& column, const QString& id) = 0;
    // Offers still `sent` whose respond_by lies before `day`, oldest first (OfferExpiry).
    virtual QStringList offersDueBefore(const QDate& day) = 0;

    virtual ChangeFeedPage changesAfter(const AccessScope& scope, qint64 afterSeq, int limit,
                                        ChangeFeedPage::Form form) = 0;
    // How many changes (rows and tombstones) the scope may see after afterSeq: what pages after it will bring.
    virtual qint64 countChangesAfter(const AccessScope& scope, qint64 afterSeq) = 0;
    virtual QStringList visibleVersions(const QString& table, const AccessScope& scope) = 0; // "id:version"
    virtual int countRows(const QString& table) = 0;
    // Rows and tombstones whose seq lies in [firstSeq, lastSeq], at most `limit` of them.
    virtual QVector<CommittedRow> committedRows(qint64 firstSeq, qint64 lastSeq, int limit) = 0;
    virtual qint64 tombstoneHorizon() = 0; // cursors below this seq may have missed purged deletes
    virtual int purgeTombstones(const QDateTime& deletedBefore) = 0;

    virtual std::optional<Account> accountByUsername(const QString& username) = 0;
    virtual std::optional<Account> accountById(const QString& id) = 0;
    virtual void insertAccount(const Account& account, qint64 seq) = 0;
    virtual void updateAccount(const Account& account, qint64 seq) = 0;
    // Every account, by user name, with its sign-in state (mustChangePassword, lastSignInAt).
    virtual QVector<Account> accounts() = 0;
    // The sign-in state is not synced and takes no seq (schema version 9, table account_security).
    virtual void setMustChangePassword(const QString& accountId, bool mustChange) = 0;
    virtual void recordSignIn(const QString& accountId, const QString& at) = 0;

    virtual void insertSession(const SessionRecord& session) = 0;
    virtual std::optional<SessionRecord> sessionByAccessHash(const QByteArray& hash) = 0;
    virtual std::optional<SessionRecord> sessionByRefreshHash(const QByteArray& hash) = 0;
    virtual void updateSession(const SessionRecord& session) = 0;
    // Revokes one session; false when it was revoked already (or is gone).
    virtual bool revokeSession(const QString& sessionId) = 0;
    // Revokes every session of the account (a password change) but `exceptSessionId`; returns how many were open.
    virtual int revokeSessionsOf(const QString& accountId, const QString& exceptSessionId = QString()) = 0;
    // Remembers a refresh token that rotation replaced, so that presenting it again is seen as reuse.
    virtual void retireRefreshHash(const QString& sessionId, const QByteArray& hash) = 0;
    // The session one of whose earlier, rotated refresh tokens has this hash.
    virtual std::optional<SessionRecord> sessionByRetiredRefreshHash(const QByteArray& hash) = 0;
    virtual int purgeRetiredRefreshHashes(const QDateTime& retiredBefore) = 0;
    // The sessions among these ids that still exist, each with its account: one query, whatever the count.
    virtual QVector<SessionStatus> sessionStatuses(const QStringList& sessionIds) = 0;

    virtual std::optional<ClientRecord> client(const QString& clientId) = 0;
    virtual void saveClient(const ClientRecord& client) = 0;
    virtual std::optional<QJsonObject> recordedResult(const QString& clientId, qint64 mid) = 0;
    virtual void recordResult(const QString& clientId, qint64 mid, const QJsonObject& result) = 0;

    virtual void appendAudit(const AuditEvent& event) = 0;
    // The audit events of one row, oldest first.
    virtual QVector<AuditRecord> auditOf(const QString& entity, const QString& entityId) = 0;
    // The events the query selects, newest first, at most query.limit of them.
    virtual QVector<AuditEntry> auditEvents(const AuditQuery& query) = 0;

    // Mail delivery (MailDelivery, MailEvents). Inside a write transaction: the ids of up to `limit` queued e-mail
    // messages due at `now` (never tried, or their next attempt has come), oldest first, each with one more
    // attempt counted and leased until `leaseUntil`.
    virtual QStringList claimDueMessages(const QDateTime& now, const QDateTime& leaseUntil, int limit) = 0;
    virtual std::optional<MailAttempt> mailAttempt(const QString& messageId) = 0;
    virtual void scheduleMailRetry(const QString& messageId, const QDateTime& next, const QString& error) = 0;
    // Forgets the attempts (delivery ended, or a failed message was queued again: it starts afresh).
    virtual void clearMailAttempts(const QString& messageId) = 0;
    // Offers still `sent` whose respond_by lies in [from, to] and that had no expiry reminder yet.
    virtual QStringList offersToRemind(const QDate& from, const QDate& to) = 0;
    virtual void markOfferReminded(const QString& offerId, const QString& messageId, const QDateTime& at) = 0;

    // Joint allocation (server/allocation). Every row of a synced table in one region, in id order; the runs.
    virtual QVector<StoredRow> rowsOfRegion(const QString& table, const QString& regionId) = 0;
    virtual void insertAllocationRun(const AllocationRunRecord& run) = 0;
    virtual std::optional<AllocationRunRecord> allocationRun(const QString& id) = 0;
    // A region's runs, newest first, without their assignments and basis.
    virtual QVector<AllocationRunRecord> allocationRuns(const QString& regionId) = 0;
    // A draft becomes `status` (confirmed, discarded) at `at` by account `by`.
    virtual void decideAllocationRun(const QString& id, const QString& status, const QString& at,
                                     const QString& by) = 0;

    // Anonymisation (server/privacy, docs/PROTOCOL.md "Anonymisation"). The retention settings saved per region
    // (regions without one keep the defaults); saving one (inside a write transaction). The regions are the
    // catalogue's (RegionCatalog), whether or not the synced regions table holds their rows.
    virtual QVector<RetentionRecord> retentionSettings() = 0;
    virtual void saveRetention(const RetentionRecord& record) = 0;
    // Drops the server row from recorded push results (kept for replays) whose row is one of `ids`; returns how many.
    virtual int forgetRecordedRows(const QSet<QString>& ids) = 0;
    // Sign-in with an identity provider (server/auth/OidcSignIn): the link of a provider's subject to an account, found
    // by the subject or by the account; linking (inside a write transaction) adds one, which must be new both ways.
    virtual std::optional<ExternalIdentity> identityBySubject(const QString& providerId, const QString& subject) = 0;
    virtual std::optional<ExternalIdentity> identityOfAccount(const QString& providerId, const QString& accountId) = 0;
    virtual void linkIdentity(const ExternalIdentity& identity) = 0;
    // After a commit that took personal data out of `tables`, outside any transaction: makes the old bytes leave the
    // database files where the dialect can (SQLite: the write-ahead log checkpointed and truncated, freed space is
    // zeroed by secure_delete; PostgreSQL: VACUUM of the tables, so the dead row versions go).
    virtual void reclaimFreedSpace(const QStringList& tables) { Q_UNUSED(tables); }

    // Called after a StorageError was handled (and rolled back): a dialect with a server connection checks
    // it and reconnects when it was lost (a database restart), so the next request works again.
    virtual void recover() noexcept {}

    // Bulk seeding may trade durability for speed until set back to false.
    virtual void setBulkMode(bool on) { Q_UNUSED(on); }

    // Commits made by other server instances on the same database, as the seq range each one took.
    using ForeignCommitCallback = std::function<void(qint64 firstSeq, qint64 lastSeq)>;
    // Starts calling `callback` (on this thread's event loop) for them. SQLite has a single instance per
    // file, so it has nothing to watch; PostgreSQL LISTENs. False with *error when watching cannot start.
    virtual bool watchForeignCommits(ForeignCommitCallback callback, QString* error)
    {
        Q_UNUSED(callback);
        Q_UNUSED(error);
        return true;
    }
};

#pragma once

#include "protocol/TableSchema.h"
#include "storage/ServerStorage.h"

#include <memory>

class SqlDatabase;
class SqlChangeFeed;
class SqlAccountStore;
class SqlAuditStore;
class SqlMailStore;
class SqlAllocationStore;
class SqlSessionStore;
class SqlPrivacyStore;
class SqlIdentityStore;

// What both storage dialects share: rows, tombstones, the pull feed, accounts, sessions and clients in
// SQL both accept. The dialects (SqliteStorage, PostgresStorage) add opening and migrating, the write
// transaction with its commit-ordered seq, and their speed-ups.
class SqlStorage : public ServerStorage
{
public:
    explicit SqlStorage(std::unique_ptr<SqlDatabase> db);
    ~SqlStorage() override;

    QString epoch() override;
    QString rotateEpoch() override;
    bool isEmpty() override;
    void rollback() noexcept override;
    void savepoint() override;
    void releaseSavepoint() override;
    void rollbackToSavepoint() override;

    std::optional<StoredRow> findRow(const QString& table, const QString& id) override;
    std::optional<TombstoneRecord> findTombstone(const QString& table, const QString& id) override;
    void insertRow(const QString& table, const QJsonObject& row, const QString& filedBy, qint64 seq) override;
    void updateRow(const QString& table, const QJsonObject& row, qint64 seq) override;
    void deleteRow(const TombstoneRecord& tombstone) override;
    void recordScopeExit(const TombstoneRecord& tombstone) override;
    void recordUnpublished(const TombstoneRecord& tombstone) override;
    void withdrawUnpublished(const QString& table, const QString& id, const QString& regionId) override;
    QVector<StoredRow> publishedLocations(const QString& regionId) override;
    QVector<StoredRow> openApplications(const QString& childId, const QString& regionId) override;
    QVector<StoredRow> parentsByNationalNumber(const QString& digits) override;
    bool regionHasRows(const QString& regionId) override;
    qint64 takeApplicationNumber(const QString& regionId, int year) override;
    QVector<StoredRow> rowsNaming(const QString& table, const QString& column, const QString& id) override;
    QStringList offersDueBefore(const QDate& day) override;

    ChangeFeedPage changesAfter(const AccessScope& scope, qint64 afterSeq, int limit,
                                ChangeFeedPage::Form form) override;
    qint64 countChangesAfter(const AccessScope& scope, qint64 afterSeq) override;
    QStringList visibleVersions(const QString& table, const AccessScope& scope) override;
    int countRows(const QString& table) override;
    QVector<CommittedRow> committedRows(qint64 firstSeq, qint64 lastSeq, int limit) override;
    qint64 tombstoneHorizon() override;
    int purgeTombstones(const QDateTime& deletedBefore) override;

    std::optional<Account> accountByUsername(const QString& username) override;
    std::optional<Account> accountById(const QString& id) override;
    void insertAccount(const Account& account, qint64 seq) override;
    void updateAccount(const Account& account, qint64 seq) override;
    QVector<Account> accounts() override;
    void setMustChangePassword(const QString& accountId, bool mustChange) override;
    void recordSignIn(const QString& accountId, const QString& at) override;

    void insertSession(const SessionRecord& session) override;
    std::optional<SessionRecord> sessionByAccessHash(const QByteArray& hash) override;
    std::optional<SessionRecord> sessionByRefreshHash(const QByteArray& hash) override;
    void updateSession(const SessionRecord& session) override;
    bool revokeSession(const QString& sessionId) override;
    int revokeSessionsOf(const QString& accountId, const QString& exceptSessionId = QString()) override;
    void retireRefreshHash(const QString& sessionId, const QByteArray& hash) override;
    std::optional<SessionRecord> sessionByRetiredRefreshHash(const QByteArray& hash) override;
    int purgeRetiredRefreshHashes(const QDateTime& retiredBefore) override;
    QVector<SessionStatus> sessionStatuses(const QStringList& sessionIds) override;

    std::optional<ClientRecord> client(const QString& clientId) override;
    void saveClient(const ClientRecord& client) override;
    std::optional<QJsonObject> recordedResult(const QString& clientId, qint64 mid) override;
    void recordResult(const QString& clientId, qint64 mid, const QJsonObject& result) override;

    void appendAudit(const AuditEvent& event) override;
    QVector<AuditRecord> auditOf(const QString& entity, const QString& entityId) override;
    QVector<AuditEntry> auditEvents(const AuditQuery& query) override;

    QStringList claimDueMessages(const QDateTime& now, const QDateTime& leaseUntil, int limit) override;
    std::optional<MailAttempt> mailAttempt(const QString& messageId) override;
    void scheduleMailRetry(const QString& messageId, const QDateTime& next, const QString& error) override;
    void clearMailAttempts(const QString& messageId) override;
    QStringList offersToRemind(const QDate& from, const QDate& to) override;
    void markOfferReminded(const QString& offerId, const QString& messageId, const QDateTime& at) override;

    QVector<StoredRow> rowsOfRegion(const QString& table, const QString& regionId) override;
    void insertAllocationRun(const AllocationRunRecord& run) override;
    std::optional<AllocationRunRecord> allocationRun(const QString& id) override;
    QVector<AllocationRunRecord> allocationRuns(const QString& regionId) override;
    void decideAllocationRun(const QString& id, const QString& status, const QString& at, const QString& by) override;

    QVector<RetentionRecord> retentionSettings() override;
    void saveRetention(const RetentionRecord& record) override;
    int forgetRecordedRows(const QSet<QString>& ids) override;
    std::optional<ExternalIdentity> identityBySubject(const QString& providerId, const QString& subject) override;
    std::optional<ExternalIdentity> identityOfAccount(const QString& providerId, const QString& accountId) override;
    void linkIdentity(const ExternalIdentity& identity) override;

protected:
    SqlDatabase& db() { return *m_db; }
    // Loads the epoch after migrating (a new one when the database is a restored backup); false with *error.
    bool loadEpoch(QString* error);
    // Marks a database (a backup copy) so that the first server opening it takes a new epoch.
    static QString rotationMarkSql();
    QString metaValue(const QString& key);
    void setMetaValue(const QString& key, const QString& value);
    bool inTransaction() const { return m_inTransaction; }
    void setInTransaction(bool on) { m_inTransaction = on; }

private:
    void stepStatement(const QString& sql);
    // The rows of `table` whose ids `idSql` selects, in its order.
    QVector<StoredRow> rowsById(const QString& table, const QString& idSql, const QVariantList& binds);
    void collectRows(const Protocol::Table& table, qint64 firstSeq, qint64 lastSeq, int limit,
                     QVector<CommittedRow>& out);
    void writeTombstone(const TombstoneRecord& tombstone);
    void collectTombstones(qint64 firstSeq, qint64 lastSeq, int limit, QVector<CommittedRow>& out);

    std::unique_ptr<SqlDatabase> m_db;
    std::unique_ptr<SqlChangeFeed> m_feed;
    std::unique_ptr<SqlAccountStore> m_accounts;
    std::unique_ptr<SqlAuditStore> m_audit;
    std::unique_ptr<SqlSessionStore> m_sessions;
    std::unique_ptr<SqlMailStore> m_mail;
    std::unique_ptr<SqlAllocationStore> m_allocation;
    std::unique_ptr<SqlPrivacyStore> m_privacy;
    std::unique_ptr<SqlIdentityStore> m_identities;
    QString m_epoch;
    bool m_inTransaction = false;
};

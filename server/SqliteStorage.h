#pragma once

#include "ServerStorage.h"

#include <memory>

class SqliteDatabase;
class SqliteChangeFeed;
class SqliteAccountStore;

// The embedded storage: one SQLite file (<data>/opvangloket.sqlite), WAL, one connection on the server
// thread. beginWrite() is BEGIN IMMEDIATE and takeSeq() increments the counter row in `meta`, so seqs
// are commit-ordered.
class SqliteStorage : public ServerStorage
{
public:
    explicit SqliteStorage(const QString& filePath);
    ~SqliteStorage() override;

    bool open(QString* error) override;
    int schemaVersion() override;
    int latestSchemaVersion() const override;
    QString epoch() override;
    bool isEmpty() override;
    // Bulk seeding trades durability for speed (synchronous=OFF) until set back to false.
    void setBulkMode(bool on);

    void beginWrite() override;
    qint64 takeSeq() override;
    void commit() override;
    void rollback() noexcept override;
    qint64 currentSeq() override;

    std::optional<StoredRow> findRow(const QString& table, const QString& id) override;
    std::optional<TombstoneRecord> findTombstone(const QString& table, const QString& id) override;
    void insertRow(const QString& table, const QJsonObject& row, const QString& filedBy, qint64 seq) override;
    void updateRow(const QString& table, const QJsonObject& row, qint64 seq) override;
    void deleteRow(const TombstoneRecord& tombstone) override;
    std::optional<StoredRow> findOpenApplication(const QString& childId, const QString& regionId) override;
    qint64 takeApplicationNumber(const QString& regionId, int year) override;

    ChangeFeedPage changesAfter(const AccessScope& scope, qint64 afterSeq, int limit) override;
    QStringList visibleVersions(const QString& table, const AccessScope& scope) override;
    int countRows(const QString& table) override;
    qint64 tombstoneHorizon() override;
    int purgeTombstones(const QDateTime& deletedBefore) override;

    std::optional<Account> accountByUsername(const QString& username) override;
    std::optional<Account> accountById(const QString& id) override;
    void insertAccount(const Account& account, qint64 seq) override;
    void updateAccount(const Account& account, qint64 seq) override;

    void insertSession(const SessionRecord& session) override;
    std::optional<SessionRecord> sessionByAccessHash(const QByteArray& hash) override;
    std::optional<SessionRecord> sessionByRefreshHash(const QByteArray& hash) override;
    void updateSession(const SessionRecord& session) override;

    std::optional<ClientRecord> client(const QString& clientId) override;
    void saveClient(const ClientRecord& client) override;
    std::optional<QJsonObject> recordedResult(const QString& clientId, qint64 mid) override;
    void recordResult(const QString& clientId, qint64 mid, const QJsonObject& result) override;

    void appendAudit(const AuditEvent& event) override;

private:
    QString metaValue(const QString& key);
    void setMetaValue(const QString& key, const QString& value);

    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<SqliteChangeFeed> m_feed;
    std::unique_ptr<SqliteAccountStore> m_accounts;
    QString m_epoch;
    bool m_inTransaction = false;
};

#pragma once

#include "storage/SqlStorage.h"

#include <QUrl>

class PostgresDatabase;
class PostgresCommitListener;

// The PostgreSQL storage (--database postgresql://...), for several stateless server instances behind a
// load balancer. The commit-ordered counter is the one row of seq_counter: beginWrite() locks it
// (SELECT ... FOR UPDATE) before anything else and the lock is held to COMMIT, so write transactions of all
// instances run one after another and seq order equals commit order (a pull can never pass a seq that
// commits later). commit() NOTIFYs the seq range it took; watchForeignCommits() LISTENs for the others'.
class PostgresStorage : public SqlStorage
{
public:
    explicit PostgresStorage(const QUrl& url);
    ~PostgresStorage() override;

    bool open(QString* error) override;
    int schemaVersion() override;
    int latestSchemaVersion() const override;
    // Bulk seeding: commits do not wait for the WAL flush (synchronous_commit=off) until set back.
    void setBulkMode(bool on) override;

    void beginWrite() override;
    qint64 takeSeq() override;
    void commit() override;
    qint64 currentSeq() override;
    void reclaimFreedSpace(const QStringList& tables) override;
    void savepoint() override;
    void rollbackToSavepoint() override;
    qint64 takeApplicationNumber(const QString& regionId, int year) override;

    // Always false: PostgreSQL is backed up with pg_dump (backupAdvice()).
    bool backupTo(const QString& path, QString* error) override;
    static QString backupAdvice();

    bool watchForeignCommits(ForeignCommitCallback callback, QString* error) override;
    void recover() noexcept override;
    const QString& instanceId() const { return m_instanceId; }

private:
    PostgresDatabase& postgres();

    QUrl m_url;
    QString m_instanceId;  // tells our own NOTIFYs apart from other instances'
    qint64 m_firstSeq = 0; // seqs taken by the open transaction
    qint64 m_lastSeq = 0;
    qint64 m_savedFirstSeq = 0; // m_firstSeq/m_lastSeq at the savepoint: a rollback to it gives seqs back
    qint64 m_savedLastSeq = 0;
    std::unique_ptr<PostgresCommitListener> m_listener;
};

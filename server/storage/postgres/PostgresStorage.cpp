#include "storage/postgres/PostgresStorage.h"

#include "auth/TokenGenerator.h"
#include "service/ServerLogging.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresCommitListener.h"
#include "storage/postgres/PostgresDatabase.h"
#include "storage/postgres/PostgresMigrations.h"
#include "storage/postgres/PostgresTriggers.h"

PostgresStorage::PostgresStorage(const QUrl& url)
    : SqlStorage(std::make_unique<PostgresDatabase>(url))
    , m_url(url)
    , m_instanceId(TokenGenerator::randomHex(8))
{
}

PostgresStorage::~PostgresStorage() = default;

PostgresDatabase& PostgresStorage::postgres()
{
    return static_cast<PostgresDatabase&>(db()); // constructed with one in the constructor
}

bool PostgresStorage::open(QString* error)
{
    if (!postgres().open(error))
        return false;
    try {
        PostgresMigrations::migrate(db());
    } catch (const StorageError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return loadEpoch(error);
}

int PostgresStorage::schemaVersion()
{
    return PostgresMigrations::currentVersion(db());
}

int PostgresStorage::latestSchemaVersion() const
{
    return PostgresMigrations::latestVersion();
}

void PostgresStorage::setBulkMode(bool on)
{
    db().exec(on ? QStringLiteral("SET synchronous_commit = off") : QStringLiteral("RESET synchronous_commit"));
}

void PostgresStorage::beginWrite()
{
    if (inTransaction())
        throw StorageError(QStringLiteral("nested write transaction"));
    db().exec(QStringLiteral("BEGIN"));
    setInTransaction(true);
    m_firstSeq = 0;
    m_lastSeq = 0;
    try {
        // The writer lock: taken first, held to COMMIT. Read committed isolation: every later statement of
        // this transaction sees all that earlier writers committed.
        // The setting tells the operator-edit lock trigger that this transaction holds the lock already.
        db().run(QStringLiteral("SELECT seq, set_config('%1', '1', true) FROM seq_counter WHERE id = 1 FOR UPDATE")
                     .arg(PostgresTriggers::counterLockedSetting()))
            .finish();
    } catch (const StorageError&) {
        rollback(); // WriteTransaction's destructor does not run when its constructor throws
        throw;
    }
}

qint64 PostgresStorage::takeSeq()
{
    const qint64 seq =
        db().scalar(QStringLiteral("UPDATE seq_counter SET seq = seq + 1 WHERE id = 1 RETURNING seq")).toLongLong();
    if (seq <= 0)
        throw StorageError(QStringLiteral("the seq counter row is missing"));
    if (m_firstSeq == 0)
        m_firstSeq = seq;
    m_lastSeq = seq;
    return seq;
}

void PostgresStorage::commit()
{
    // NOTIFY inside the transaction: PostgreSQL delivers it at commit, in commit order, and not at all if
    // the commit fails.
    if (m_lastSeq > 0)
        db().run(QStringLiteral("SELECT pg_notify(?, ?)"),
                 {PostgresCommitListener::channel(),
                  PostgresCommitListener::payload(m_instanceId, m_firstSeq, m_lastSeq)})
            .finish();
    db().exec(QStringLiteral("COMMIT"));
    setInTransaction(false);
}

void PostgresStorage::savepoint()
{
    SqlStorage::savepoint();
    m_savedFirstSeq = m_firstSeq;
    m_savedLastSeq = m_lastSeq;
}

void PostgresStorage::rollbackToSavepoint()
{
    SqlStorage::rollbackToSavepoint();
    // The counter's UPDATE was rolled back with the step: the next takeSeq() hands out the same values
    // again, and the commit NOTIFY must not announce seqs nobody committed.
    m_firstSeq = m_savedFirstSeq;
    m_lastSeq = m_savedLastSeq;
}

qint64 PostgresStorage::currentSeq()
{
    // Not blocked by a writer's row lock: reads see the last committed value.
    return db().scalar(QStringLiteral("SELECT seq FROM seq_counter WHERE id = 1")).toLongLong();
}

qint64 PostgresStorage::takeApplicationNumber(const QString& regionId, int year)
{
    // One round trip instead of three; concurrent callers are already serialised by the writer lock.
    return db()
        .scalar(QStringLiteral("INSERT INTO number_counters (region_id, year, next) VALUES (?, ?, 2) "
                               "ON CONFLICT (region_id, year) DO UPDATE SET next = number_counters.next + 1 "
                               "RETURNING next - 1"),
                {regionId, year})
        .toLongLong();
}

void PostgresStorage::recover() noexcept
{
    try {
        db().exec(QStringLiteral("SELECT 1"));
        return; // the connection is fine: the failure was the statement's own
    } catch (const StorageError&) {
        qCWarning(lcServerStorage) << "PostgreSQL connection lost; reconnecting";
    }
    QString error;
    if (!postgres().reopen(&error))
        qCWarning(lcServerStorage) << "reconnecting failed:" << error;
}

QString PostgresStorage::backupAdvice()
{
    return QStringLiteral("PostgreSQL databases are backed up with pg_dump (e.g. pg_dump -Fc -f FILE DATABASE), "
                          "which takes a consistent snapshot while the servers run. After restoring one with "
                          "pg_restore, run `opvangloket-server epoch rotate --database URL` before starting the "
                          "servers, so that clients resync and replay what the restore lost.");
}

bool PostgresStorage::backupTo(const QString& path, QString* error)
{
    Q_UNUSED(path);
    *error = backupAdvice();
    return false;
}

bool PostgresStorage::watchForeignCommits(ForeignCommitCallback callback, QString* error)
{
    m_listener = std::make_unique<PostgresCommitListener>(m_url, m_instanceId, std::move(callback));
    if (m_listener->start(error))
        return true;
    m_listener.reset();
    return false;
}

void PostgresStorage::reclaimFreedSpace(const QStringList& tables)
{
    // VACUUM removes the dead row versions an update left (it cannot run inside a transaction). The bytes of the
    // server's own write-ahead log and of freed space in data files stay until PostgreSQL reuses them.
    for (const QString& table : tables)
        db().exec(QStringLiteral("VACUUM %1").arg(table));
}

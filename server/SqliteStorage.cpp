#include "SqliteStorage.h"

#include "ServerLogging.h"
#include "SqliteAccountStore.h"
#include "SqliteChangeFeed.h"
#include "SqliteDatabase.h"
#include "SqliteMigrations.h"
#include "SqliteRowCodec.h"
#include "StorageError.h"

namespace {

const Protocol::Table& tableOrThrow(const QString& name)
{
    const Protocol::Table* table = Protocol::findTable(name);
    if (!table)
        throw StorageError(QStringLiteral("unknown table %1").arg(name));
    return *table;
}

} // namespace

SqliteStorage::SqliteStorage(const QString& filePath)
    : m_db(std::make_unique<SqliteDatabase>(filePath))
{
    m_feed = std::make_unique<SqliteChangeFeed>(*m_db);
    m_accounts = std::make_unique<SqliteAccountStore>(*m_db);
}

SqliteStorage::~SqliteStorage() = default;

bool SqliteStorage::open(QString* error)
{
    if (!m_db->open(error))
        return false;
    try {
        SqliteMigrations::migrate(*m_db);
        m_epoch = metaValue(QStringLiteral("epoch"));
    } catch (const StorageError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

int SqliteStorage::schemaVersion()
{
    return m_db->scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

int SqliteStorage::latestSchemaVersion() const
{
    return SqliteMigrations::latestVersion();
}

QString SqliteStorage::epoch()
{
    return m_epoch;
}

bool SqliteStorage::isEmpty()
{
    if (m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toLongLong() > 0)
        return false;
    return m_db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'seq'")).toLongLong() == 0;
}

void SqliteStorage::setBulkMode(bool on)
{
    m_db->setSynchronous(on ? QStringLiteral("OFF") : QStringLiteral("FULL"));
    m_db->exec(on ? QStringLiteral("PRAGMA cache_size=-262144") : QStringLiteral("PRAGMA cache_size=-32768"));
}

void SqliteStorage::beginWrite()
{
    if (m_inTransaction)
        throw StorageError(QStringLiteral("nested write transaction"));
    m_db->exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_inTransaction = true;
}

qint64 SqliteStorage::takeSeq()
{
    m_db->run(QStringLiteral("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'seq'"));
    return metaValue(QStringLiteral("seq")).toLongLong();
}

void SqliteStorage::commit()
{
    m_db->exec(QStringLiteral("COMMIT"));
    m_inTransaction = false;
}

void SqliteStorage::rollback() noexcept
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    try {
        m_db->exec(QStringLiteral("ROLLBACK"));
    } catch (const StorageError& e) {
        qCWarning(lcServerStorage) << "rollback failed:" << e.what();
    }
}

qint64 SqliteStorage::currentSeq()
{
    return metaValue(QStringLiteral("seq")).toLongLong();
}

std::optional<StoredRow> SqliteStorage::findRow(const QString& tableName, const QString& id)
{
    const Protocol::Table& table = tableOrThrow(tableName);
    QSqlQuery& q = m_db->run(QStringLiteral("SELECT %1, filed_by, seq FROM %2 WHERE id = ?")
                                 .arg(SqliteRowCodec::columnList(table), table.name),
                             {id});
    std::optional<StoredRow> stored;
    if (q.next()) {
        const int extra = SqliteRowCodec::columnCount(table);
        stored =
            StoredRow{SqliteRowCodec::readRow(table, q), q.value(extra).toString(), q.value(extra + 1).toLongLong()};
    }
    q.finish();
    return stored;
}

std::optional<TombstoneRecord> SqliteStorage::findTombstone(const QString& table, const QString& id)
{
    QSqlQuery& q = m_db->run(QStringLiteral("SELECT region_id, filed_by, version, seq FROM tombstones "
                                            "WHERE table_name = ? AND id = ?"),
                             {table, id});
    std::optional<TombstoneRecord> record;
    if (q.next())
        record = TombstoneRecord{
            table, id, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    q.finish();
    return record;
}

void SqliteStorage::insertRow(const QString& tableName, const QJsonObject& row, const QString& filedBy, qint64 seq)
{
    const Protocol::Table& table = tableOrThrow(tableName);
    if (table.name == QLatin1String("accounts"))
        throw StorageError(QStringLiteral("accounts are written through insertAccount"));
    m_db->run(SqliteRowCodec::insertSql(table), SqliteRowCodec::insertValues(table, row, filedBy, seq));
}

void SqliteStorage::updateRow(const QString& tableName, const QJsonObject& row, qint64 seq)
{
    const Protocol::Table& table = tableOrThrow(tableName);
    if (table.name == QLatin1String("accounts"))
        throw StorageError(QStringLiteral("accounts are written through updateAccount"));
    m_db->run(SqliteRowCodec::updateSql(table), SqliteRowCodec::updateValues(table, row, seq));
}

void SqliteStorage::deleteRow(const TombstoneRecord& t)
{
    const Protocol::Table& table = tableOrThrow(t.table);
    m_db->run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name), {t.id});
    m_db->run(QStringLiteral("INSERT OR REPLACE INTO tombstones (table_name, id, region_id, filed_by, version, seq, "
                             "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {t.table, t.id, t.regionId, t.filedBy.isEmpty() ? QVariant() : QVariant(t.filedBy), t.version, t.seq,
               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

std::optional<StoredRow> SqliteStorage::findOpenApplication(const QString& childId, const QString& regionId)
{
    const QVariant id = m_db->scalar(QStringLiteral("SELECT id FROM applications WHERE child_id = ? AND region_id = ? "
                                                    "AND status NOT IN ('placed', 'cancelled', 'expired') "
                                                    "ORDER BY seq LIMIT 1"),
                                     {childId, regionId});
    if (id.isNull())
        return std::nullopt;
    return findRow(QStringLiteral("applications"), id.toString());
}

qint64 SqliteStorage::takeApplicationNumber(const QString& regionId, int year)
{
    m_db->run(QStringLiteral("INSERT INTO number_counters (region_id, year, next) VALUES (?, ?, 1) "
                             "ON CONFLICT(region_id, year) DO NOTHING"),
              {regionId, year});
    const qint64 number =
        m_db->scalar(QStringLiteral("SELECT next FROM number_counters WHERE region_id = ? AND year = ?"),
                     {regionId, year})
            .toLongLong();
    m_db->run(QStringLiteral("UPDATE number_counters SET next = next + 1 WHERE region_id = ? AND year = ?"),
              {regionId, year});
    return number;
}

ChangeFeedPage SqliteStorage::changesAfter(const AccessScope& scope, qint64 afterSeq, int limit)
{
    return m_feed->page(scope, afterSeq, limit);
}

QStringList SqliteStorage::visibleVersions(const QString& table, const AccessScope& scope)
{
    return m_feed->visibleVersions(tableOrThrow(table).name, scope);
}

int SqliteStorage::countRows(const QString& table)
{
    return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(tableOrThrow(table).name)).toInt();
}

qint64 SqliteStorage::tombstoneHorizon()
{
    return metaValue(QStringLiteral("tombstone_horizon")).toLongLong();
}

int SqliteStorage::purgeTombstones(const QDateTime& deletedBefore)
{
    const QString cutoff = deletedBefore.toUTC().toString(Qt::ISODateWithMs);
    beginWrite();
    try {
        const qint64 maxSeq =
            m_db->scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM tombstones WHERE deleted_at < ?"), {cutoff})
                .toLongLong();
        QSqlQuery& q = m_db->run(QStringLiteral("DELETE FROM tombstones WHERE deleted_at < ?"), {cutoff});
        const int removed = q.numRowsAffected();
        if (maxSeq > tombstoneHorizon())
            setMetaValue(QStringLiteral("tombstone_horizon"), QString::number(maxSeq));
        if (removed > 0)
            appendAudit({QString(), QStringLiteral("tombstones.purge"), QStringLiteral("tombstones"), QString(),
                         QStringLiteral("%1 purged").arg(removed)});
        commit();
        return removed;
    } catch (const StorageError&) {
        rollback();
        throw;
    }
}

std::optional<Account> SqliteStorage::accountByUsername(const QString& username)
{
    return m_accounts->accountBy(QStringLiteral("username"), username);
}

std::optional<Account> SqliteStorage::accountById(const QString& id)
{
    return m_accounts->accountBy(QStringLiteral("id"), id);
}

void SqliteStorage::insertAccount(const Account& account, qint64 seq)
{
    m_accounts->insertAccount(account, seq);
}

void SqliteStorage::updateAccount(const Account& account, qint64 seq)
{
    m_accounts->updateAccount(account, seq);
}

void SqliteStorage::insertSession(const SessionRecord& session)
{
    m_accounts->insertSession(session);
}

std::optional<SessionRecord> SqliteStorage::sessionByAccessHash(const QByteArray& hash)
{
    return m_accounts->sessionBy(QStringLiteral("access_hash"), hash);
}

std::optional<SessionRecord> SqliteStorage::sessionByRefreshHash(const QByteArray& hash)
{
    return m_accounts->sessionBy(QStringLiteral("refresh_hash"), hash);
}

void SqliteStorage::updateSession(const SessionRecord& session)
{
    m_accounts->updateSession(session);
}

std::optional<ClientRecord> SqliteStorage::client(const QString& clientId)
{
    return m_accounts->client(clientId);
}

void SqliteStorage::saveClient(const ClientRecord& client)
{
    m_accounts->saveClient(client);
}

std::optional<QJsonObject> SqliteStorage::recordedResult(const QString& clientId, qint64 mid)
{
    return m_accounts->recordedResult(clientId, mid);
}

void SqliteStorage::recordResult(const QString& clientId, qint64 mid, const QJsonObject& result)
{
    m_accounts->recordResult(clientId, mid, result);
}

void SqliteStorage::appendAudit(const AuditEvent& event)
{
    m_accounts->appendAudit(event);
}

QString SqliteStorage::metaValue(const QString& key)
{
    return m_db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

void SqliteStorage::setMetaValue(const QString& key, const QString& value)
{
    m_db->run(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"), {value, key});
}

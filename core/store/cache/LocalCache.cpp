#include "store/cache/LocalCache.h"

#include "io/PrivateFiles.h"
#include "store/cache/CacheCheck.h"
#include "store/cache/CacheSchema.h"
#include "store/cache/SqliteProcessSettings.h"
#include "store/cache/StoreLog.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInt s_connectionCounter;
}

LocalCache::LocalCache()
    : m_connectionName(QStringLiteral("opvangloket-cache-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

LocalCache::~LocalCache()
{
    close();
}

LocalCache::OpenStatus LocalCache::open(const QString& path, Check check)
{
    close();
    m_path = path;
    m_error.clear();
    m_checked = false;
    PrivateFiles::makeFolder(QFileInfo(path).absolutePath());
    // Created by us first, as 0600, so it is never readable by others, not even for a moment (SQLite gives
    // the -wal and -shm files the same mode).
    if (!PrivateFiles::makeFile(path, &m_error))
        return OpenStatus::Failed;
    if (CacheCheck::isMarkedDamaged(path))
        check = Check::Now;
    const OpenStatus status = openConnection(check);
    if (status == OpenStatus::Ok && m_checked)
        CacheCheck::clearMark(path); // checked and sound (a fresh file after a repair, too)
    if (status != OpenStatus::Ok)
        close();
    return status;
}

LocalCache::OpenStatus LocalCache::openConnection(Check check)
{
    SqliteProcessSettings::applyBeforeFirstConnection();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            m_error = db.lastError().text();
            return OpenStatus::Failed;
        }
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (check == Check::Now && !quickCheck())
        return OpenStatus::Corrupt;
    const int found = schemaVersion();
    if (found > CacheSchema::currentVersion()) {
        m_error = QStringLiteral("this cache was written by a newer version of Opvangloket (schema %1, this client "
                                 "knows up to %2); update Opvangloket")
                      .arg(found)
                      .arg(CacheSchema::currentVersion());
        return OpenStatus::TooNew;
    }
    QSqlDatabase db = database();
    if (!applyPragmas(db, &m_error) || !CacheSchema::migrate(db, &m_error)) {
        if (m_error.isEmpty())
            m_error = db.lastError().text();
        qCWarning(lcStore) << "cache cannot be opened:" << m_error; // SQL errors name tables, never values
        // Unchecked so far: damage is a likely reason, and a damaged file has its own way out.
        if (check == Check::Deferred && !quickCheck())
            return OpenStatus::Corrupt;
        return OpenStatus::Failed;
    }
    return OpenStatus::Ok;
}

bool LocalCache::applyPragmas(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    // synchronous=FULL: the outbox holds counter work that exists nowhere else. mmap_size: pages are read
    // straight from the mapped file; the first filter that touches the list's 19 MB of rows in a new process
    // then costs 15 ms instead of 70–85 ms of one read() per page. secure_delete: what a row held before it was
    // overwritten or deleted is zeroed, not left in the file (docs/PROTOCOL.md "Anonymisation").
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA secure_delete=ON", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=OFF",
          "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32000", "PRAGMA mmap_size=268435456"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlDatabase LocalCache::openBeside(const QString& path, const QString& connectionName, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return db;
    }
    if (!applyPragmas(db, error))
        db.close();
    return db;
}

bool LocalCache::quickCheck()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        m_error = QStringLiteral("the cache file is damaged: %1").arg(q.lastError().text());
        return false;
    }
    if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
        m_error = QStringLiteral("the cache file is damaged (integrity check failed)");
        return false;
    }
    m_checked = true;
    return true;
}

void LocalCache::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool LocalCache::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase LocalCache::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int LocalCache::schemaVersion() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString LocalCache::state(const QString& key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool LocalCache::setState(const QString& key, const QString& value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot write sync state" << key << q.lastError().text()
                           << q.lastError().nativeErrorCode();
        return false;
    }
    return true;
}

bool LocalCache::forgetState(const QStringList& keys, QString* error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    for (const QString& key : keys) {
        q.bindValue(0, key);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QString LocalCache::moveAside(const QString& path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = path + QStringLiteral(".damaged-") + stamp;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    qCWarning(lcStore) << "damaged cache moved aside";
    return target;
}

bool LocalCache::insertRaw(const QString& table, const QStringList& columns, const QVector<QVariantList>& rows,
                           QString* error) const
{
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariantList& row : rows) {
        for (int i = 0; i < row.size(); ++i)
            q.bindValue(i, row.at(i));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

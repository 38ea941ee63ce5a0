#include "storage/sqlite/SqliteStorage.h"

#include "io/PrivateFiles.h"
#include "service/ServerLogging.h"
#include "storage/StorageError.h"
#include "storage/sqlite/SqliteDatabase.h"
#include "storage/sqlite/SqliteMigrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

SqliteStorage::SqliteStorage(const QString& filePath)
    : SqlStorage(std::make_unique<SqliteDatabase>(filePath))
{
}

SqliteDatabase& SqliteStorage::sqlite()
{
    return static_cast<SqliteDatabase&>(db()); // constructed with one in the constructor
}

bool SqliteStorage::open(QString* error)
{
    if (!sqlite().open(error))
        return false;
    try {
        SqliteMigrations::migrate(sqlite());
    } catch (const StorageError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return loadEpoch(error);
}

int SqliteStorage::schemaVersion()
{
    return db().scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

int SqliteStorage::latestSchemaVersion() const
{
    return SqliteMigrations::latestVersion();
}

void SqliteStorage::setBulkMode(bool on)
{
    sqlite().setSynchronous(on ? QStringLiteral("OFF") : QStringLiteral("FULL"));
    db().exec(on ? QStringLiteral("PRAGMA cache_size=-262144") : QStringLiteral("PRAGMA cache_size=-32768"));
}

bool SqliteStorage::backupTo(const QString& path, QString* error)
{
    const QFileInfo target(path);
    if (target.exists()) {
        *error = QStringLiteral("%1 exists already; give a new file name").arg(path);
        return false;
    }
    if (!target.absoluteDir().exists()) {
        *error = QStringLiteral("the folder of %1 does not exist").arg(path);
        return false;
    }
    // Written under another name first: a half-written backup never carries the final name.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    // A backup holds the same personal data: created 0600 by us (VACUUM INTO fills an empty file).
    if (!PrivateFiles::makeFile(partial, error))
        return false;
    try {
        db().run(QStringLiteral("VACUUM INTO ?"), {partial}).finish();
    } catch (const StorageError& e) {
        *error = QString::fromStdString(e.what());
        QFile::remove(partial);
        return false;
    }
    if (!markAsBackup(partial, error)) {
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(partial, path);
        QFile::remove(partial);
        return false;
    }
    return true;
}

bool SqliteStorage::markAsBackup(const QString& path, QString* error)
{
    SqliteDatabase copy(path);
    if (!copy.open(error))
        return false;
    try {
        copy.exec(rotationMarkSql());
        copy.exec(QStringLiteral("PRAGMA journal_mode=DELETE")); // one file: no -wal beside it to forget
    } catch (const StorageError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

void SqliteStorage::beginWrite()
{
    if (inTransaction())
        throw StorageError(QStringLiteral("nested write transaction"));
    db().exec(QStringLiteral("BEGIN IMMEDIATE"));
    setInTransaction(true);
}

qint64 SqliteStorage::takeSeq()
{
    db().run(QStringLiteral("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'seq'"));
    return metaValue(QStringLiteral("seq")).toLongLong();
}

void SqliteStorage::commit()
{
    db().exec(QStringLiteral("COMMIT"));
    setInTransaction(false);
}

qint64 SqliteStorage::currentSeq()
{
    return metaValue(QStringLiteral("seq")).toLongLong();
}

void SqliteStorage::reclaimFreedSpace(const QStringList& tables)
{
    Q_UNUSED(tables); // secure_delete zeroed the old values in the pages; the log still holds the old page images
    QSqlQuery& q = db().run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const bool busy = q.next() && q.value(0).toInt() != 0;
    q.finish();
    if (busy)
        qCWarning(lcServerStorage) << "the write-ahead log could not be truncated: a reader was busy";
}

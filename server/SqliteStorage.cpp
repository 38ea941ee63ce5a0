#include "SqliteStorage.h"

#include "SqliteDatabase.h"
#include "SqliteMigrations.h"
#include "StorageError.h"

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

#include "storage/sqlite/SqliteDatabase.h"

#include "io/PrivateFiles.h"
#include "storage/StorageError.h"

#include <QSqlError>

SqliteDatabase::SqliteDatabase(const QString& path)
    : SqlDatabase(SqlDialect::Kind::Sqlite, QStringLiteral("QSQLITE"))
    , m_path(path)
{
}

bool SqliteDatabase::open(QString* error)
{
    // The database holds personal data: 0600 from the first byte, and its -wal and -shm get the same mode.
    QString fileError;
    if (!PrivateFiles::makeFile(m_path, &fileError)) {
        *error = QStringLiteral("cannot create %1: %2").arg(m_path, fileError);
        return false;
    }
    PrivateFiles::restrict(m_path + QStringLiteral("-wal"));
    PrivateFiles::restrict(m_path + QStringLiteral("-shm"));
    connection().setDatabaseName(m_path);
    connection().setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection().open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_path, connection().lastError().text());
        return false;
    }
    try {
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        // Deleted and overwritten content is zeroed, not left in free pages (docs/PROTOCOL.md "Anonymisation").
        exec(QStringLiteral("PRAGMA secure_delete=ON"));
        exec(QStringLiteral("PRAGMA synchronous=FULL"));
        exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        exec(QStringLiteral("PRAGMA busy_timeout=5000"));
        exec(QStringLiteral("PRAGMA cache_size=-32768"));
        // A push runs each mutation under a savepoint, whose journal of the pages it changed would otherwise go to
        // a temporary file past 64 KiB: a write system call per page, most of a push's time outside SQL.
        exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    } catch (const StorageError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

void SqliteDatabase::setSynchronous(const QString& mode)
{
    exec(QStringLiteral("PRAGMA synchronous=") + mode);
}

#include "storage/StorageFactory.h"

#include "io/PrivateFiles.h"
#include "storage/postgres/PostgresDatabase.h"
#include "storage/postgres/PostgresStorage.h"
#include "storage/sqlite/SqliteStorage.h"

#include <QDir>
#include <QUrl>

QString StorageFactory::sqlitePath(const ServerOptions& options)
{
    const QString url = options.databaseUrl;
    if (url.startsWith(QLatin1String("sqlite://")))
        return QUrl(url).path();
    if (url.startsWith(QLatin1String("sqlite:")))
        return url.mid(7);
    return QDir(options.dataDir).filePath(QStringLiteral("opvangloket.sqlite"));
}

std::unique_ptr<ServerStorage> StorageFactory::openPostgres(const QUrl& url, QString* error, Failure* failure)
{
    if (!PostgresDatabase::isValidUrl(url, error)) {
        *failure = Failure::Unsupported;
        return nullptr;
    }
    auto storage = std::make_unique<PostgresStorage>(url);
    if (!storage->open(error)) {
        *failure = Failure::OpenFailed;
        return nullptr;
    }
    return storage;
}

std::unique_ptr<ServerStorage> StorageFactory::open(const ServerOptions& options, QString* error, Failure* failure)
{
    Failure dummy;
    Failure& reason = failure ? *failure : dummy;
    reason = Failure::None;
    const QString url = options.databaseUrl;
    if (url.startsWith(QLatin1String("postgres")))
        return openPostgres(QUrl(url), error, &reason);
    if (!url.isEmpty() && !url.startsWith(QLatin1String("sqlite:"))) {
        *error = QStringLiteral(
            "unknown database URL scheme; use sqlite:PATH or postgresql://user:password@host:port/database");
        reason = Failure::Unsupported;
        return nullptr;
    }
    const QString path = sqlitePath(options);
    if (path.isEmpty() || !PrivateFiles::makeFolder(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create the data directory for %1").arg(path);
        reason = Failure::OpenFailed;
        return nullptr;
    }
    auto storage = std::make_unique<SqliteStorage>(path);
    if (!storage->open(error)) {
        reason = Failure::OpenFailed;
        return nullptr;
    }
    return storage;
}

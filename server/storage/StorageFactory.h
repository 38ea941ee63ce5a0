#pragma once

#include "service/ServerOptions.h"

#include <QUrl>
#include <memory>

class ServerStorage;

// Opens the storage named by --database (empty or sqlite: = <data>/opvangloket.sqlite;
// postgresql://user:password@host:port/database = PostgresStorage) and migrates it.
class StorageFactory
{
public:
    enum class Failure { None, Unsupported, OpenFailed };

    static std::unique_ptr<ServerStorage> open(const ServerOptions& options, QString* error,
                                               Failure* failure = nullptr);
    static QString sqlitePath(const ServerOptions& options);

private:
    static std::unique_ptr<ServerStorage> openPostgres(const QUrl& url, QString* error, Failure* failure);
};

#pragma once

#include "storage/SqlDatabase.h"

#include <QUrl>

// A PostgreSQL connection through QtSql's QPSQL driver, opened from a postgresql://user:pw@host:port/db URL.
// Query items of the URL (e.g. ?sslmode=require&connect_timeout=5) are passed to libpq as they are.
class PostgresDatabase : public SqlDatabase
{
public:
    explicit PostgresDatabase(const QUrl& url);

    bool open(QString* error);
    // Closes and opens the connection again (after it was lost); prepared statements are forgotten.
    bool reopen(QString* error);
    // The driver, for LISTEN (QSqlDriver::subscribeToNotification).
    QSqlDriver* driver() { return connection().driver(); }

    // Checks a postgres:// or postgresql:// URL; false with *error saying what is wrong.
    static bool isValidUrl(const QUrl& url, QString* error);
    // The URL without its password, for messages.
    static QString redacted(const QUrl& url);

private:
    QUrl m_url;
};

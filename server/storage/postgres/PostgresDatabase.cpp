#include "storage/postgres/PostgresDatabase.h"

#include "storage/StorageError.h"

#include <QSqlError>
#include <QUrlQuery>

PostgresDatabase::PostgresDatabase(const QUrl& url)
    : SqlDatabase(SqlDialect::Kind::Postgres, QStringLiteral("QPSQL"))
    , m_url(url)
{
}

bool PostgresDatabase::isValidUrl(const QUrl& url, QString* error)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *error = QStringLiteral("a PostgreSQL URL looks like postgresql://user:password@host:port/database");
        return false;
    }
    if (url.path().size() < 2) {
        *error = QStringLiteral("the PostgreSQL URL names no database (postgresql://user:password@host:port/database)");
        return false;
    }
    return true;
}

QString PostgresDatabase::redacted(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemovePassword);
}

bool PostgresDatabase::reopen(QString* error)
{
    clearCache();
    connection().close();
    return open(error);
}

bool PostgresDatabase::open(QString* error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("the QtSql PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed");
        return false;
    }
    QSqlDatabase& db = connection();
    db.setHostName(m_url.host().isEmpty() ? QStringLiteral("localhost") : m_url.host());
    db.setPort(m_url.port(5432));
    db.setDatabaseName(m_url.path().mid(1));
    db.setUserName(m_url.userName());
    db.setPassword(m_url.password());
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=opvangloket-server")};
    for (const auto& [key, value] : QUrlQuery(m_url).queryItems(QUrl::FullyDecoded))
        options.append(key + QLatin1Char('=') + value);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = QStringLiteral("cannot connect to %1: %2").arg(redacted(m_url), db.lastError().text().trimmed());
        return false;
    }
    try {
        // Timestamps are stored as ISO text like in SQLite; UTC keeps any server-side now() comparable.
        exec(QStringLiteral("SET TIME ZONE 'UTC'"));
        exec(QStringLiteral("SET client_min_messages = warning")); // no NOTICEs from IF NOT EXISTS
    } catch (const StorageError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

#pragma once

#include "storage/SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

struct sqlite3;

// One QtSql connection with a cache of prepared statements, shared by both storage dialects; the
// subclasses SqliteDatabase and PostgresDatabase only open it. run() and exec() throw StorageError with the
// SQL error text on failure. A connection belongs to the thread that opened it.
class SqlDatabase
{
public:
    SqlDatabase(SqlDialect::Kind dialect, const QString& driver);
    virtual ~SqlDatabase();
    SqlDatabase(const SqlDatabase&) = delete;
    SqlDatabase& operator=(const SqlDatabase&) = delete;

    const SqlDialect& dialect() const { return m_dialect; }
    // Prepares once per SQL text, binds positionally and executes.
    QSqlQuery& run(const QString& sql, const QVariantList& binds = {});
    void exec(const QString& sql);
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    // The SQLite connection's own handle where the driver uses the system SQLite (OPVANGLOKET_SHARED_SQLITE), for
    // rows read without QtSql's per-value conversions (SqliteNativeQuery); null for PostgreSQL and elsewhere.
    sqlite3* sqliteHandle() const;
    // Forgets the prepared statements (after schema changes, whose plans they may hold).
    void clearCache();

protected:
    QSqlDatabase& connection() { return m_db; }
    const QString& connectionName() const { return m_connectionName; }

private:
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};

#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// One SQLite connection (WAL, busy timeout, foreign keys off) with a cache of prepared statements.
// run() and exec() throw StorageError with the SQL error text on failure.
class SqliteDatabase
{
public:
    explicit SqliteDatabase(const QString& path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    bool open(QString* error);
    const QString& path() const { return m_path; }
    // Prepares once per SQL text, binds positionally and executes.
    QSqlQuery& run(const QString& sql, const QVariantList& binds = {});
    void exec(const QString& sql);
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    void setSynchronous(const QString& mode);
    void clearCache();

private:
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};

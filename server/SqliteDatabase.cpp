#include "SqliteDatabase.h"

#include "ServerLogging.h"
#include "StorageError.h"

#include <QAtomicInt>
#include <QSqlError>

namespace {
QAtomicInt g_connectionCounter;
}

SqliteDatabase::SqliteDatabase(const QString& path)
    : m_path(path)
    , m_connectionName(QStringLiteral("opvangloket-server-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

SqliteDatabase::~SqliteDatabase()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SqliteDatabase::open(QString* error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    try {
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA synchronous=FULL"));
        exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        exec(QStringLiteral("PRAGMA busy_timeout=5000"));
        exec(QStringLiteral("PRAGMA cache_size=-32768"));
    } catch (const StorageError& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

QSqlQuery& SqliteDatabase::run(const QString& sql, const QVariantList& binds)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw StorageError(QStringLiteral("prepare failed: %1 [%2]").arg(query.lastError().text(), sql));
        it = m_statements.insert(sql, query);
    }
    QSqlQuery& query = it.value();
    query.finish();
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec())
        throw StorageError(QStringLiteral("query failed: %1 [%2]").arg(query.lastError().text(), sql));
    return query;
}

void SqliteDatabase::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw StorageError(QStringLiteral("statement failed: %1 [%2]").arg(query.lastError().text(), sql));
}

QVariant SqliteDatabase::scalar(const QString& sql, const QVariantList& binds)
{
    QSqlQuery& query = run(sql, binds);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

void SqliteDatabase::setSynchronous(const QString& mode)
{
    exec(QStringLiteral("PRAGMA synchronous=") + mode);
}

void SqliteDatabase::clearCache()
{
    m_statements.clear();
}

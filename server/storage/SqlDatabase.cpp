#include "storage/SqlDatabase.h"

#include "storage/StorageError.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>

namespace {
QAtomicInt g_connectionCounter;
}

SqlDatabase::SqlDatabase(SqlDialect::Kind dialect, const QString& driver)
    : m_dialect(dialect)
    , m_connectionName(QStringLiteral("opvangloket-server-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
}

sqlite3* SqlDatabase::sqliteHandle() const
{
#ifdef OPVANGLOKET_SHARED_SQLITE
    if (m_dialect.isPostgres() || !m_db.isOpen())
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
#endif
    return nullptr;
}

SqlDatabase::~SqlDatabase()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery& SqlDatabase::run(const QString& sql, const QVariantList& binds)
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

void SqlDatabase::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw StorageError(QStringLiteral("statement failed: %1 [%2]").arg(query.lastError().text(), sql));
}

QVariant SqlDatabase::scalar(const QString& sql, const QVariantList& binds)
{
    QSqlQuery& query = run(sql, binds);
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

void SqlDatabase::clearCache()
{
    m_statements.clear();
}

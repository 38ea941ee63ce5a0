#include "store/write/ParkedRows.h"

#include "store/cache/LocalCache.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString keyOf(const QString& table, const QString& id)
{
    return table + QLatin1Char('/') + id;
}

bool run(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

ParkedRows::ParkedRows(const LocalCache& cache)
    : m_cache(cache)
{
}

bool ParkedRows::park(const Protocol::Change& change, QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO pending_server_rows(table_name, row_id, deleted, version, row) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(change.table);
    q.addBindValue(change.id);
    q.addBindValue(change.deleted ? 1 : 0);
    q.addBindValue(change.version);
    q.addBindValue(QString::fromUtf8(QJsonDocument(change.row).toJson(QJsonDocument::Compact)));
    return run(q, error);
}

bool ParkedRows::drop(const QString& table, const QString& id, QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("DELETE FROM pending_server_rows WHERE table_name = ? AND row_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    return run(q, error);
}

bool ParkedRows::keys(QSet<QString>* keys, QString* error) const
{
    keys->clear();
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT table_name, row_id FROM pending_server_rows"));
    if (!run(q, error))
        return false;
    while (q.next())
        keys->insert(keyOf(q.value(0).toString(), q.value(1).toString()));
    return true;
}

bool ParkedRows::ready(const QSet<QString>& stillPending, QVector<Protocol::Change>* rows, QString* error) const
{
    rows->clear();
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT table_name, row_id, deleted, version, row FROM pending_server_rows"));
    if (!run(q, error))
        return false;
    while (q.next()) {
        Protocol::Change c;
        c.table = q.value(0).toString();
        c.id = q.value(1).toString();
        if (stillPending.contains(keyOf(c.table, c.id)))
            continue;
        c.deleted = q.value(2).toBool();
        c.version = q.value(3).toLongLong();
        c.row = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        rows->append(c);
    }
    return true;
}

bool ParkedRows::clear(QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("DELETE FROM pending_server_rows"));
    return run(q, error);
}

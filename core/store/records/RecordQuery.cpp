#include "store/records/RecordQuery.h"

#include "protocol/TableSchema.h"
#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

RecordQuery::RecordQuery(const LocalCache& cache)
    : m_cache(cache)
{
}

QJsonObject RecordQuery::row(const QString& table, const QString& id) const
{
    const QVector<QJsonObject> rows = select(table, QStringLiteral("id"), id, QString());
    return rows.isEmpty() ? QJsonObject() : rows.first();
}

QVector<QJsonObject> RecordQuery::rowsWhere(const QString& table, const QString& column, const QString& value,
                                            const QString& orderBy) const
{
    const Protocol::Table* t = Protocol::findTable(table);
    if (!t || (!t->field(column) && column != QLatin1String("id") && column != QLatin1String("region_id")))
        return {};
    return select(table, column, value, orderBy);
}

QVector<QJsonObject> RecordQuery::allRows(const QString& table) const
{
    return select(table, QString(), QString(), QStringLiteral("id"));
}

QVector<QJsonObject> RecordQuery::select(const QString& table, const QString& where, const QString& value,
                                         const QString& orderBy) const
{
    QVector<QJsonObject> rows;
    const Protocol::Table* t = Protocol::findTable(table);
    if (!t)
        return rows;
    if (!orderBy.isEmpty() && !t->field(orderBy) && orderBy != QLatin1String("id"))
        return rows;
    QString sql = QStringLiteral("SELECT * FROM %1").arg(table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE \"%1\" = ?").arg(where);
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY \"%1\"").arg(orderBy);
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!where.isEmpty())
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcStore) << "record query failed:" << q.lastError().text();
        return rows;
    }
    const QSqlRecord rec = q.record();
    while (q.next()) {
        QJsonObject json;
        for (const Protocol::Field& f : Protocol::commonFields())
            json.insert(f.name, Protocol::fromSqlValue(f.type, q.value(rec.indexOf(f.name))));
        for (const Protocol::Field& f : t->fields)
            json.insert(f.name, Protocol::fromSqlValue(f.type, q.value(rec.indexOf(f.name))));
        rows.append(json);
    }
    return rows;
}

QStringList RecordQuery::versionLines(const QString& table) const
{
    QStringList lines;
    if (!Protocol::findTable(table))
        return lines;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, version FROM %1 ORDER BY id").arg(table)))
        return lines;
    while (q.next())
        lines.append(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    return lines;
}

QMap<QString, int> RecordQuery::rowCounts() const
{
    QMap<QString, int> counts;
    QSqlQuery q(m_cache.database());
    for (const QString& table : Protocol::syncedTableNames()) {
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
            counts.insert(table, q.value(0).toInt());
    }
    return counts;
}

int RecordQuery::pendingChanges() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL")) && q.next() ? q.value(0).toInt()
                                                                                                    : 0;
}

QVector<QJsonObject> RecordQuery::pendingFor(const QString& table, const QString& id) const
{
    QVector<QJsonObject> entries;
    const Protocol::Table* t = Protocol::findTable(table);
    if (!t)
        return entries;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT op, created_at, payload FROM outbox WHERE table_name = ? AND row_id = ? "
                             "AND acked_at IS NULL ORDER BY mid"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStore) << "outbox query failed:" << q.lastError().text();
        return entries;
    }
    while (q.next()) {
        const QString op = q.value(0).toString();
        const QJsonObject payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QJsonArray fields;
        if (op != QLatin1String("delete")) {
            for (const Protocol::Field& f : t->fields) {
                if (payload.contains(f.name) && !payload.value(f.name).isNull())
                    fields.append(f.name);
            }
        }
        entries.append({{QStringLiteral("op"), op},
                        {QStringLiteral("created_at"), q.value(1).toString()},
                        {QStringLiteral("fields"), fields}});
    }
    return entries;
}

int RecordQuery::acknowledgedKept() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NOT NULL")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

int RecordQuery::conflictCount() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM conflicts")) && q.next() ? q.value(0).toInt() : 0;
}

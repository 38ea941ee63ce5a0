#include "store/records/RecordQuery.h"

#include "protocol/TableSchema.h"
#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/conflicts/ConflictStore.h"
#include "store/outbox/Outbox.h"

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
    return Outbox(m_cache).pendingCount();
}

QVector<QJsonObject> RecordQuery::pendingFor(const QString& table, const QString& id) const
{
    QVector<QJsonObject> entries;
    const Protocol::Table* t = Protocol::findTable(table);
    if (!t)
        return entries;
    QString error;
    const QVector<OutboxEntry> pending = Outbox(m_cache).pendingFor(table, id, &error);
    if (!error.isEmpty())
        qCWarning(lcStore) << "outbox query failed:" << error;
    for (const OutboxEntry& e : pending) {
        QJsonArray fields;
        if (e.op != QLatin1String("delete")) {
            for (const Protocol::Field& f : t->fields) {
                if (e.payload.contains(f.name) && !e.payload.value(f.name).isNull())
                    fields.append(f.name);
            }
        }
        entries.append({{QStringLiteral("op"), e.op},
                        {QStringLiteral("created_at"), e.createdAt},
                        {QStringLiteral("fields"), fields}});
    }
    return entries;
}

int RecordQuery::acknowledgedKept() const
{
    return Outbox(m_cache).acknowledgedCount();
}

int RecordQuery::conflictCount() const
{
    return ConflictStore(m_cache).count();
}

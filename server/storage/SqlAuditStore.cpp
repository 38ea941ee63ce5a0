#include "storage/SqlAuditStore.h"

#include "protocol/TableSchema.h"
#include "storage/SqlDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

SqlAuditStore::SqlAuditStore(SqlDatabase& db)
    : m_db(db)
{
}

bool SqlAuditStore::hasRegionRows(const QString& entity)
{
    if (entity == QLatin1String("allocation_runs"))
        return true;
    if (entity == QLatin1String("accounts"))
        return false; // an account's region_id is only its first region; AccountAdmin says which region, if any
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        if (table.name == entity)
            return true;
    }
    return false;
}

void SqlAuditStore::appendAudit(const AuditEvent& e)
{
    const QVariant fields =
        e.fields.isEmpty() ? QVariant()
                           : QVariant(QString::fromUtf8(
                                 QJsonDocument(QJsonArray::fromStringList(e.fields)).toJson(QJsonDocument::Compact)));
    const QVariant version = e.version > 0 ? QVariant(e.version) : QVariant();
    const QVariantList values{isoNow(), e.accountId, e.action, e.entity, e.entityId, e.summary, fields, version};
    const QString insert = QStringLiteral("INSERT INTO audit_events (at, account_id, action, entity, entity_id, "
                                          "summary, fields, version, region_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, %1)");
    if (!e.regionId.isEmpty() || e.entityId.isEmpty() || !hasRegionRows(e.entity)) {
        m_db.run(insert.arg(QLatin1Char('?')), values + QVariantList{orNull(e.regionId)});
        return;
    }
    // The row's region as the write left it; a deleted row's from its tombstone (written before the delete).
    const QString lookup = QStringLiteral("COALESCE((SELECT region_id FROM %1 WHERE id = ?), (SELECT MIN(region_id) "
                                          "FROM tombstones WHERE table_name = ? AND id = ? AND moved_to_region_id IS "
                                          "NULL))")
                               .arg(e.entity);
    m_db.run(insert.arg(lookup), values + QVariantList{e.entityId, e.entity, e.entityId});
}

QVector<AuditRecord> SqlAuditStore::auditOf(const QString& entity, const QString& entityId)
{
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT at, account_id, action, fields, version FROM audit_events "
                                           "WHERE entity = ? AND entity_id = ? ORDER BY id"),
                            {entity, entityId});
    QVector<AuditRecord> events;
    while (q.next()) {
        AuditRecord r;
        r.at = q.value(0).toString();
        r.accountId = q.value(1).toString();
        r.action = q.value(2).toString();
        for (const QJsonValue& f : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
            r.fields.append(f.toString());
        r.version = q.value(4).toLongLong();
        events.append(r);
    }
    q.finish();
    return events;
}

QVector<AuditEntry> SqlAuditStore::auditEvents(const AuditQuery& query)
{
    QStringList where;
    QVariantList binds;
    const auto equals = [&where, &binds](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        where.append(QLatin1String(column) + QLatin1String(" = ?"));
        binds.append(value);
    };
    equals("account_id", query.accountId);
    equals("entity", query.entity);
    equals("entity_id", query.entityId);
    equals("action", query.action);
    if (!query.from.isEmpty()) {
        where.append(QStringLiteral("at >= ?"));
        binds.append(query.from);
    }
    if (!query.to.isEmpty()) {
        where.append(QStringLiteral("at <= ?"));
        binds.append(query.to);
    }
    if (query.beforeId > 0) {
        where.append(QStringLiteral("id < ?"));
        binds.append(query.beforeId);
    }
    if (!query.allRegions) {
        if (query.regionIds.isEmpty())
            return {};
        QStringList marks;
        for (const QString& region : query.regionIds) {
            marks.append(QStringLiteral("?"));
            binds.append(region);
        }
        where.append(QStringLiteral("region_id IN (%1)").arg(marks.join(QLatin1String(", "))));
    }
    binds.append(query.limit);
    const QString sql =
        QStringLiteral("SELECT id, at, account_id, action, entity, entity_id, region_id, summary "
                       "FROM audit_events %1 ORDER BY id DESC LIMIT ?")
            .arg(where.isEmpty() ? QString() : QLatin1String("WHERE ") + where.join(QLatin1String(" AND ")));
    QSqlQuery& q = m_db.run(sql, binds);
    QVector<AuditEntry> events;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.accountId = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.regionId = q.value(6).toString();
        e.summary = q.value(7).toString();
        events.append(e);
    }
    q.finish();
    return events;
}

void SqlAuditStore::addRegionColumn(SqlDatabase& db)
{
    db.exec(QStringLiteral("ALTER TABLE audit_events ADD COLUMN region_id TEXT"));
    QStringList tables{QStringLiteral("allocation_runs")};
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        if (table.name != QLatin1String("accounts"))
            tables.append(table.name);
    }
    // Earlier events of rows that exist take the row's region now; the rest stay for admins only.
    for (const QString& table : tables) {
        db.run(QStringLiteral("UPDATE audit_events SET region_id = (SELECT t.region_id FROM %1 t WHERE t.id = "
                              "audit_events.entity_id) WHERE entity = ? AND region_id IS NULL")
                   .arg(table),
               {table});
    }
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS audit_events_region ON audit_events (region_id, id)"));
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS audit_events_account ON audit_events (account_id, id)"));
}

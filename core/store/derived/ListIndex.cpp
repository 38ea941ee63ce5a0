#include "store/derived/ListIndex.h"

#include "store/lists/ListFilter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool run(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

// A malformed JSON value must not make a write fail: json_valid() guards every extraction.
QString priorityValue(const QString& flag)
{
    if (flag == QLatin1String("sibling"))
        return QStringLiteral("CASE WHEN json_valid(a.priority) THEN "
                              "coalesce(json_array_length(a.priority, '$.sibling_location_ids'), 0) > 0 ELSE 0 END");
    return QStringLiteral("CASE WHEN json_valid(a.priority) THEN coalesce(json_extract(a.priority, '$.%1') = 1, 0) "
                          "ELSE 0 END")
        .arg(flag);
}

QString rowsSql(const QString& where)
{
    QStringList columns{QStringLiteral("rid"),
                        QStringLiteral("id"),
                        QStringLiteral("number"),
                        QStringLiteral("child"),
                        QStringLiteral("parent"),
                        QStringLiteral("status"),
                        QStringLiteral("municipality"),
                        QStringLiteral("desired_start"),
                        QStringLiteral("submitted_at"),
                        QStringLiteral("channel"),
                        QStringLiteral("assigned_account_id"),
                        QStringLiteral("region_id"),
                        QStringLiteral("child_id"),
                        QStringLiteral("updated_at"),
                        QStringLiteral("child_birth_date")};
    QStringList values{QStringLiteral("a.rowid"),
                       QStringLiteral("a.id"),
                       QStringLiteral("a.number"),
                       QStringLiteral("trim(coalesce(c.first_name,'') || ' ' || coalesce(c.last_name,''))"),
                       QStringLiteral("trim(coalesce(p.last_name,'') || ', ' || coalesce(p.first_name,''), ', ')"),
                       QStringLiteral("a.status"),
                       QStringLiteral("p.municipality"),
                       QStringLiteral("a.desired_start"),
                       QStringLiteral("a.submitted_at"),
                       QStringLiteral("a.channel"),
                       QStringLiteral("a.assigned_account_id"),
                       QStringLiteral("a.region_id"),
                       QStringLiteral("a.child_id"),
                       QStringLiteral("a.updated_at"),
                       QStringLiteral("c.birth_date")};
    for (const QString& flag : ListFilter::priorityFlags()) {
        columns.append(ListIndex::priorityColumn(flag));
        values.append(priorityValue(flag));
    }
    return QStringLiteral("INSERT OR REPLACE INTO list_applications(%1) SELECT %2 FROM applications a "
                          "LEFT JOIN children c ON c.id = a.child_id LEFT JOIN parents p ON p.id = a.parent_id %3")
        .arg(columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')), where);
}

QString preferencesSql(const QString& where)
{
    // Only text values are location ids; whatever else a damaged value holds is not a preference.
    return QStringLiteral("INSERT OR IGNORE INTO list_preferences(location_id, rid) SELECT j.value, a.rowid "
                          "FROM applications a, json_each(CASE WHEN json_valid(a.preferences) THEN a.preferences "
                          "ELSE '[]' END) j WHERE j.type = 'text' %1")
        .arg(where);
}

} // namespace

bool ListIndex::refresh(QSqlDatabase& db, const QString& rowidsSql, QString* error)
{
    QSqlQuery q(db);
    // A touched rowid whose application is gone loses its rows here; the others get theirs rebuilt.
    return run(q, QStringLiteral("DELETE FROM list_applications WHERE rid IN (%1)").arg(rowidsSql), error) &&
           run(q, QStringLiteral("DELETE FROM list_preferences WHERE rid IN (%1)").arg(rowidsSql), error) &&
           run(q, rowsSql(QStringLiteral("WHERE a.rowid IN (%1)").arg(rowidsSql)), error) &&
           run(q, preferencesSql(QStringLiteral("AND a.rowid IN (%1)").arg(rowidsSql)), error);
}

bool ListIndex::remove(QSqlDatabase& db, const QString& applicationId, QString* error)
{
    QSqlQuery q(db);
    for (const QString& table : tables()) {
        q.prepare(
            QStringLiteral("DELETE FROM %1 WHERE rid = (SELECT rowid FROM applications WHERE id = ?)").arg(table));
        q.addBindValue(applicationId);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool ListIndex::rebuildAll(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    return run(q, QStringLiteral("DELETE FROM list_applications"), error) &&
           run(q, QStringLiteral("DELETE FROM list_preferences"), error) && run(q, rowsSql(QString()), error) &&
           run(q, preferencesSql(QString()), error);
}

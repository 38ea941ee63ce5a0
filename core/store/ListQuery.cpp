#include "ListQuery.h"

#include "LocalCache.h"
#include "SearchIndex.h"
#include "StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

ListQuery::ListQuery(const LocalCache& cache)
    : m_cache(cache)
{
}

ListQuery::~ListQuery() = default;

void ListQuery::setFilter(const ListFilter& filter)
{
    m_filter = filter;
}

void ListQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = qBound(0, column, int(columnKeys().size()) - 1);
    m_sortOrder = order;
}

QString ListQuery::whereClause(QVariantList* binds) const
{
    QStringList conditions;
    if (!m_filter.status.isEmpty()) {
        conditions.append(statusCondition());
        binds->append(m_filter.status);
    }
    if (!m_filter.municipality.isEmpty()) {
        conditions.append(municipalityCondition());
        binds->append(m_filter.municipality);
    }
    const QString match = SearchIndex::matchExpression(m_filter.search);
    if (!match.isEmpty()) {
        conditions.append(
            QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(rowidExpression(), ftsTable()));
        binds->append(match);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

int ListQuery::count() const
{
    QVariantList binds;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT count(*) ") + fromClause() + whereClause(&binds));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "list count failed:" << m_lastError;
        return 0;
    }
    return q.value(0).toInt();
}

QVector<QVariantList> ListQuery::fetch(int offset, int limit) const
{
    const QStringList select = selectExpressions();
    QVariantList binds;
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sortExpr = select.value(m_sortColumn + 1);
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 %2 %3 ORDER BY %4 COLLATE NOCASE %5, %6 %5 LIMIT ? OFFSET ?")
            .arg(select.join(QLatin1Char(',')), fromClause(), whereClause(&binds), sortExpr, direction, tieBreaker()));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QVector<QVariantList> rows;
    m_lastError.clear();
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "list fetch failed:" << m_lastError;
        return rows;
    }
    const int width = select.size();
    while (q.next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row.append(q.value(i));
        rows.append(row);
    }
    return rows;
}

QStringList ListQuery::municipalities() const
{
    QSqlQuery q(m_cache.database());
    QStringList names;
    if (!q.exec(QStringLiteral("SELECT DISTINCT municipality FROM parents WHERE municipality IS NOT NULL "
                               "AND municipality <> '' ORDER BY municipality")))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

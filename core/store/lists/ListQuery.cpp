#include "store/lists/ListQuery.h"

#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/derived/SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>

ListQuery::ListQuery(const LocalCache& cache)
    : m_cache(cache)
{
}

ListQuery::~ListQuery() = default;

namespace {
// Walking the sort index pays off when enough rows match to fill a page soon; below this many matches,
// reading them by the filter's own index and sorting them is cheaper (and a filter that matches nothing
// would otherwise walk the whole table).
constexpr int kWalkOrderMinimum = 2000;
} // namespace

void ListQuery::setFilter(const ListFilter& filter)
{
    m_filter = filter;
    m_lastCount = -1;
}

bool ListQuery::sortHasIndex(int column) const
{
    Q_UNUSED(column)
    return false;
}

void ListQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = qBound(0, column, int(columnKeys().size()) - 1);
    m_sortOrder = order;
}

QString ListQuery::whereClause(const ListFilter& filter, bool walkOrder, QVariantList* binds) const
{
    QStringList conditions;
    addConditions(filter, walkOrder, &conditions, binds);
    // A list without a search index matches the free text in addConditions() itself.
    const QString match = ftsTable().isEmpty() ? QString() : SearchIndex::matchExpression(filter.search);
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
    q.prepare(QStringLiteral("SELECT count(*) ") + countFromClause(m_filter) + whereClause(m_filter, false, &binds));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "list count failed:" << m_lastError;
        return 0;
    }
    m_lastCount = q.value(0).toInt();
    return m_lastCount;
}

QVector<QVariantList> ListQuery::fetch(int offset, int limit) const
{
    const QStringList select = selectExpressions();
    QVariantList binds;
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QStringList order;
    for (const QString& term : sortExpressions(m_sortColumn))
        order.append(term + QLatin1Char(' ') + direction);
    order.append(tieBreaker() + QLatin1Char(' ') + direction);
    const bool walkOrder = sortHasIndex(m_sortColumn) && m_lastCount >= kWalkOrderMinimum;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 %2 %3 ORDER BY %4 LIMIT ? OFFSET ?")
                  .arg(select.join(QLatin1Char(',')), fromClause(), whereClause(m_filter, walkOrder, &binds),
                       order.join(QLatin1Char(','))));
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

QVector<QPair<QString, int>> ListQuery::groupTotals(const ListFilter& filter, const QString& groupExpression,
                                                    const QString& sumExpression) const
{
    QVariantList binds;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT %1, sum(%2) %3 %4 GROUP BY 1 ORDER BY 1 COLLATE NOCASE")
                  .arg(groupExpression, sumExpression, fromClause(), whereClause(filter, false, &binds)));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QVector<QPair<QString, int>> totals;
    if (!q.exec()) {
        qCWarning(lcStore) << "list totals failed:" << q.lastError().text();
        return totals;
    }
    while (q.next())
        totals.append({q.value(0).toString(), q.value(1).toInt()});
    return totals;
}

QString ListQuery::countFromClause(const ListFilter& filter) const
{
    Q_UNUSED(filter)
    return fromClause();
}

QStringList ListQuery::sortExpressions(int column) const
{
    return {selectExpressions().value(column + 1) + QStringLiteral(" COLLATE NOCASE")};
}

QString ListQuery::openEmergencyCondition(const QString& column, const QString& value)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM emergency_entries e WHERE e.%1 = %2 AND e.status = 'open')")
        .arg(column, value);
}

QStringList ListQuery::distinctValues(const QString& sql) const
{
    QSqlQuery q(m_cache.database());
    QStringList values;
    if (!q.exec(sql)) {
        qCWarning(lcStore) << "list filter values failed:" << q.lastError().text();
        return values;
    }
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

QStringList ListQuery::municipalities() const
{
    return distinctValues(QStringLiteral("SELECT DISTINCT municipality FROM parents WHERE municipality IS NOT NULL "
                                         "AND municipality <> '' ORDER BY municipality"));
}

QStringList ListQuery::languages() const
{
    return distinctValues(QStringLiteral("SELECT DISTINCT language FROM parents WHERE language IS NOT NULL "
                                         "AND language <> '' ORDER BY language"));
}

QVector<QPair<QString, QString>> ListQuery::locations() const
{
    QSqlQuery q(m_cache.database());
    QVector<QPair<QString, QString>> result;
    if (!q.exec(QStringLiteral("SELECT id, name FROM locations ORDER BY name COLLATE NOCASE, id"))) {
        qCWarning(lcStore) << "list locations failed:" << q.lastError().text();
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

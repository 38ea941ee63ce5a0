#pragma once

#include "ListFilter.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <QVector>

class LocalCache;

// A sorted, filtered list over the cache that is read a page at a time, so a view can show 100,000
// rows without loading them. Sorting and filtering happen in SQL. Every fetched row starts with the
// record's id, then one value per column key.
class ListQuery
{
public:
    explicit ListQuery(const LocalCache& cache);
    virtual ~ListQuery();

    virtual QStringList columnKeys() const = 0;
    void setFilter(const ListFilter& filter);
    ListFilter filter() const { return m_filter; }
    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int count() const;
    QVector<QVariantList> fetch(int offset, int limit) const;
    // Values to offer in the municipality filter, from what the cache holds.
    QStringList municipalities() const;
    QString lastError() const { return m_lastError; }

protected:
    virtual QString fromClause() const = 0;
    virtual QStringList selectExpressions() const = 0; // id first, then one per column key
    virtual QString ftsTable() const = 0;
    virtual QString rowidExpression() const = 0;
    // SQL conditions with one "?" for the value.
    virtual QString statusCondition() const = 0;
    virtual QString municipalityCondition() const = 0;
    virtual QString tieBreaker() const = 0;

private:
    QString whereClause(QVariantList* binds) const;

    const LocalCache& m_cache;
    ListFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QString m_lastError;
};

#pragma once

#include "store/lists/ListFilter.h"

#include <QPair>
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
    // The signed-in account, for "assigned to me".
    void setAccountId(const QString& id) { m_accountId = id; }
    // Values to offer in the filters, from what the cache holds.
    // The parents' municipalities; a list of places offers the locations' instead.
    virtual QStringList municipalities() const;
    QStringList languages() const;
    // Locations as (id, name), by name.
    QVector<QPair<QString, QString>> locations() const;
    QString lastError() const { return m_lastError; }

protected:
    virtual QString fromClause() const = 0;
    // FROM for counting: only the joins the filter needs (default: all of fromClause()). Joining 100,000
    // rows only to count them costs more than the first page itself.
    virtual QString countFromClause(const ListFilter& filter) const;
    virtual QStringList selectExpressions() const = 0; // id first, then one per column key
    // Empty: the list has no search index and matches filter.search in addConditions().
    virtual QString ftsTable() const = 0;
    virtual QString rowidExpression() const = 0;
    // Appends one SQL condition per filter member the list knows, with its bound values. walkOrder: the page
    // query should walk the sort column's index and test each row, so broad conditions must not offer an
    // index of their own (written as "+column = ?"); otherwise SQLite would fetch and join every matching
    // row only to sort them and keep 200.
    virtual void addConditions(const ListFilter& filter, bool walkOrder, QStringList* conditions,
                               QVariantList* binds) const = 0;
    // Whether the current sort column has an index that gives rows in list order.
    virtual bool sortHasIndex(int column) const;
    virtual QString tieBreaker() const = 0;
    // What ORDER BY uses for a column (default: its select expression, case-insensitive). A list may name
    // a plain column instead so an index gives the first page without sorting every row.
    // Several terms sort on each in turn, all in the chosen direction.
    virtual QStringList sortExpressions(int column) const;
    QString accountId() const { return m_accountId; }
    const LocalCache& cache() const { return m_cache; }
    // sum(sumExpression) per groupExpression over the rows the filter matches, ordered by the group.
    QVector<QPair<QString, int>> groupTotals(const ListFilter& filter, const QString& groupExpression,
                                             const QString& sumExpression) const;
    // An application `a` that has an open entry on the emergency list.
    static QString openEmergencyCondition(const QString& column, const QString& value);

protected:
    QStringList distinctValues(const QString& sql) const;

private:
    QString whereClause(const ListFilter& filter, bool walkOrder, QVariantList* binds) const;

    const LocalCache& m_cache;
    ListFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_accountId;
    mutable QString m_lastError;
    mutable int m_lastCount = -1; // of the current filter; -1 not counted yet
};

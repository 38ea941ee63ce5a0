#pragma once

#include "store/lists/ListQuery.h"

// Applications with their child, parent and the parent's municipality, from the list's own rows (ListIndex).
class ApplicationListQuery : public ListQuery
{
public:
    using ListQuery::ListQuery;
    // number, child, parent, status, municipality, desired_start, submitted_at, channel
    QStringList columnKeys() const override;

protected:
    QString fromClause() const override;
    QStringList selectExpressions() const override;
    QString ftsTable() const override { return QStringLiteral("fts_applications"); }
    QString rowidExpression() const override { return QStringLiteral("a.rid"); }
    void addConditions(const ListFilter& filter, bool walkOrder, QStringList* conditions,
                       QVariantList* binds) const override;
    bool sortHasIndex(int column) const override;
    QString tieBreaker() const override { return QStringLiteral("a.id"); }
    QStringList sortExpressions(int column) const override;

private:
    static void addDateConditions(const ListFilter& filter, QStringList* conditions, QVariantList* binds);
    // The child's age band today (AgeBand), from its birth date.
    static void addAgeCondition(const ListFilter& filter, QStringList* conditions, QVariantList* binds);
};

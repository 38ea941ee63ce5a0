#pragma once

#include "store/lists/ListQuery.h"

// Parents with their contact data and how many applications they have. The status filter keeps parents
// with at least one application in that state.
class ParentListQuery : public ListQuery
{
public:
    using ListQuery::ListQuery;
    // name, phone, email, postcode, municipality, language, applications
    QStringList columnKeys() const override;

protected:
    QString fromClause() const override { return QStringLiteral("FROM parents p"); }
    QStringList selectExpressions() const override;
    QString ftsTable() const override { return QStringLiteral("fts_parents"); }
    QString rowidExpression() const override { return QStringLiteral("p.rowid"); }
    void addConditions(const ListFilter& filter, bool walkOrder, QStringList* conditions,
                       QVariantList* binds) const override;
    QString tieBreaker() const override { return QStringLiteral("p.id"); }
    QStringList sortExpressions(int column) const override;
};

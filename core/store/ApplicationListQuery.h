#pragma once

#include "ListQuery.h"

// Applications with their child, parent and the parent's municipality.
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
    QString rowidExpression() const override { return QStringLiteral("a.rowid"); }
    QString statusCondition() const override { return QStringLiteral("a.status = ?"); }
    QString municipalityCondition() const override { return QStringLiteral("p.municipality = ?"); }
    QString tieBreaker() const override { return QStringLiteral("a.id"); }
};

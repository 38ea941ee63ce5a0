#pragma once

#include "store/lists/ListQuery.h"

// Messages to parents, newest first by default, with the parent's name and the application's number. The
// status filter takes a message status (queued, sent, failed); the search finds the parent.
class MessageListQuery : public ListQuery
{
public:
    using ListQuery::ListQuery;
    // when, parent, application, subject, template, language, status, error
    QStringList columnKeys() const override;

protected:
    QString fromClause() const override;
    QStringList selectExpressions() const override;
    QString ftsTable() const override { return QStringLiteral("fts_parents"); }
    QString rowidExpression() const override { return QStringLiteral("p.rowid"); }
    void addConditions(const ListFilter& filter, bool walkOrder, QStringList* conditions,
                       QVariantList* binds) const override;
    QString tieBreaker() const override { return QStringLiteral("m.id"); }
};

#pragma once

#include "store/lists/ListQuery.h"

#include <QDate>

// The emergency list (noodlijst): open entries, most urgent first and then by follow-up day, with the family,
// the application and whether an offer is out. "Overdue" and "due today" are judged against today() — a
// test sets the day, the client's clock does otherwise.
class EmergencyListQuery : public ListQuery
{
public:
    using ListQuery::ListQuery;
    // urgency, follow_up, parent, child, application, state, municipality, reason, offer
    QStringList columnKeys() const override;
    // Open entries whose follow-up day is before today (overdue) or today.
    struct DueCounts {
        int overdue = 0;
        int today = 0;
    };
    DueCounts dueCounts() const;
    void setToday(const QDate& day) { m_today = day; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

protected:
    QString fromClause() const override;
    QStringList selectExpressions() const override;
    QString ftsTable() const override { return QStringLiteral("fts_parents"); }
    QString rowidExpression() const override { return QStringLiteral("p.rowid"); }
    void addConditions(const ListFilter& filter, bool walkOrder, QStringList* conditions,
                       QVariantList* binds) const override;
    QString tieBreaker() const override { return QStringLiteral("e.id"); }
    QStringList sortExpressions(int column) const override;

private:
    QDate m_today;
};

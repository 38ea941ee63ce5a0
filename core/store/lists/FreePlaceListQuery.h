#pragma once

#include "store/lists/ListQuery.h"

#include <QDate>

// Free places that organisers reported, per location: from when, for which ages and days, how many and in what
// state, how many offers are out on them and when the place was last confirmed. A place still open that nobody
// confirmed for four weeks is "to confirm" (kToConfirmDays): the organiser may have filled it meanwhile. Its
// status column then reads "open|confirm".
class FreePlaceListQuery : public ListQuery
{
public:
    static constexpr int kToConfirmDays = 28;

    using ListQuery::ListQuery;
    // location, municipality, kind, available_from, ages, days, count, status, offers, updated, updated_by
    QStringList columnKeys() const override;
    // The open places (their count) per municipality, for the filter as it is now; by municipality.
    QVector<QPair<QString, int>> openPlacesPerMunicipality() const;
    QStringList municipalities() const override;
    void setToday(const QDate& day) { m_today = day; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

protected:
    QString fromClause() const override;
    QStringList selectExpressions() const override;
    QString ftsTable() const override { return QString(); }
    QString rowidExpression() const override { return QString(); }
    void addConditions(const ListFilter& filter, bool walkOrder, QStringList* conditions,
                       QVariantList* binds) const override;
    QString tieBreaker() const override { return QStringLiteral("f.id"); }
    QStringList sortExpressions(int column) const override;

private:
    QDate m_today;
};

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// What a coordinator narrowed the dashboard down to: the regions (one, or every region the account sees), one
// municipality or all, and a period of filing (both days included, UTC dates of submitted_at).
struct DashboardFilter {
    QStringList regionIds;
    QString municipality; // empty: all
    QDate from;
    QDate to;

    bool operator==(const DashboardFilter& o) const
    {
        return regionIds == o.regionIds && municipality == o.municipality && from == o.from && to == o.to;
    }
    bool operator!=(const DashboardFilter& o) const { return !(*this == o); }
};

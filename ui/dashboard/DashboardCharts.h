#pragma once

#include "dashboard/ChartData.h"
#include "report/DashboardFigures.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

// Turns the dashboard's figures into the charts a coordinator reads, in the window's language: names of months,
// states, channels and priority grounds, what a click on each bar opens, and the line under each title.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    // How many charts make() returns: the view makes a card for each.
    static int count();
    static QVector<ChartData> make(const DashboardFigures::All& all, const DashboardFilter& filter);

    static ChartData perMonth(const DashboardFigures::All& all, const DashboardFilter& filter);
    static ChartData funnel(const DashboardFigures::All& all, const DashboardFilter& filter);
    static ChartData waits(const DashboardFigures::All& all);
    static ChartData demand(const DashboardFigures::All& all);
    static ChartData demandByAge(const DashboardFigures::All& all, const DashboardFilter& filter);
    static ChartData emergencyOverTime(const DashboardFigures::All& all, const DashboardFilter& filter);
    static ChartData priority(const DashboardFigures::All& all, const DashboardFilter& filter);
    static ChartData channels(const DashboardFigures::All& all, const DashboardFilter& filter);

private:
    static QString monthLabel(const QDate& month, const DashboardFilter& filter, bool first);
    // Waiting children beside open seats, one bar pair per key (a municipality, an age band).
    static ChartData waitingAndSeats(const QVector<DashboardFigures::Count>& counts,
                                     const std::function<QString(const QString&)>& label,
                                     const std::function<ListFilter(const QString&)>& drill);
};

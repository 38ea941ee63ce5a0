#include "dashboard/DashboardCharts.h"

#include "common/DisplayFormat.h"

#include <QLocale>

namespace {

// The applications list narrowed to the dashboard's filter; a chart adds what its bar stands for.
ListFilter listFilter(const DashboardFilter& filter)
{
    ListFilter f;
    f.municipality = filter.municipality;
    f.submittedFrom = filter.from;
    f.submittedTo = filter.to;
    return f;
}

int percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? int((part * 100 + whole / 2) / whole) : 0;
}

} // namespace

int DashboardCharts::count()
{
    return 8;
}

QVector<ChartData> DashboardCharts::make(const DashboardFigures::All& all, const DashboardFilter& filter)
{
    return {perMonth(all, filter),
            funnel(all, filter),
            waits(all),
            demand(all),
            emergencyOverTime(all, filter),
            demandByAge(all, filter),
            priority(all, filter),
            channels(all, filter)};
}

QString DashboardCharts::monthLabel(const QDate& month, const DashboardFilter& filter, bool first)
{
    // The year only where it changes: twelve labels of "jan 26" do not fit under twelve bars.
    const bool withYear = filter.from.year() != filter.to.year() && (month.month() == 1 || first);
    return QLocale().toString(month, withYear ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
}

ChartData DashboardCharts::perMonth(const DashboardFigures::All& all, const DashboardFilter& filter)
{
    ChartData chart;
    chart.id = QStringLiteral("per-month");
    chart.title = tr("Applications filed and children placed per month");
    chart.note = tr("Placed: counted in the month the family accepted the place.");
    ChartData::Series filed{tr("Applications filed"), {}, true, QString()};
    ChartData::Series placed{tr("Children placed"), {}, true, QString()};
    for (const DashboardFigures::Month& m : all.months) {
        chart.categories.append(monthLabel(m.month, filter, &m == &all.months.first()));
        filed.values.append(m.filed);
        placed.values.append(m.placed);
        ListFilter f = listFilter(filter);
        f.submittedFrom = qMax(filter.from, m.month);
        f.submittedTo = qMin(filter.to, m.month.addMonths(1).addDays(-1));
        chart.drill.append(f);
    }
    chart.series = {filed, placed};
    return chart;
}

ChartData DashboardCharts::funnel(const DashboardFigures::All& all, const DashboardFilter& filter)
{
    ChartData chart;
    chart.id = QStringLiteral("funnel");
    chart.title = tr("From application to place");
    chart.note = tr("Applications filed in the period: how far they got, and how many stopped (cancelled or expired) "
                    "at each step.");
    ChartData::Series reached{tr("Got this far"), {}, true, QString()};
    ChartData::Series left{tr("Stopped here"), {}, true, QString()};
    for (const DashboardFigures::Stage& s : all.funnel) {
        chart.categories.append(DisplayFormat::statusLabel(s.stage));
        reached.values.append(s.reached);
        left.values.append(s.left);
        ListFilter f = listFilter(filter);
        f.status = s.stage;
        chart.drill.append(f);
    }
    chart.series = {reached, left};
    chart.horizontal = true;
    return chart;
}

ChartData DashboardCharts::waits(const DashboardFigures::All& all)
{
    ChartData chart;
    chart.id = QStringLiteral("days-to-offer");
    chart.title = tr("Days from filing to the first offer");
    const DashboardFigures::Waits& w = all.waits;
    if (w.basis >= 5)
        chart.note = tr("Median %1 days, 90% within %2 days; %3 applications with an offer.")
                         .arg(w.median)
                         .arg(w.p90)
                         .arg(QLocale().toString(w.basis));
    else
        chart.note = tr("Fewer than 5 applications of the period had an offer: no median.");
    chart.categoryTitle = tr("days");
    ChartData::Series count{tr("Applications"), {}, true, QString()};
    for (const DashboardFigures::WaitBucket& b : w.buckets) {
        chart.categories.append(b.toDays < 0 ? QStringLiteral("> %1").arg(b.fromDays - 1)
                                             : QStringLiteral("%1–%2").arg(b.fromDays).arg(b.toDays));
        count.values.append(b.count);
    }
    chart.series = {count};
    return chart;
}

ChartData DashboardCharts::waitingAndSeats(const QVector<DashboardFigures::Count>& counts,
                                           const std::function<QString(const QString&)>& label,
                                           const std::function<ListFilter(const QString&)>& drill)
{
    ChartData chart;
    ChartData::Series waiting{tr("Waiting children"), {}, true, QString()};
    ChartData::Series seats{tr("Open seats"), {}, false, QString()};
    for (const DashboardFigures::Count& c : counts) {
        chart.categories.append(label(c.key));
        waiting.values.append(c.value);
        seats.values.append(c.other);
        chart.drill.append(drill(c.key));
    }
    chart.series = {waiting, seats};
    chart.horizontal = true;
    return chart;
}

ChartData DashboardCharts::demand(const DashboardFigures::All& all)
{
    ChartData chart = waitingAndSeats(
        all.demand, [](const QString& key) { return key.isEmpty() ? tr("Unknown") : key; },
        [](const QString& key) {
            ListFilter f;
            f.municipality = key;
            f.hasOpenApplication = true;
            return key.isEmpty() ? ListFilter() : f;
        });
    chart.id = QStringLiteral("demand-and-places");
    chart.title = tr("Waiting children and open places per municipality");
    chart.note =
        tr("Now: children with an open application (by the parent's municipality) and the seats of free places "
           "that are still open (by the location's).");
    return chart;
}

ChartData DashboardCharts::demandByAge(const DashboardFigures::All& all, const DashboardFilter& filter)
{
    ChartData chart = waitingAndSeats(
        all.demandByAge, [](const QString& band) { return DisplayFormat::childAge(band); },
        [&filter](const QString& band) {
            ListFilter f;
            f.municipality = filter.municipality;
            f.ageBand = band;
            f.hasOpenApplication = true;
            return f;
        });
    chart.id = QStringLiteral("demand-by-age");
    chart.title = tr("Waiting children and open places per age");
    chart.note = tr("Now: children with an open application by their age today, and the seats of open free places "
                    "that take that age (a place for several ages counts for each).");
    return chart;
}

ChartData DashboardCharts::emergencyOverTime(const DashboardFigures::All& all, const DashboardFilter& filter)
{
    ChartData chart;
    chart.id = QStringLiteral("emergency-list");
    chart.title = tr("The emergency list per month");
    chart.note = tr("Families on the list at the end of each month (today for this month), and how many went on it "
                    "and came off it in the month.");
    ChartData::Series onList{tr("On the list"), {}, true, QString()};
    ChartData::Series added{tr("Added"), {}, true, QString()};
    ChartData::Series resolved{tr("Taken off"), {}, true, QString()};
    const QDate today = QDate::currentDate();
    for (const DashboardFigures::EmergencyMonth& m : all.emergencyMonths) {
        chart.categories.append(monthLabel(m.month, filter, &m == &all.emergencyMonths.first()));
        onList.values.append(m.onList);
        added.values.append(m.added);
        resolved.values.append(m.resolved);
        // The running month's families are the list as it is now: a click shows their applications.
        ListFilter f;
        f.onEmergencyList = true;
        f.municipality = filter.municipality;
        const bool running = m.month.year() == today.year() && m.month.month() == today.month();
        chart.drill.append(running ? f : ListFilter());
    }
    chart.series = {onList, added, resolved};
    return chart;
}

ChartData DashboardCharts::priority(const DashboardFigures::All& all, const DashboardFilter& filter)
{
    ChartData chart;
    chart.id = QStringLiteral("priority");
    chart.title = tr("Priority groups among the applications");
    const DashboardFigures::Priority& p = all.priority;
    ChartData::Series share{tr("Share of applications"), {}, false, QStringLiteral(" %")};
    chart.valueTitle = tr("% of the applications");
    for (const DashboardFigures::Count& g : p.grounds) {
        chart.categories.append(DisplayFormat::priorityGround(g.key));
        // A share of fewer than 5 applications would name them as surely as the count: shown as 0.
        share.values.append(g.value < 5 ? 0 : percentOf(g.value, p.applications));
        ListFilter f = listFilter(filter);
        f.priority = {g.key};
        chart.drill.append(f);
    }
    if (p.reservedShare >= 0) {
        chart.categories.append(tr("Reserved group"));
        share.values.append(p.inReservedGroup < 5 ? 0 : percentOf(p.inReservedGroup, p.applications));
        chart.drill.append(ListFilter());
        const int kept = qRound(p.reservedShare * 100);
        chart.note = p.inReservedGroup < 5
                         ? tr("The rule set keeps %1 % of the places for its reserved group; fewer than 5 "
                              "applications belong to it.")
                               .arg(kept)
                         : tr("The rule set keeps %1 % of the places for its reserved group; %2 % of the "
                              "applications belong to it.")
                               .arg(kept)
                               .arg(percentOf(p.inReservedGroup, p.applications));
    } else {
        chart.note = tr("The region's rule set keeps no reserved share.");
    }
    chart.series = {share};
    chart.horizontal = true;
    return chart;
}

ChartData DashboardCharts::channels(const DashboardFigures::All& all, const DashboardFilter& filter)
{
    ChartData chart;
    chart.id = QStringLiteral("channels");
    chart.title = tr("How applications came in");
    ChartData::Series count{tr("Applications"), {}, true, QString()};
    for (const DashboardFigures::Count& c : all.channels) {
        chart.categories.append(DisplayFormat::channel(c.key));
        count.values.append(c.value);
        ListFilter f = listFilter(filter);
        f.channel = c.key;
        chart.drill.append(f);
    }
    chart.series = {count};
    chart.horizontal = true; // "Via a referrer" and its French need the width of a line
    return chart;
}

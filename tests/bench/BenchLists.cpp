// List benchmarks on a cache synced from a server seeded with --demo-scale N (100,000 applications):
// - open_list_first_paint_ms: creating the Applications list until its first rows are painted;
// - filter_change_ms: changing a filter until the list has painted the result (median over a set of
//   filters people use; filter_change_max_ms the slowest of them; parents_filter_change_max_ms the slowest
//   filter change of the Parents list);
// - sort_change_max_ms: sorting on any column until painted, the slowest column.
// Give --cache FILE to reuse a synced cache (it is synced into FILE when missing).
#include "BenchOptions.h"
#include "BenchPaint.h"
#include "BenchReport.h"
#include "BenchServer.h"
#include "applications/ApplicationsView.h"
#include "lists/FilterBar.h"
#include "lists/ListModel.h"
#include "parents/ParentsView.h"
#include "store/cache/LocalCache.h"
#include "sync/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QToolButton>

#include <algorithm>
#include <functional>

namespace {

using namespace BenchPaint;

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

double openFirstPaint(const LocalCache& cache)
{
    QVector<double> samples;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer clock;
        clock.start();
        ApplicationsView view(cache);
        view.resize(1100, 760);
        PaintCounter counter;
        view.table()->viewport()->installEventFilter(&counter);
        view.show();
        waitForPaint(view.table()->viewport(), counter);
        samples.append(clock.nsecsElapsed() / 1e6);
        if (view.model()->rowCount() == 0)
            err() << "the list showed no rows\n";
    }
    err() << "open first paint runs (ms):";
    for (double s : samples)
        err() << " " << s;
    err() << "\n";
    return median(samples);
}

void measureFilters(const LocalCache& cache, BenchReport& report)
{
    ApplicationsView view(cache);
    PaintCounter counter;
    QWidget* viewport = showList(view, counter);
    FilterBar* bar = view.filterBar();
    QVector<double> samples;
    const auto pick = [&](QComboBox* box, int index, const char* what) {
        const double ms = timed([box, index]() { box->setCurrentIndex(index); }, viewport, counter);
        err() << what << ": " << ms << " ms, " << view.model()->totalCount() << " rows\n";
        samples.append(ms);
    };
    const auto tick = [&](QAbstractButton* box, const char* what) {
        const double ms = timed([box]() { box->toggle(); }, viewport, counter);
        err() << what << ": " << ms << " ms, " << view.model()->totalCount() << " rows\n";
        samples.append(ms);
    };
    pick(bar->statusBox(), 2, "state");
    pick(bar->municipalityBox(), 1, "state + municipality");
    pick(bar->statusBox(), 0, "municipality");
    pick(bar->municipalityBox(), 0, "none");
    pick(bar->locationBox(), 1, "preferred location");
    pick(bar->locationBox(), 0, "none");
    pick(bar->channelBox(), 2, "channel");
    pick(bar->channelBox(), 0, "none");
    QAction* single = bar->priorityButton()->menu()->actions().at(1);
    const double priorityMs = timed([single]() { single->trigger(); }, viewport, counter);
    err() << "priority single parent: " << priorityMs << " ms, " << view.model()->totalCount() << " rows\n";
    samples.append(priorityMs);
    single->trigger();
    tick(bar->emergencyBox(), "emergency list");
    tick(bar->emergencyBox(), "none");
    tick(bar->assignedToMeBox(), "assigned to me");
    tick(bar->assignedToMeBox(), "none");
    report.add({QStringLiteral("filter_change_ms"), median(samples), QStringLiteral("ms"), 0, 0});
    report.add({QStringLiteral("filter_change_max_ms"), *std::max_element(samples.begin(), samples.end()),
                QStringLiteral("ms"), 0, 0});
    double slowestSort = 0;
    for (int column = 0; column < view.model()->columnCount(); ++column) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            const double ms =
                timed([&view, column, order]() { view.table()->sortByColumn(column, order); }, viewport, counter);
            err() << "sort " << view.model()->columnKeys().at(column)
                  << (order == Qt::AscendingOrder ? " asc" : " desc") << ": " << ms << " ms\n";
            slowestSort = qMax(slowestSort, ms);
        }
    }
    report.add({QStringLiteral("sort_change_max_ms"), slowestSort, QStringLiteral("ms"), 0, 0});
}

// The Parents list: a counter worker looks for families by the state of their applications too.
void measureParentFilters(const LocalCache& cache, BenchReport& report)
{
    ParentsView view(cache);
    PaintCounter counter;
    QWidget* viewport = showList(view, counter);
    FilterBar* bar = view.filterBar();
    double slowest = 0;
    const auto measure = [&](const std::function<void()>& change, const char* what) {
        const double ms = timed(change, viewport, counter);
        err() << "parents, " << what << ": " << ms << " ms, " << view.model()->totalCount() << " rows\n";
        slowest = qMax(slowest, ms);
    };
    QComboBox* status = bar->statusBox();
    measure([status]() { status->setCurrentIndex(2); }, "state");
    measure([status]() { status->setCurrentIndex(0); }, "none");
    QCheckBox* open = bar->openApplicationBox();
    measure([open]() { open->toggle(); }, "with an open application");
    measure([open]() { open->toggle(); }, "none");
    QComboBox* municipality = bar->municipalityBox();
    measure([municipality]() { municipality->setCurrentIndex(1); }, "municipality");
    measure([municipality]() { municipality->setCurrentIndex(0); }, "none");
    QComboBox* language = bar->languageBox();
    measure([language]() { language->setCurrentIndex(2); }, "language");
    measure([language]() { language->setCurrentIndex(0); }, "none");
    QCheckBox* emergency = bar->emergencyBox();
    measure([emergency]() { emergency->toggle(); }, "on the emergency list");
    measure([emergency]() { emergency->toggle(); }, "none");
    report.add({QStringLiteral("parents_filter_change_max_ms"), slowest, QStringLiteral("ms"), 0, 0});
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return BenchServer::runOnSyncedCache(app, [](LocalCache& cache, BenchReport& report) {
        report.add({QStringLiteral("open_list_first_paint_ms"), openFirstPaint(cache), QStringLiteral("ms"), 0, 0});
        measureFilters(cache, report);
        measureParentFilters(cache, report);
    });
}

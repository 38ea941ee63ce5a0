// Benchmarks of the emergency list and the free places on a cache synced from a server seeded with --demo-scale N
// (100,000 applications, about 5 % of the families on the emergency list):
// - emergency_first_paint_ms: creating the Emergency list until its first rows are painted (median of 5);
// - emergency_filter_change_max_ms: the slowest of the filters a counter uses there, until painted;
// - free_places_filter_change_max_ms: the same on the Free places list;
// - eligible_for_place_ms: the eligible applications for one free place, best first (median over the open
//   places, at most 20).
// Give --cache FILE to reuse a synced cache (it is synced into FILE when missing).
#include "BenchOptions.h"
#include "BenchPaint.h"
#include "BenchReport.h"
#include "BenchServer.h"
#include "emergency/EmergencyModel.h"
#include "emergency/EmergencyView.h"
#include "lists/FilterBar.h"
#include "places/FreePlacesModel.h"
#include "places/FreePlacesView.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/search/OfferCandidates.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace BenchPaint;

namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

double emergencyFirstPaint(LocalCache& cache)
{
    QVector<double> samples;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer clock;
        clock.start();
        EmergencyView view(cache);
        PaintCounter counter;
        showList(view, counter);
        samples.append(clock.nsecsElapsed() / 1e6);
        if (run == 0)
            err() << "emergency list: " << view.entries()->totalCount() << " open entries\n";
    }
    return median(samples);
}

// Steps through every choice of each combo box given, one at a time, back to "any" after each box.
double slowestChoice(ListPage& view, QWidget* viewport, PaintCounter& counter, const QList<QComboBox*>& boxes,
                     const char* list)
{
    double slowest = 0;
    for (QComboBox* box : boxes) {
        for (int i = 1; i <= box->count(); ++i) {
            const int index = i % box->count(); // the last step goes back to "any"
            const double ms = timed([box, index]() { box->setCurrentIndex(index); }, viewport, counter);
            err() << list << ", " << box->accessibleName() << " = " << box->itemText(index) << ": " << ms << " ms, "
                  << view.model()->totalCount() << " rows\n";
            slowest = qMax(slowest, ms);
        }
    }
    return slowest;
}

double emergencyFilters(LocalCache& cache)
{
    EmergencyView view(cache);
    view.entries()->setActive(true);
    PaintCounter counter;
    QWidget* viewport = showList(view, counter);
    FilterBar* bar = view.filterBar();
    double slowest = slowestChoice(view, viewport, counter,
                                   {bar->choiceBox(FilterBar::Urgency), bar->choiceBox(FilterBar::Reason),
                                    bar->choiceBox(FilterBar::FollowUp), bar->choiceBox(FilterBar::Offer)},
                                   "emergency");
    QComboBox* municipality = bar->municipalityBox();
    for (int index : {1, 2, 0})
        slowest =
            qMax(slowest, timed([municipality, index]() { municipality->setCurrentIndex(index); }, viewport, counter));
    QCheckBox* mine = bar->assignedToMeBox();
    for (int i = 0; i < 2; ++i)
        slowest = qMax(slowest, timed([mine]() { mine->toggle(); }, viewport, counter));
    return slowest;
}

double freePlaceFilters(LocalCache& cache)
{
    FreePlacesView view(cache);
    PaintCounter counter;
    QWidget* viewport = showList(view, counter);
    FilterBar* bar = view.filterBar();
    double slowest =
        slowestChoice(view, viewport, counter,
                      {bar->choiceBox(FilterBar::PlaceStatus), bar->municipalityBox(), bar->choiceBox(FilterBar::Kind)},
                      "free places");
    QDateEdit* born = bar->childBornEdit();
    const double age = timed([born]() { born->setDate(QDate::currentDate().addMonths(-14)); }, viewport, counter);
    err() << "free places, fits a child of 14 months: " << age << " ms, " << view.model()->totalCount() << " rows\n";
    return qMax(slowest, age);
}

double eligibleForPlace(const LocalCache& cache)
{
    QVector<double> samples;
    int families = 0;
    for (const QJsonObject& place : RecordQuery(cache).rowsWhere(QStringLiteral("free_places"),
                                                                 QStringLiteral("status"), QStringLiteral("open"))) {
        if (samples.size() == 20)
            break;
        QElapsedTimer clock;
        clock.start();
        families += OfferCandidates(cache).forPlace(place.value(QLatin1String("id")).toString()).size();
        samples.append(clock.nsecsElapsed() / 1e6);
    }
    err() << "eligible families over " << samples.size() << " open places: " << families << "\n";
    return median(samples);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return BenchServer::runOnSyncedCache(app, [](LocalCache& cache, BenchReport& report) {
        report.add(
            {QStringLiteral("emergency_first_paint_ms"), emergencyFirstPaint(cache), QStringLiteral("ms"), 0, 0});
        report.add(
            {QStringLiteral("emergency_filter_change_max_ms"), emergencyFilters(cache), QStringLiteral("ms"), 0, 0});
        report.add(
            {QStringLiteral("free_places_filter_change_max_ms"), freePlaceFilters(cache), QStringLiteral("ms"), 0, 0});
        report.add({QStringLiteral("eligible_for_place_ms"), eligibleForPlace(cache), QStringLiteral("ms"), 0, 0});
    });
}

// Benchmark of the coordinator's dashboard on a cache synced from a server seeded with --demo-scale N (100,000
// applications by default, the admin's cache of every region):
// - dashboard_refresh_ms: a filter changed on the Dashboard page (municipality, period, region in turn) until every
//   chart is counted again and redrawn — the median of 12 changes, offscreen;
// - dashboard_refresh_max_ms: the slowest of them; dashboard_count_ms: the counting alone (median), without drawing;
// - period_report_csv_ms: PeriodFigures and SmallCountSuppression for one region and a year, written as the CSV
//   `opvangloket-cli report` writes; period_report_pdf_ms: the same as the PDF (tables and charts).
// Give --cache FILE to reuse a synced cache (it is synced into FILE when missing).
#include "BenchReport.h"
#include "BenchServer.h"
#include "dashboard/ChartCard.h"
#include "dashboard/DashboardView.h"
#include "protocol/AccountInfo.h"
#include "report/DashboardFigures.h"
#include "report/PeriodFigures.h"
#include "report/PeriodReportCsv.h"
#include "report/PeriodReportExport.h"
#include "store/cache/LocalCache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The filters a coordinator goes through on a Monday: the whole region, one municipality, another, a short period,
// the year so far, several regions.
QVector<DashboardFilter> filters()
{
    const QDate today = QDate::currentDate();
    const QDate year = QDate(today.year(), today.month(), 1).addMonths(-11);
    const QStringList antwerpen{QStringLiteral("antwerpen")};
    const QStringList all{QStringLiteral("antwerpen"), QStringLiteral("mechelen"), QStringLiteral("turnhout")};
    return {{antwerpen, QString(), year, today},
            {antwerpen, QStringLiteral("Berchem"), year, today},
            {antwerpen, QStringLiteral("Deurne"), year, today},
            {antwerpen, QString(), today.addMonths(-3), today},
            {antwerpen, QString(), QDate(today.year(), 1, 1), today},
            {all, QString(), year, today},
            {{QStringLiteral("mechelen")}, QString(), year, today},
            {antwerpen, QStringLiteral("Hoboken"), today.addMonths(-1), today},
            {antwerpen, QString(), year.addYears(-1), today},
            {all, QStringLiteral("Mechelen"), year, today},
            {{QStringLiteral("turnhout")}, QString(), year, today},
            {antwerpen, QString(), year, today}};
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return BenchServer::runOnSyncedCache(app, [](LocalCache& cache, BenchReport& report) {
        AccountInfo admin;
        admin.role = QStringLiteral("admin");
        DashboardView view(cache, admin);
        view.resize(1400, 1800);
        view.show();
        QApplication::processEvents();
        QVector<double> times;
        for (const DashboardFilter& f : filters()) {
            QElapsedTimer clock;
            clock.start();
            view.setFilter(f);
            // Drawn, not only counted: the charts paint into a picture as the screen would.
            for (ChartCard* card : view.cards())
                card->grab();
            times.append(clock.nsecsElapsed() / 1e6);
        }
        // The counting alone, without drawing: which half of the refresh costs what.
        QVector<double> counting;
        for (const DashboardFilter& f : filters()) {
            QElapsedTimer clock;
            clock.start();
            DashboardFigures::All all;
            QString error;
            DashboardFigures(cache).compute(f, QDate::currentDate(), &all, &error);
            counting.append(clock.nsecsElapsed() / 1e6);
        }
        report.add({QStringLiteral("dashboard_refresh_ms"), median(times), QStringLiteral("ms"), 0, 0});
        report.add({QStringLiteral("dashboard_count_ms"), median(counting), QStringLiteral("ms"), 0, 0});
        report.add({QStringLiteral("dashboard_refresh_max_ms"), *std::max_element(times.begin(), times.end()),
                    QStringLiteral("ms"), 0, 0});

        QTemporaryDir dir;
        QElapsedTimer clock;
        clock.start();
        QVector<ReportCell> cells;
        QString error;
        const QDate today = QDate::currentDate();
        PeriodFigures(cache).compute({QStringLiteral("antwerpen"), today.addYears(-1), today}, &cells, &error);
        const auto shown = SmallCountSuppression::apply(cells, PeriodFigures::partitions());
        PeriodReportCsv::write(dir.filePath(QStringLiteral("report.csv")),
                               QStringList(shown.size(), QStringLiteral("antwerpen")), shown, &error);
        report.add({QStringLiteral("period_report_csv_ms"), clock.nsecsElapsed() / 1e6, QStringLiteral("ms"), 0, 0});
        // The PDF as the dashboard's "Report…" and `opvangloket-cli report --format pdf` write it.
        clock.restart();
        int figures = 0;
        PeriodReportExport::write(cache, {QStringLiteral("antwerpen")}, today.addYears(-1), today,
                                  PeriodReportExport::Format::Pdf, dir.filePath(QStringLiteral("report.pdf")), &figures,
                                  &error);
        report.add({QStringLiteral("period_report_pdf_ms"), clock.nsecsElapsed() / 1e6, QStringLiteral("ms"), 0, 0});
        QTextStream(stderr) << "dashboard: " << times.size() << " filter changes; report: " << shown.size()
                            << " figures" << (error.isEmpty() ? QString() : QStringLiteral(", ") + error) << "\n";
    });
}

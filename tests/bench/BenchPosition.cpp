// Benchmark of an application's position on a cache synced from a server seeded with --demo-scale N (100,000
// applications by default, the admin's cache of every region):
// - position_ms: ApplicationPosition for one open application — per preferred location its tier, the open
//   applications ahead and in its tier, and the expected wait from the last 12 months of placements — median over
//   50 open applications spread through the cache;
// - position_max_ms: the slowest of them, and of the 10 open applications whose first choice is the most wanted
//   location (the longest queue).
// Give --cache FILE to reuse a synced cache (it is synced into FILE when missing).
#include "BenchReport.h"
#include "BenchServer.h"
#include "store/cache/LocalCache.h"
#include "store/records/ApplicationPosition.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QStringList ids(const LocalCache& cache, const QString& sql)
{
    QStringList found;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return found;
    while (q.next())
        found.append(q.value(0).toString());
    return found;
}

// Open applications spread evenly through the table, then the ones behind the longest queue.
QStringList sample(const LocalCache& cache)
{
    const QString open = QStringLiteral("status IN ('submitted', 'in_review') AND json_array_length(preferences) > 0");
    const QStringList all = ids(cache, QStringLiteral("SELECT id FROM applications WHERE %1 ORDER BY id").arg(open));
    QStringList picked;
    for (int i = 0; i < 50 && !all.isEmpty(); ++i)
        picked.append(all.at(int(qint64(i) * all.size() / 50)));
    picked += ids(cache, QStringLiteral("SELECT id FROM applications WHERE %1 AND json_extract(preferences, '$[0]') = "
                                        "(SELECT location_id FROM list_preferences GROUP BY location_id "
                                        "ORDER BY count(*) DESC LIMIT 1) LIMIT 10")
                             .arg(open));
    return picked;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return BenchServer::runOnSyncedCache(app, [](LocalCache& cache, BenchReport& report) {
        const QStringList applications = sample(cache);
        const ApplicationPosition position(cache);
        const QDate today = QDate::currentDate();
        QVector<double> spread;
        double slowest = 0;
        int ahead = 0, same = 0, placements = 0, known = 0;
        for (int i = 0; i < applications.size(); ++i) {
            QElapsedTimer clock;
            clock.start();
            const ApplicationPosition::Result r = position.of(applications.at(i), today);
            const double ms = clock.nsecsElapsed() / 1e6;
            if (i < 50)
                spread.append(ms);
            slowest = qMax(slowest, ms);
            for (const ApplicationPosition::AtLocation& at : r.locations) {
                ahead = qMax(ahead, at.ahead);
                same = qMax(same, at.sameTier);
                placements = qMax(placements, at.wait.placements);
                known += at.wait.known() ? 1 : 0;
            }
        }
        // Counts only: the benchmark's output names no family either.
        err() << "position of " << applications.size() << " open applications: at most " << ahead << " ahead and "
              << same << " in the same tier at one location, at most " << placements
              << " placements in 12 months at one location, " << known << " locations with an expected wait\n";
        report.add({QStringLiteral("position_ms"), median(spread), QStringLiteral("ms"), 0, 0});
        report.add({QStringLiteral("position_max_ms"), slowest, QStringLiteral("ms"), 0, 0});
    });
}

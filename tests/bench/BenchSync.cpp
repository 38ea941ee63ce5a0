// Sync benchmarks against a real opvangloket-server process with --demo-scale N on loopback:
// - initial_sync_rows_per_s: the client's sync engine into a fresh cache (HTTP, JSON, SQLite, FTS); baseline:
//   the same rows applied straight into the same cache schema in one transaction in this process;
// - change_latency_p95_ms / _p50_ms: a push on client A until the row is in client B's cache (poke + pull);
// - push_mutations_per_s: one client draining 10,000 queued mutations.
#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchServer.h"
#include "domain/Uuid.h"
#include "protocol/TableSchema.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"
#include "store/write/PullApplier.h"
#include "sync/ApiClient.h"
#include "sync/NotifyClient.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <algorithm>

namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

double baselineRowsPerSecond(LocalCache& synced, const QString& dir, int* rows)
{
    Protocol::PullPage page;
    page.cursor = QStringLiteral("baseline");
    RecordQuery records(synced);
    for (const QString& table : Protocol::syncedTableNames()) {
        for (const QJsonObject& row : records.allRows(table)) {
            Protocol::Change c;
            c.table = table;
            c.id = row.value(QStringLiteral("id")).toString();
            c.version = row.value(QStringLiteral("version")).toInteger();
            c.row = row;
            page.changes.append(c);
        }
    }
    *rows = page.changes.size();
    LocalCache fresh;
    if (fresh.open(dir + QStringLiteral("/baseline.sqlite")) != LocalCache::OpenStatus::Ok)
        return 0;
    PullApplier applier(fresh);
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!applier.apply(page, &error)) {
        err() << "baseline failed: " << error << "\n";
        return 0;
    }
    return *rows / (clock.nsecsElapsed() / 1e9);
}

// A client of its own: API, cache and engine, synced once.
struct BenchClient {
    ApiClient api;
    LocalCache cache;
    SyncEngine engine{cache, api};
    BenchClient(const QUrl& url, const QString& path, const QString& user)
        : api(url)
    {
        ok = BenchServer::signIn(api, user) && cache.open(path) == LocalCache::OpenStatus::Ok;
        QString error;
        ok = ok && engine.syncBlocking(&error);
    }
    bool ok = false;
};

QStringList someIds(LocalCache& cache, const QString& table, int count)
{
    QStringList ids;
    QSqlQuery q(cache.database());
    q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT %2").arg(table).arg(count));
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

double percentile(QVector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(int(values.size() - 1), int(p * values.size())));
}

void measureLatency(const QUrl& url, const QString& dir, BenchReport& report)
{
    BenchClient a(url, dir + QStringLiteral("/a.sqlite"), QStringLiteral("loket.mechelen"));
    BenchClient b(url, dir + QStringLiteral("/b.sqlite"), QStringLiteral("loket.mechelen"));
    if (!a.ok || !b.ok)
        return;
    NotifyClient notify(b.api);
    SyncScheduler scheduler(b.engine, &notify);
    QSignalSpy connected(&notify, &NotifyClient::reconnected);
    notify.start();
    connected.wait(5000);
    scheduler.start();
    QTest::qWait(500);
    const QStringList ids = someIds(a.cache, QStringLiteral("parents"), 200);
    QVector<double> samples;
    LocalWriter writer(a.cache);
    for (int i = 0; i < ids.size(); ++i) {
        const QString note = QStringLiteral("bench %1").arg(i);
        QString error;
        writer.update(QStringLiteral("parents"), ids.at(i), {{QStringLiteral("notes"), note}}, &error);
        QElapsedTimer clock;
        clock.start();
        a.engine.syncBlocking(&error);
        RecordQuery seen(b.cache);
        while (clock.elapsed() < 5000 &&
               seen.row(QStringLiteral("parents"), ids.at(i)).value(QStringLiteral("notes")).toString() != note)
            QTest::qWait(1);
        samples.append(clock.nsecsElapsed() / 1e6);
    }
    report.add({QStringLiteral("change_latency_p50_ms"), percentile(samples, 0.50), QStringLiteral("ms"), 0, 0});
    report.add({QStringLiteral("change_latency_p95_ms"), percentile(samples, 0.95), QStringLiteral("ms"), 0, 0});
}

void measurePush(const QUrl& url, const QString& dir, BenchReport& report)
{
    BenchClient c(url, dir + QStringLiteral("/push.sqlite"), QStringLiteral("loket.antwerpen"));
    if (!c.ok)
        return;
    const QStringList ids = someIds(c.cache, QStringLiteral("parents"), 10000);
    LocalWriter writer(c.cache);
    for (const QString& id : ids) {
        QString error;
        writer.update(QStringLiteral("parents"), id, {{QStringLiteral("notes"), QStringLiteral("bulk")}}, &error);
    }
    QElapsedTimer clock;
    double pushSeconds = 0;
    QObject::connect(&c.engine, &SyncEngine::pushDone, &c.engine,
                     [&](int) { pushSeconds = clock.nsecsElapsed() / 1e9; });
    clock.start();
    QString error;
    c.engine.syncBlocking(&error);
    report.add({QStringLiteral("push_mutations_per_s"), ids.size() / pushSeconds, QStringLiteral("mut/s"), 0, 0});
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const BenchOptions common;
    parser.addOptions(common.all());
    parser.process(app);

    QTemporaryDir dir;
    QProcess server;
    const QUrl url = BenchServer::start(server, parser.value(common.serverBinary),
                                        dir.filePath(QStringLiteral("server")), parser.value(common.scale).toInt());
    if (url.isEmpty())
        return 1;
    ApiClient api(url);
    const ApiResult login =
        api.postBlocking(QStringLiteral("/auth/login"), {{QStringLiteral("username"), parser.value(common.user)},
                                                         {QStringLiteral("password"), QStringLiteral("demo")},
                                                         {QStringLiteral("device"), QStringLiteral("bench")}});
    if (!login.ok()) {
        err() << "login failed: " << login.describe() << "\n";
        return 1;
    }
    api.setTokens(login.json.value(QStringLiteral("access_token")).toString(),
                  login.json.value(QStringLiteral("refresh_token")).toString());
    LocalCache cache;
    if (cache.open(dir.filePath(QStringLiteral("client.sqlite"))) != LocalCache::OpenStatus::Ok)
        return 1;
    SyncEngine engine(cache, api);
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!engine.syncBlocking(&error)) {
        err() << "sync failed: " << error << "\n";
        return 1;
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    const double syncRate = engine.rowsReceived() / seconds;
    int baselineRows = 0;
    const double baseRate = baselineRowsPerSecond(cache, dir.path(), &baselineRows);
    err() << engine.rowsReceived() << " rows synced in " << seconds << " s; baseline " << baselineRows << " rows\n";

    BenchReport report;
    report.add({QStringLiteral("initial_sync_rows_per_s"), syncRate, QStringLiteral("rows/s"), baseRate,
                baseRate > 0 ? baseRate / syncRate : 0});
    report.add({QStringLiteral("initial_sync_rows"), double(engine.rowsReceived()), QStringLiteral("rows"), 0, 0});
    report.add({QStringLiteral("initial_sync_s"), seconds, QStringLiteral("s"), 0, 0});
    measureLatency(url, dir.path(), report);
    measurePush(url, dir.path(), report);
    report.print();
    server.terminate();
    server.waitForFinished(5000);
    if (report.write(parser.value(common.out), &error))
        return 0;
    err() << "cannot write " << parser.value(common.out) << ": " << error << Qt::endl;
    return 1;
}

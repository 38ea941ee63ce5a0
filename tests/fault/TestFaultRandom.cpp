// A randomised fault run with real processes (docs/ARCHITECTURE.md "Quality bars"): one server, five CLI clients, each
// behind its own FaultProxy — two PCs of the Antwerp counter, the Antwerp coordinator, the admin (writing in Antwerp
// and Mechelen) and the Mechelen counter, so they keep touching the same rows. In rounds, each client's
// clerk queues random changes in its cache (LocalWriter, as the desktop client does), then a random set of
// clients syncs at once while CLIs are killed with SIGKILL at observed points and connections are cut
// after the server committed or halfway an answer; 5 × 300 mutations in all. Then the faults stop and
// everything settles, and the end must be exact: every cache equals the server, clients with equal scope
// hold equal rows, the server's mutation log holds every queued mutation once and nothing else, and every
// write bumped its row's version exactly once. Conflicts, rejections, duplicates and gone rows are fine
// outcomes (counted and printed). OPVANGLOKET_FAULT_SEED=N repeats a run's random choices (the seed is
// printed; the timing of kills and cuts still varies); OPVANGLOKET_FAULT_KEEP=1 keeps the server's data
// and the client profiles for a look afterwards.
#include "CliBatch.h"
#include "FaultProcesses.h"
#include "FaultProxy.h"
#include "RandomMutator.h"
#include "RecordedMutation.h"
#include "ServerMutationLog.h"
#include "TestDatabase.h"
#include "protocol/TableSchema.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "sync/CacheDigest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <numeric>
#include <tuple>
#include <vector>

namespace {

constexpr int kMutationsPerClient = 300;
// The clients, in the order initTestCase() adds them.
enum ClientIndex { kCounterPc1, kCounterPc2, kCoordinator, kAdmin, kMechelen };
constexpr int kMaxRounds = 200;
const QStringList kMutatedTables{QStringLiteral("parents"), QStringLiteral("children"), QStringLiteral("applications"),
                                 QStringLiteral("emergency_entries")};

struct Client {
    QString user;
    QStringList regions; // where its clerk writes
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<FaultProxy> proxy;
    std::unique_ptr<CliProcess> cli;
    QString cachePath;
    QString clientId;
    int mutations = 0;
    qint64 lastMid = 0;
    qint64 lastConflict = 0; // conflict entries up to this id have been looked at
};

// Where a kill is aimed: anywhere in the run, with a push on its way (the server may be committing), after
// the server answered a push (the client may be settling), after the outbox was settled (pulling).
enum class KillPoint { None, Anywhere, PushSent, PushAnswered, Pulling };

struct Tally {
    int rounds = 0;
    int syncs = 0;
    int faultedSyncs = 0; // a cut was armed
    int failedSyncs = 0;  // exited 3 after a cut
    int kills = 0;
    QMap<KillPoint, int> killsAt;
};

int pendingOf(const Client& c)
{
    return peekCache(c.cachePath, QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL"));
}

QString resultKey(const QString& clientId, qint64 mid)
{
    return clientId + QLatin1Char('#') + QString::number(mid);
}

} // namespace

class TestFaultRandom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomRunConverges();

private:
    static quint32 seedFromEnvironment();
    // With OPVANGLOKET_FAULT_KEEP set, the server's data and the profiles outlive the test for a look.
    static void keepForDiagnosis(QTemporaryDir& dir, const QString& what);
    void addClient(const QString& user, const QStringList& regions);
    QVector<int> allClients() const;
    void runCleanly(const QString& command, const QVector<int>& which);
    void readClientIds();
    void snapshotVersions();
    void mutateRound();
    void mutateClient(int index, int wanted);
    void syncRound();
    bool armCut(Client& c, int pending);
    std::function<bool()> killCondition(const Client& c, int pending, KillPoint point);
    void checkRun(const Client& c, const CliRun& run, bool cutArmed, KillPoint point);
    // Warns when a mutation the server did not apply is not undone in the cache after its result was settled.
    void noteUndoingLost(Client& c, KillPoint killedAt);
    static bool stillWaiting(const LocalCache& cache, const QString& table, const QString& id);
    static QString undoingLost(const LocalCache& cache, const QString& table, const QString& id, const QString& op,
                               const QString& status, QJsonObject typed);
    static const char* killDescription(KillPoint point);
    void quiesce();
    void verifyNoUnconfirmedRows(const Client& c);
    void verifyEqualScopes();
    void verifyRegionRows(int a, int b, const QString& region);
    void verifyServerLog();
    void verifyLogMatchesOutboxes(const QHash<QString, ServerMutationLog::Result>& results);
    void verifyAudit(ServerMutationLog& log, const QHash<QString, ServerMutationLog::Result>& results);
    void verifyVersions(ServerMutationLog& log, const QHash<QString, ServerMutationLog::Result>& results);
    void verifyRowVersions(ServerMutationLog& log, const QString& rowKey,
                           QVector<std::pair<const RecordedMutation*, ServerMutationLog::Result>> writes, qint64 before,
                           QStringList* problems);
    void verifyCaches();
    void verifyConflictsKept();
    void printFaults();
    void printOutcomes(const QHash<QString, ServerMutationLog::Result>& results);

    quint32 m_seed = 0;
    QRandomGenerator m_rng;
    QElapsedTimer m_clock;
    TestDatabase m_database; // declared before the server: dropped after it stopped
    QString m_databaseUrl;
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    std::vector<std::unique_ptr<Client>> m_clients;
    std::unique_ptr<RandomMutator> m_mutator;
    QVector<RecordedMutation> m_recorded; // the union of all outboxes, as queued
    QHash<QString, qint64> m_before;      // "table/id" → version before the run (the admin sees all rows)
    QHash<QString, ServerMutationLog::Result> m_results; // the server's log, by resultKey()
    Tally m_tally;
};

quint32 TestFaultRandom::seedFromEnvironment()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("OPVANGLOKET_FAULT_SEED").toUInt(&ok);
    return ok ? seed : QRandomGenerator::global()->generate();
}

void TestFaultRandom::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    m_clock.start();
    m_seed = seedFromEnvironment();
    qInfo("seed %u (repeat with OPVANGLOKET_FAULT_SEED=%u)", m_seed, m_seed);
    m_rng.seed(m_seed);
    m_mutator = std::make_unique<RandomMutator>(m_rng.generate());
    QString error;
    QVERIFY2(m_database.prepare(&m_databaseUrl, &error), qPrintable(error));
    QStringList args{QStringLiteral("--demo")};
    if (!m_databaseUrl.isEmpty())
        args << QStringLiteral("--database") << m_databaseUrl;
    keepForDiagnosis(m_serverDir, QStringLiteral("server"));
    m_server = std::make_unique<ServerProcess>(m_serverDir.path(), args);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    addClient(QStringLiteral("loket.antwerpen"), {QStringLiteral("antwerpen")});
    addClient(QStringLiteral("loket.antwerpen"), {QStringLiteral("antwerpen")});
    addClient(QStringLiteral("regie.antwerpen"), {QStringLiteral("antwerpen")});
    addClient(QStringLiteral("admin"), {QStringLiteral("antwerpen"), QStringLiteral("mechelen")});
    addClient(QStringLiteral("loket.mechelen"), {QStringLiteral("mechelen")});
    runCleanly(QStringLiteral("sync"), allClients());
    if (QTest::currentTestFailed())
        return;
    readClientIds();
    snapshotVersions();
}

void TestFaultRandom::keepForDiagnosis(QTemporaryDir& dir, const QString& what)
{
    if (qEnvironmentVariableIsEmpty("OPVANGLOKET_FAULT_KEEP"))
        return;
    dir.setAutoRemove(false);
    qInfo("%s kept in %s", qPrintable(what), qPrintable(dir.path()));
}

void TestFaultRandom::addClient(const QString& user, const QStringList& regions)
{
    auto c = std::make_unique<Client>();
    c->user = user;
    c->regions = regions;
    c->proxy = std::make_unique<FaultProxy>(quint16(m_server->url().port()));
    QVERIFY(c->proxy->listen());
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(c->proxy->port()));
    c->cli = std::make_unique<CliProcess>(url, c->dir->path(), user);
    c->cachePath = ClientProfile(c->dir->path()).cachePath(url, user);
    keepForDiagnosis(*c->dir, QStringLiteral("client %1 (%2)").arg(m_clients.size()).arg(user));
    m_clients.push_back(std::move(c));
}

QVector<int> TestFaultRandom::allClients() const
{
    QVector<int> all;
    for (int i = 0; i < int(m_clients.size()); ++i)
        all.append(i);
    return all;
}

void TestFaultRandom::runCleanly(const QString& command, const QVector<int>& which)
{
    CliBatch batch;
    for (int i : which)
        batch.add(*m_clients[i]->cli, command);
    const QVector<CliRun> runs = batch.run();
    for (int k = 0; k < which.size(); ++k) {
        const Client& c = *m_clients[which[k]];
        QVERIFY2(runs[k].exitCode == 0, qPrintable(QStringLiteral("'%1' of client %2 (%3) exited %4 without faults: %5")
                                                       .arg(command)
                                                       .arg(which[k])
                                                       .arg(c.user)
                                                       .arg(runs[k].exitCode)
                                                       .arg(runs[k].output)));
    }
}

void TestFaultRandom::readClientIds()
{
    for (const auto& c : m_clients) {
        LocalCache cache;
        QCOMPARE(cache.open(c->cachePath), LocalCache::OpenStatus::Ok);
        c->clientId = cache.state(QStringLiteral("client_id"));
        QVERIFY2(!c->clientId.isEmpty(), "a synced cache has a client id");
    }
}

void TestFaultRandom::snapshotVersions()
{
    const Client& admin = *m_clients[kAdmin];
    LocalCache cache;
    QCOMPARE(cache.open(admin.cachePath), LocalCache::OpenStatus::Ok);
    QSqlQuery q(cache.database());
    for (const QString& table : kMutatedTables) {
        QVERIFY(q.exec(QStringLiteral("SELECT id, version FROM %1").arg(table)));
        while (q.next())
            m_before.insert(table + QLatin1Char('/') + q.value(0).toString(), q.value(1).toLongLong());
    }
    QVERIFY2(m_before.size() > 1000, "the admin's cache holds the demo data set");
}

void TestFaultRandom::randomRunConverges()
{
    auto below = [this]() {
        return std::any_of(m_clients.begin(), m_clients.end(),
                           [](const auto& c) { return c->mutations < kMutationsPerClient; });
    };
    while (below() && m_tally.rounds < kMaxRounds) {
        ++m_tally.rounds;
        mutateRound();
        if (QTest::currentTestFailed())
            return;
        syncRound();
        if (QTest::currentTestFailed())
            return;
    }
    printFaults();
    QVERIFY2(!below(), "every client queued its mutations");
    QCOMPARE(m_recorded.size(), kMutationsPerClient * int(m_clients.size()));
    QVERIFY2(m_tally.kills > 0, "no CLI was killed: the run tested nothing of what it says");
    const int cuts = std::accumulate(m_clients.begin(), m_clients.end(), 0, [](int n, const auto& c) {
        return n + c->proxy->cutsDone() + c->proxy->byteCutsDone();
    });
    QVERIFY2(cuts > 0, "no connection was cut: the run tested nothing of what it says");
    quiesce();
    if (QTest::currentTestFailed())
        return;
    // The server's log first (it must be stopped for that), then, with it running again, the caches.
    verifyServerLog();
    if (QTest::currentTestFailed())
        return;
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    verifyCaches();
}

void TestFaultRandom::mutateRound()
{
    for (int i = 0; i < int(m_clients.size()); ++i) {
        const int wanted = qMin(int(m_rng.bounded(8, 31)), kMutationsPerClient - m_clients[i]->mutations);
        if (wanted > 0)
            mutateClient(i, wanted);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestFaultRandom::mutateClient(int index, int wanted)
{
    // No CLI runs on this profile now: the clerk has the cache to itself, as between two syncs.
    Client& c = *m_clients[index];
    LocalCache cache;
    QCOMPARE(cache.open(c.cachePath), LocalCache::OpenStatus::Ok);
    const int attempts = 20 * wanted; // an action may change nothing (a value the row had already)
    for (int attempt = 0; wanted > 0 && attempt < attempts; ++attempt) {
        const QVector<RecordedMutation> queued = m_mutator->mutateOnce(index, c.regions, cache);
        QVERIFY2(queued.size() <= 1, "one local action queued more than one outbox entry");
        for (const RecordedMutation& m : queued) {
            QCOMPARE(m.clientId, c.clientId);
            QVERIFY2(m.mid > c.lastMid, "a new outbox entry reused a mid");
            c.lastMid = m.mid;
            m_recorded.append(m);
            ++c.mutations;
            --wanted;
        }
    }
    QVERIFY2(wanted == 0, qPrintable(QStringLiteral("client %1 could not queue its changes").arg(index)));
}

void TestFaultRandom::syncRound()
{
    QVector<int> which;
    for (int i = 0; i < int(m_clients.size()); ++i) {
        if (m_rng.bounded(100) < 60)
            which.append(i);
    }
    if (which.isEmpty())
        which.append(int(m_rng.bounded(int(m_clients.size()))));
    CliBatch batch;
    QVector<bool> cutArmed;
    QVector<KillPoint> killPoints;
    for (int i : which) {
        Client& c = *m_clients[i];
        const int pending = pendingOf(c);
        cutArmed.append(armCut(c, pending));
        const KillPoint point = m_rng.bounded(100) < 35 ? KillPoint(1 + m_rng.bounded(4)) : KillPoint::None;
        killPoints.append(point);
        batch.add(*c.cli, QStringLiteral("sync"),
                  point == KillPoint::None ? std::function<bool()>() : killCondition(c, pending, point));
    }
    const QVector<CliRun> runs = batch.run();
    for (int k = 0; k < which.size(); ++k) {
        checkRun(*m_clients[which[k]], runs[k], cutArmed[k], killPoints[k]);
        noteUndoingLost(*m_clients[which[k]], runs[k].killed ? killPoints[k] : KillPoint::None);
    }
    for (const auto& c : m_clients)
        c->proxy->clearFaults(); // a cut that did not happen in this round must not hit the next one
}

bool TestFaultRandom::armCut(Client& c, int pending)
{
    const int dice = int(m_rng.bounded(100));
    if (dice < 15 && pending > 0) {
        c.proxy->cutPushResponses(1); // the server commits, the answer is lost
        return true;
    }
    if (dice < 35) {
        c.proxy->cutAfterBytes(m_rng.bounded(0, 6000)); // halfway a login, a push answer or a pull page
        return true;
    }
    return false;
}

std::function<bool()> TestFaultRandom::killCondition(const Client& c, int pending, KillPoint point)
{
    FaultProxy* proxy = c.proxy.get();
    const QString cachePath = c.cachePath;
    const int pushes = proxy->pushRequests();
    const int answers = proxy->pushAnswers();
    int delay = int(m_rng.bounded(0, 8)); // polls of 20 ms after the point is observed
    std::function<bool()> reached;
    switch (point) {
    case KillPoint::None:
    case KillPoint::Anywhere:
        reached = []() {
            return true;
        };
        // A sync CLI is often done within a few hundred ms: a later kill would mostly find it gone.
        delay = int(m_rng.bounded(0, 15));
        break;
    case KillPoint::PushSent:
        reached = [proxy, pushes]() {
            return proxy->pushRequests() > pushes;
        };
        break;
    case KillPoint::PushAnswered:
        reached = [proxy, answers]() {
            return proxy->pushAnswers() > answers;
        };
        break;
    case KillPoint::Pulling:
        reached = [cachePath, pending]() {
            const int left = peekCache(cachePath, QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL"));
            return left >= 0 && left < pending;
        };
        break;
    }
    auto polls = std::make_shared<int>(0);
    auto reachedAt = std::make_shared<int>(-1);
    return [reached, delay, polls, reachedAt]() {
        if (*reachedAt < 0 && reached())
            *reachedAt = *polls;
        ++*polls;
        return *reachedAt >= 0 && *polls - *reachedAt > delay;
    };
}

void TestFaultRandom::checkRun(const Client& c, const CliRun& run, bool cutArmed, KillPoint point)
{
    ++m_tally.syncs;
    m_tally.faultedSyncs += cutArmed ? 1 : 0;
    if (run.killed) {
        ++m_tally.kills;
        ++m_tally.killsAt[point];
        return;
    }
    // A cut may fail the run (exit 3, server unreachable) or go unnoticed (Qt resends the request on a new
    // connection); anything else — a crash, a cache problem — is a failure, and so is any failed run
    // without a fault.
    const bool ok = run.exitCode == 0 || (cutArmed && run.exitCode == 3);
    m_tally.failedSyncs += run.exitCode == 3 ? 1 : 0;
    QVERIFY2(ok, qPrintable(QStringLiteral("sync of %1 exited %2%3: %4")
                                .arg(c.user)
                                .arg(run.exitCode)
                                .arg(cutArmed ? QStringLiteral(" after a cut") : QString())
                                .arg(run.output)));
}

void TestFaultRandom::noteUndoingLost(Client& c, KillPoint killedAt)
{
    // A mutation the server did not apply is undone in the record when its result is settled (the conflict
    // entry keeps what was typed): a refused insert leaves the cache, a refused delete brings the row back, a
    // rejected change gets the old values again. For a refused insert or a rejected change nothing the server
    // sends later repairs a lost undoing, so the run that left it behind is the one to name (warned here; the
    // end state fails on it).
    LocalCache cache;
    if (cache.open(c.cachePath) != LocalCache::OpenStatus::Ok)
        return;
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT id, table_name, row_id, op, status, mid, local_row FROM conflicts WHERE id > ? "
                             "ORDER BY id"));
    q.addBindValue(c.lastConflict);
    q.exec();
    while (q.next()) {
        c.lastConflict = q.value(0).toLongLong();
        const QString table = q.value(1).toString();
        const QString id = q.value(2).toString();
        if (stillWaiting(cache, table, id))
            continue; // later changes of the row, or a parked server row, decide its state
        const QString lost = undoingLost(cache, table, id, q.value(3).toString(), q.value(4).toString(),
                                         QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object());
        if (!lost.isEmpty())
            qWarning("round %d: %s: %s %s: %s (%s, mid %lld); its run was %s", m_tally.rounds, qPrintable(c.user),
                     qPrintable(table), qPrintable(id), qPrintable(lost), qPrintable(q.value(4).toString()),
                     q.value(5).toLongLong(), killDescription(killedAt));
    }
}

bool TestFaultRandom::stillWaiting(const LocalCache& cache, const QString& table, const QString& id)
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM outbox WHERE table_name = ? AND row_id = ? AND acked_at IS NULL) + "
        "(SELECT count(*) FROM pending_server_rows WHERE table_name = ? AND row_id = ?)"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(table);
        q.addBindValue(id);
    }
    return !q.exec() || !q.next() || q.value(0).toInt() > 0;
}

QString TestFaultRandom::undoingLost(const LocalCache& cache, const QString& table, const QString& id,
                                     const QString& op, const QString& status, QJsonObject typed)
{
    QJsonObject now = RecordQuery(cache).row(table, id);
    if (op == QLatin1String("insert"))
        return now.isEmpty() ? QString() : QStringLiteral("the refused insert is still in the cache");
    if (op == QLatin1String("delete"))
        return !now.isEmpty() || status == QLatin1String("gone") ? QString()
                                                                 : QStringLiteral("the refused delete was not undone");
    if (status != QLatin1String("rejected"))
        return QString(); // a conflict shows the server's row, which may equal what was typed
    now.remove(QStringLiteral("updated_at"));
    typed.remove(QStringLiteral("updated_at"));
    return now == typed ? QStringLiteral("the rejected change is still shown") : QString();
}

const char* TestFaultRandom::killDescription(KillPoint point)
{
    switch (point) {
    case KillPoint::None:
        return "not killed";
    case KillPoint::Anywhere:
        return "killed at a random moment";
    case KillPoint::PushSent:
        return "killed with a push sent";
    case KillPoint::PushAnswered:
        return "killed after a push was answered";
    case KillPoint::Pulling:
        return "killed after the outbox was settled";
    }
    return "";
}

void TestFaultRandom::quiesce()
{
    for (const auto& c : m_clients)
        c->proxy->clearFaults();
    // Every client syncs until its outbox is empty (without faults one round should do), then all once
    // more so everyone has pulled what the others pushed last.
    for (int round = 0; round < 5; ++round) {
        QVector<int> pending;
        for (int i = 0; i < int(m_clients.size()); ++i) {
            if (pendingOf(*m_clients[i]) != 0)
                pending.append(i);
        }
        if (pending.isEmpty())
            break;
        runCleanly(QStringLiteral("sync"), pending);
        if (QTest::currentTestFailed())
            return;
    }
    for (const auto& c : m_clients)
        QVERIFY2(pendingOf(*c) == 0, qPrintable(QStringLiteral("%1 still has pending changes").arg(c->user)));
    runCleanly(QStringLiteral("sync"), allClients());
}

void TestFaultRandom::verifyCaches()
{
    for (const auto& c : m_clients)
        verifyNoUnconfirmedRows(*c);
    if (QTest::currentTestFailed())
        return;
    runCleanly(QStringLiteral("check"), allClients());
    if (QTest::currentTestFailed())
        return;
    verifyEqualScopes();
    if (QTest::currentTestFailed())
        return;
    verifyConflictsKept();
}

void TestFaultRandom::verifyNoUnconfirmedRows(const Client& c)
{
    // With the outbox empty every row has come from the server (version >= 1). A version-0 row is a local
    // insert the server never applied whose undoing was lost: it would stay in this cache forever.
    LocalCache cache;
    QCOMPARE(cache.open(c.cachePath), LocalCache::OpenStatus::Ok);
    QStringList found;
    QSqlQuery q(cache.database());
    for (const QString& table : kMutatedTables) {
        QVERIFY(q.exec(QStringLiteral("SELECT t.id, c.status, c.mid FROM %1 t LEFT JOIN conflicts c "
                                      "ON c.table_name = '%1' AND c.row_id = t.id WHERE t.version = 0")
                           .arg(table)));
        while (q.next())
            found.append(QStringLiteral("%1 %2 (%3, mid %4)")
                             .arg(table, q.value(0).toString(),
                                  q.value(1).isNull() ? QStringLiteral("no conflict kept") : q.value(1).toString(),
                                  q.value(2).toString()));
    }
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 keeps %2 local inserts the server never applied: %3")
                                             .arg(c.user)
                                             .arg(found.size())
                                             .arg(found.join(QLatin1String("; ")))));
}

void TestFaultRandom::verifyEqualScopes()
{
    // The two PCs of the Antwerp counter and the Antwerp coordinator see exactly the same rows.
    QHash<int, QHash<QString, QString>> hashes;
    for (int i : {kCounterPc1, kCounterPc2, kCoordinator}) {
        LocalCache cache;
        QCOMPARE(cache.open(m_clients[i]->cachePath), LocalCache::OpenStatus::Ok);
        for (const QString& table : Protocol::syncedTableNames())
            hashes[i].insert(table, CacheDigest::hashOf(RecordQuery(cache).versionLines(table)));
    }
    for (int i : {kCounterPc2, kCoordinator}) {
        for (const QString& table : Protocol::syncedTableNames())
            QVERIFY2(hashes[i].value(table) == hashes[kCounterPc1].value(table),
                     qPrintable(QStringLiteral("%1 differs between client 0 and client %2").arg(table).arg(i)));
    }
    // Row by row: the same, and the admin (who sees every region) holds within one exactly the rows that
    // region's clients hold.
    const QString antwerpen = QStringLiteral("antwerpen");
    for (const auto& [a, b, region] :
         {std::make_tuple(kCounterPc1, kCounterPc2, antwerpen), std::make_tuple(kCounterPc1, kCoordinator, antwerpen),
          std::make_tuple(kAdmin, kCounterPc1, antwerpen),
          std::make_tuple(kAdmin, kMechelen, QStringLiteral("mechelen"))}) {
        verifyRegionRows(a, b, region);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestFaultRandom::verifyRegionRows(int a, int b, const QString& region)
{
    // Whole rows, not only id:version: an undone change whose undoing was lost keeps the version but not the
    // values. updated_at is left out: a local edit stamps its own time until the server's row replaces it.
    auto rowsOf = [&region](const QString& path, const QString& table) {
        QVector<QJsonObject> rows;
        LocalCache cache;
        if (cache.open(path) != LocalCache::OpenStatus::Ok)
            return rows;
        rows = RecordQuery(cache).rowsWhere(table, QStringLiteral("region_id"), region, QStringLiteral("id"));
        for (QJsonObject& row : rows)
            row.remove(QStringLiteral("updated_at"));
        return rows;
    };
    for (const QString& table : Protocol::syncedTableNames()) {
        if (table == QLatin1String("accounts"))
            continue; // not kept per region
        const QVector<QJsonObject> rowsA = rowsOf(m_clients[a]->cachePath, table);
        const QVector<QJsonObject> rowsB = rowsOf(m_clients[b]->cachePath, table);
        QVERIFY2(rowsA.size() == rowsB.size(),
                 qPrintable(QStringLiteral("%1 in %2: client %3 has %4 rows, client %5 %6")
                                .arg(table, region)
                                .arg(a)
                                .arg(rowsA.size())
                                .arg(b)
                                .arg(rowsB.size())));
        for (int i = 0; i < rowsA.size(); ++i) {
            if (rowsA[i] != rowsB[i])
                QFAIL(qPrintable(QStringLiteral("%1 in %2 differs between client %3 and client %4:\n%5\n%6")
                                     .arg(table, region)
                                     .arg(a)
                                     .arg(b)
                                     .arg(QString::fromUtf8(QJsonDocument(rowsA[i]).toJson(QJsonDocument::Compact)),
                                          QString::fromUtf8(QJsonDocument(rowsB[i]).toJson(QJsonDocument::Compact)))));
        }
    }
}

void TestFaultRandom::verifyServerLog()
{
    m_server->stop();
    ServerMutationLog log; // closed before the server starts again
    QString error;
    QVERIFY2(
        log.open(QDir(m_serverDir.path()).filePath(QStringLiteral("opvangloket.sqlite")), QUrl(m_databaseUrl), &error),
        qPrintable(error));
    QVector<ServerMutationLog::Result> list;
    QVERIFY2(log.results(&list, &error), qPrintable(error));
    QHash<QString, ServerMutationLog::Result>& results = m_results;
    for (const ServerMutationLog::Result& r : list) {
        QVERIFY2(!results.contains(resultKey(r.clientId, r.mid)), "a (client_id, mid) is in the log twice");
        results.insert(resultKey(r.clientId, r.mid), r);
    }
    printOutcomes(results);
    verifyLogMatchesOutboxes(results);
    if (QTest::currentTestFailed())
        return;
    QHash<QString, ServerMutationLog::Client> clients;
    QVERIFY2(log.clients(&clients, &error), qPrintable(error));
    for (const auto& c : m_clients)
        QCOMPARE(clients.value(c->clientId).lastMutationId, c->lastMid);
    verifyAudit(log, results);
    if (QTest::currentTestFailed())
        return;
    verifyVersions(log, results);
}

void TestFaultRandom::verifyLogMatchesOutboxes(const QHash<QString, ServerMutationLog::Result>& results)
{
    int missing = 0;
    QStringList examples;
    for (const RecordedMutation& m : m_recorded) {
        if (results.contains(resultKey(m.clientId, m.mid)))
            continue;
        ++missing;
        if (examples.size() < 5)
            examples.append(QStringLiteral("client %1 mid %2 (%3 %4)").arg(m.client).arg(m.mid).arg(m.op, m.table));
    }
    QVERIFY2(missing == 0, qPrintable(QStringLiteral("%1 queued mutations are not in the server's log, e.g. %2")
                                          .arg(missing)
                                          .arg(examples.join(QLatin1String(", ")))));
    // Every recorded one is there once, so equal sizes mean nothing else is.
    QCOMPARE(results.size(), m_recorded.size());
    // The outboxes themselves keep acknowledged entries (for a replay after a restore): all of them
    // together are exactly what was queued, so the server's log equals their union too.
    for (const auto& c : m_clients) {
        QStringList kept, queued;
        LocalCache cache;
        QCOMPARE(cache.open(c->cachePath), LocalCache::OpenStatus::Ok);
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("SELECT mid, table_name, op, row_id FROM outbox ORDER BY mid")));
        while (q.next())
            kept.append(QStringLiteral("%1 %2 %3 %4")
                            .arg(q.value(0).toLongLong())
                            .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
        for (const RecordedMutation& m : m_recorded) {
            if (m.clientId == c->clientId)
                queued.append(QStringLiteral("%1 %2 %3 %4").arg(m.mid).arg(m.table, m.op, m.rowId));
        }
        QCOMPARE(kept, queued);
    }
}

void TestFaultRandom::verifyAudit(ServerMutationLog& log, const QHash<QString, ServerMutationLog::Result>& results)
{
    // The server audits every push it applies with its table and row: the multiset of those events must be
    // the recorded mutations with their outcomes, each once.
    QHash<QString, ServerMutationLog::Client> clients;
    QString error;
    QVERIFY2(log.clients(&clients, &error), qPrintable(error));
    QStringList expected;
    for (const RecordedMutation& m : m_recorded) {
        const QString status = results.value(resultKey(m.clientId, m.mid)).status;
        expected.append(QStringList{clients.value(m.clientId).accountId, QStringLiteral("push.%1.%2").arg(m.op, status),
                                    m.table, m.rowId}
                            .join(QLatin1Char('|')));
    }
    QVector<ServerMutationLog::PushAudit> audits;
    QVERIFY2(log.pushAudits(&audits, &error), qPrintable(error));
    QStringList actual;
    for (const ServerMutationLog::PushAudit& a : audits)
        actual.append(QStringList{a.accountId, a.action, a.table, a.rowId}.join(QLatin1Char('|')));
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual.size(), expected.size());
    const auto diff = std::mismatch(expected.begin(), expected.end(), actual.begin());
    if (diff.first != expected.end())
        QFAIL(qPrintable(QStringLiteral("audit differs: expected %1, found %2").arg(*diff.first, *diff.second)));
}

void TestFaultRandom::verifyVersions(ServerMutationLog& log, const QHash<QString, ServerMutationLog::Result>& results)
{
    // Per row: the writes (results with a seq) in commit order, and where the row started.
    QHash<QString, QVector<std::pair<const RecordedMutation*, ServerMutationLog::Result>>> writes;
    QSet<QString> inserted;
    QSet<qint64> seqs;
    for (const RecordedMutation& m : m_recorded) {
        const ServerMutationLog::Result r = results.value(resultKey(m.clientId, m.mid));
        if (m.op == QLatin1String("insert"))
            inserted.insert(m.rowKey());
        writes[m.rowKey()]; // every touched row is checked, written or not
        if (r.seq <= 0)
            continue;
        QVERIFY2(!seqs.contains(r.seq), "two mutations were recorded with one write");
        seqs.insert(r.seq);
        writes[m.rowKey()].append({&m, r});
    }
    QStringList problems;
    for (auto it = writes.begin(); it != writes.end(); ++it) {
        const qint64 before = inserted.contains(it.key()) ? 0 : m_before.value(it.key(), -1);
        if (before < 0) {
            problems.append(it.key() + QStringLiteral(": neither in the demo set nor inserted by a client"));
            continue;
        }
        verifyRowVersions(log, it.key(), it.value(), before, &problems);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 rows with wrong versions, e.g. %2")
                                                .arg(problems.size())
                                                .arg(problems.mid(0, 5).join(QLatin1String("; ")))));
}

void TestFaultRandom::verifyRowVersions(ServerMutationLog& log, const QString& rowKey,
                                        QVector<std::pair<const RecordedMutation*, ServerMutationLog::Result>> writes,
                                        qint64 before, QStringList* problems)
{
    std::sort(writes.begin(), writes.end(), [](const auto& a, const auto& b) { return a.second.seq < b.second.seq; });
    const qsizetype slash = rowKey.indexOf(QLatin1Char('/'));
    // The server may write the row itself after another push (an emergency entry resolved when its application is
    // placed): those versions are audited as derive.update and take their turn among the pushes'.
    QVector<qint64> derived = log.derivedVersions(rowKey.left(slash), rowKey.mid(slash + 1));
    std::sort(derived.begin(), derived.end());
    // Each write bumped the version by exactly one: applied twice, or by anything else, would skip one.
    qint64 next = before + 1;
    int d = 0;
    for (int i = 0; i < writes.size(); ++i) {
        while (d < derived.size() && derived.at(d) == next) {
            ++d;
            ++next;
        }
        if (writes[i].second.version != next) {
            problems->append(QStringLiteral("%1: write %2 made version %3, expected %4")
                                 .arg(rowKey)
                                 .arg(i + 1)
                                 .arg(writes[i].second.version)
                                 .arg(next));
            return;
        }
        ++next;
    }
    bool deleted = false;
    const qint64 now = log.versionOf(rowKey.left(slash), rowKey.mid(slash + 1), &deleted);
    const qint64 expected =
        before == 0 && writes.isEmpty() && derived.isEmpty() ? -1 : before + writes.size() + derived.size();
    const bool lastWasDelete = !writes.isEmpty() && writes.last().first->op == QLatin1String("delete");
    if (now != expected || (expected >= 0 && deleted != lastWasDelete))
        problems->append(QStringLiteral("%1: version %2%3 on the server, expected %4 after %5 writes")
                             .arg(rowKey)
                             .arg(now)
                             .arg(deleted ? QStringLiteral(" (deleted)") : QString())
                             .arg(expected)
                             .arg(writes.size()));
}

void TestFaultRandom::verifyConflictsKept()
{
    // Each mutation the server did not apply is kept in that client's conflicts for a person, exactly once:
    // a kill between the server's commit and the client's settling must neither lose nor double one.
    for (const auto& c : m_clients) {
        int notApplied = 0;
        for (const ServerMutationLog::Result& r : std::as_const(m_results)) {
            if (r.clientId == c->clientId && r.status != QLatin1String("applied"))
                ++notApplied;
        }
        LocalCache cache;
        QCOMPARE(cache.open(c->cachePath), LocalCache::OpenStatus::Ok);
        QCOMPARE(RecordQuery(cache).conflictCount(), notApplied);
    }
}

void TestFaultRandom::printFaults()
{
    int pushCuts = 0;
    int byteCuts = 0;
    for (const auto& c : m_clients) {
        pushCuts += c->proxy->cutsDone();
        byteCuts += c->proxy->byteCutsDone();
    }
    qInfo("seed %u: %lld mutations in %d rounds, %.0f s; %d syncs, %d with a cut armed, %d failed by a cut; "
          "%d killed (%d anywhere, %d with a push sent, %d with a push answered, %d pulling); %d cut after the "
          "server's commit, %d cut halfway an answer; %d local refusals",
          m_seed, qlonglong(m_recorded.size()), m_tally.rounds, m_clock.elapsed() / 1000.0, m_tally.syncs,
          m_tally.faultedSyncs, m_tally.failedSyncs, m_tally.kills, m_tally.killsAt.value(KillPoint::Anywhere),
          m_tally.killsAt.value(KillPoint::PushSent), m_tally.killsAt.value(KillPoint::PushAnswered),
          m_tally.killsAt.value(KillPoint::Pulling), pushCuts, byteCuts, m_mutator->localRefusals());
}

void TestFaultRandom::printOutcomes(const QHash<QString, ServerMutationLog::Result>& results)
{
    QMap<QString, int> statuses;
    for (const ServerMutationLog::Result& r : results)
        ++statuses[r.status];
    qInfo("seed %u: applied %d, conflict %d, rejected %d, gone %d, duplicate %d; %.0f s in all", m_seed,
          statuses.value(QStringLiteral("applied")), statuses.value(QStringLiteral("conflict")),
          statuses.value(QStringLiteral("rejected")), statuses.value(QStringLiteral("gone")),
          statuses.value(QStringLiteral("duplicate")), m_clock.elapsed() / 1000.0);
}

QTEST_GUILESS_MAIN(TestFaultRandom)
#include "TestFaultRandom.moc"

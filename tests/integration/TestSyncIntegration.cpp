// The client's sync engine against the real server, in-process on loopback, with real SQLite files on both
// sides: after every sync the cache must equal what the server lets this account see.
#include "SyncServer.h"
#include "domain/Uuid.h"
#include "store/BulkLoad.h"
#include "store/CacheSchema.h"
#include "store/ClientProfile.h"
#include "store/LocalCache.h"
#include "store/LocalWriter.h"
#include "store/RecordQuery.h"
#include "sync/ApiClient.h"
#include "sync/CacheDigest.h"
#include "sync/ClientSession.h"
#include "sync/NotifyClient.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

struct Client {
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<ClientProfile> profile;
    std::unique_ptr<ClientSession> session;
};

QStringList indexNames(LocalCache& cache)
{
    QSqlQuery q(cache.database());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace

class TestSyncIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initialSyncEqualsServer();
    void interruptedBulkLoadRestoresIndexes();
    void pagedSyncEqualsServer();
    void mechelenNeverReceivesAntwerp();
    void localEditReachesOtherClient();
    void filedApplicationGetsItsNumber();
    void secondApplicationForChildIsDuplicate();
    void invalidLocalInputNeverLeavesTheClient();
    void pokeBringsChangeToOtherClient();
    void resyncKeepsTheOutbox();
    void outboxSurvivesCacheUpgrade();
    void failedRoundsBackOff();

private:
    std::unique_ptr<Client> signIn(const QString& user);
    void sync(Client& c);
    void verifyEqualsServer(Client& c);

    QTemporaryDir m_serverDir;
    SyncServer m_server;
    QUrl m_url;
};

void TestSyncIntegration::initTestCase()
{
    ServerOptions options;
    options.port = 0;
    options.dataDir = m_serverDir.path();
    options.demo = true;
    QString error;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    m_url = QUrl(m_server.baseUrl());
}

std::unique_ptr<Client> TestSyncIntegration::signIn(const QString& user)
{
    auto c = std::make_unique<Client>();
    c->profile = std::make_unique<ClientProfile>(c->dir->path());
    c->session = std::make_unique<ClientSession>(*c->profile, m_url);
    QString error;
    if (!c->session->signIn(user, QStringLiteral("demo"), ClientSession::Keychain::Skip, &error))
        qWarning() << "sign-in failed:" << error;
    return c;
}

void TestSyncIntegration::sync(Client& c)
{
    QString error;
    QVERIFY2(c.session->sync().syncBlocking(&error), qPrintable(error));
}

void TestSyncIntegration::verifyEqualsServer(Client& c)
{
    const ApiResult digest = c.session->api().getBlocking(QStringLiteral("/sync/digest"));
    QVERIFY2(digest.ok(), qPrintable(digest.describe()));
    const auto comparisons =
        CacheDigest::compare(c.session->cache(), digest.json.value(QStringLiteral("tables")).toObject());
    QVERIFY(!comparisons.isEmpty());
    for (const auto& t : comparisons)
        QVERIFY2(
            t.same,
            qPrintable(
                QStringLiteral("%1: %2 local, %3 on the server").arg(t.table).arg(t.localCount).arg(t.serverCount)));
}

void TestSyncIntegration::initialSyncEqualsServer()
{
    auto c = signIn(QStringLiteral("loket.antwerpen"));
    QVERIFY(c->session->isOpen());
    const QStringList indexes = indexNames(c->session->cache());
    QVERIFY(indexes.contains(QStringLiteral("applications_status")));
    sync(*c);
    // The first sync fills the cache without its secondary indexes and puts every one of them back.
    QCOMPARE(indexNames(c->session->cache()), indexes);
    QVERIFY(c->session->sync().rowsReceived() > 500);
    verifyEqualsServer(*c);
    const QMap<QString, int> counts = RecordQuery(c->session->cache()).rowCounts();
    QVERIFY(counts.value(QStringLiteral("applications")) > 100);
    QVERIFY(counts.value(QStringLiteral("locations")) > 5);
    // A second round brings nothing new and stays equal.
    sync(*c);
    QCOMPARE(c->session->sync().rowsReceived(), 0);
    verifyEqualsServer(*c);
}

void TestSyncIntegration::interruptedBulkLoadRestoresIndexes()
{
    auto c = signIn(QStringLiteral("loket.mechelen"));
    LocalCache& cache = c->session->cache();
    const QStringList indexes = indexNames(cache);
    // What a first sync killed after its first page leaves behind: indexes dropped, the bulk flag set.
    QString error;
    QVERIFY2(BulkLoad::dropSecondaryIndexes(cache, &error), qPrintable(error));
    QVERIFY(cache.setState(QStringLiteral("search_rebuild_pending"), QStringLiteral("1")));
    QVERIFY(!indexNames(cache).contains(QStringLiteral("applications_status")));
    sync(*c);
    QCOMPARE(indexNames(cache), indexes);
    QCOMPARE(cache.state(QStringLiteral("search_rebuild_pending")), QStringLiteral("0"));
    verifyEqualsServer(*c);
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fts_applications")) && q.next());
    QVERIFY(q.value(0).toInt() > 10);
}

void TestSyncIntegration::pagedSyncEqualsServer()
{
    auto c = signIn(QStringLiteral("admin"));
    c->session->sync().setPullLimit(37); // many small pages: no row may be lost or doubled at page edges
    sync(*c);
    verifyEqualsServer(*c);
}

void TestSyncIntegration::mechelenNeverReceivesAntwerp()
{
    auto c = signIn(QStringLiteral("loket.mechelen"));
    sync(*c);
    verifyEqualsServer(*c);
    QSqlQuery q(c->session->cache().database());
    for (const QString& table : {QStringLiteral("parents"), QStringLiteral("children"), QStringLiteral("applications"),
                                 QStringLiteral("locations"), QStringLiteral("emergency_entries")}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(region_id <> 'mechelen') FROM %1").arg(table)) && q.next());
        QVERIFY2(q.value(0).toInt() > 0, qPrintable(table));
        QCOMPARE(q.value(1).toInt(), 0);
    }
}

void TestSyncIntegration::localEditReachesOtherClient()
{
    auto a = signIn(QStringLiteral("loket.turnhout"));
    auto b = signIn(QStringLiteral("loket.turnhout"));
    sync(*a);
    sync(*b);
    const QJsonObject parent = RecordQuery(a->session->cache()).allRows(QStringLiteral("parents")).first();
    const QString id = parent.value(QStringLiteral("id")).toString();
    QString error;
    LocalWriter writer(a->session->cache());
    QVERIFY2(writer.update(QStringLiteral("parents"), id,
                           {{QStringLiteral("phone"), QStringLiteral("+32470998877")},
                            {QStringLiteral("notes"), QStringLiteral("Belt liefst na 16 uur.")}},
                           &error),
             qPrintable(error));
    QCOMPARE(RecordQuery(a->session->cache()).pendingChanges(), 1);
    sync(*a);
    QCOMPARE(a->session->sync().mutationsSent(), 1);
    QCOMPARE(RecordQuery(a->session->cache()).pendingChanges(), 0);
    QCOMPARE(RecordQuery(a->session->cache()).conflictCount(), 0);
    verifyEqualsServer(*a);
    sync(*b);
    const QJsonObject seen = RecordQuery(b->session->cache()).row(QStringLiteral("parents"), id);
    QCOMPARE(seen.value(QStringLiteral("phone")).toString(), QStringLiteral("+32470998877"));
    QCOMPARE(seen.value(QStringLiteral("version")).toInteger(),
             parent.value(QStringLiteral("version")).toInteger() + 1);
    verifyEqualsServer(*b);
}

void TestSyncIntegration::filedApplicationGetsItsNumber()
{
    auto c = signIn(QStringLiteral("loket.mechelen"));
    sync(*c);
    const QString parentId = Uuid::v7(), childId = Uuid::v7(), applicationId = Uuid::v7();
    const QString region = QStringLiteral("mechelen");
    LocalWriter writer(c->session->cache());
    QString error;
    QVERIFY2(writer.insert(QStringLiteral("parents"),
                           {{QStringLiteral("id"), parentId},
                            {QStringLiteral("region_id"), region},
                            {QStringLiteral("first_name"), QStringLiteral("Sofie")},
                            {QStringLiteral("last_name"), QStringLiteral("Verhoeven")},
                            {QStringLiteral("phone"), QStringLiteral("+32478112233")},
                            {QStringLiteral("postcode"), QStringLiteral("2800")},
                            {QStringLiteral("municipality"), QStringLiteral("Mechelen")},
                            {QStringLiteral("language"), QStringLiteral("nl")},
                            {QStringLiteral("contact_preference"), QStringLiteral("phone")}},
                           &error),
             qPrintable(error));
    QVERIFY2(writer.insert(QStringLiteral("children"),
                           {{QStringLiteral("id"), childId},
                            {QStringLiteral("region_id"), region},
                            {QStringLiteral("parent_id"), parentId},
                            {QStringLiteral("first_name"), QStringLiteral("Mila")},
                            {QStringLiteral("last_name"), QStringLiteral("Verhoeven")},
                            {QStringLiteral("expected_birth_date"), QStringLiteral("2027-04-15")}},
                           &error),
             qPrintable(error));
    const QString locationId = RecordQuery(c->session->cache())
                                   .allRows(QStringLiteral("locations"))
                                   .first()
                                   .value(QStringLiteral("id"))
                                   .toString();
    QVERIFY2(writer.insert(QStringLiteral("applications"),
                           {{QStringLiteral("id"), applicationId},
                            {QStringLiteral("region_id"), region},
                            {QStringLiteral("child_id"), childId},
                            {QStringLiteral("parent_id"), parentId},
                            {QStringLiteral("status"), QStringLiteral("submitted")},
                            {QStringLiteral("desired_start"), QStringLiteral("2027-09-01")},
                            {QStringLiteral("start_flexibility_weeks"), 4},
                            {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")},
                                                                 {QStringLiteral("tue"), QStringLiteral("full")}}},
                            {QStringLiteral("preferences"), QJsonArray{locationId}},
                            {QStringLiteral("channel"), QStringLiteral("counter")}},
                           &error),
             qPrintable(error));
    sync(*c);
    QCOMPARE(c->session->sync().mutationsSent(), 3);
    QCOMPARE(RecordQuery(c->session->cache()).conflictCount(), 0);
    const QString number = RecordQuery(c->session->cache())
                               .row(QStringLiteral("applications"), applicationId)
                               .value(QStringLiteral("number"))
                               .toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^MEC-\\d{4}-\\d{6}$")).match(number).hasMatch(), qPrintable(number));
    verifyEqualsServer(*c);
}

void TestSyncIntegration::secondApplicationForChildIsDuplicate()
{
    auto c = signIn(QStringLiteral("loket.antwerpen"));
    sync(*c);
    QSqlQuery q(c->session->cache().database());
    QVERIFY(q.exec(QStringLiteral("SELECT child_id, parent_id FROM applications WHERE status = 'in_review' LIMIT 1")));
    QVERIFY(q.next());
    const QString childId = q.value(0).toString();
    const QString applicationId = Uuid::v7();
    LocalWriter writer(c->session->cache());
    QString error;
    QVERIFY2(writer.insert(QStringLiteral("applications"),
                           {{QStringLiteral("id"), applicationId},
                            {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                            {QStringLiteral("child_id"), childId},
                            {QStringLiteral("parent_id"), q.value(1).toString()},
                            {QStringLiteral("status"), QStringLiteral("submitted")},
                            {QStringLiteral("desired_start"), QStringLiteral("2027-09-01")},
                            {QStringLiteral("channel"), QStringLiteral("counter")}},
                           &error),
             qPrintable(error));
    sync(*c);
    RecordQuery records(c->session->cache());
    QCOMPARE(records.pendingChanges(), 0);
    QCOMPARE(records.conflictCount(), 1); // kept for a person to merge, not silently dropped
    QVERIFY(records.row(QStringLiteral("applications"), applicationId).isEmpty());
    QVERIFY(q.exec(QStringLiteral("SELECT status, local_row FROM conflicts")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("duplicate"));
    QVERIFY(q.value(1).toString().contains(applicationId));
    verifyEqualsServer(*c);
}

void TestSyncIntegration::invalidLocalInputNeverLeavesTheClient()
{
    auto c = signIn(QStringLiteral("loket.antwerpen"));
    LocalWriter writer(c->session->cache());
    QString error;
    QVERIFY(!writer.insert(QStringLiteral("parents"),
                           {{QStringLiteral("id"), Uuid::v7()},
                            {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                            {QStringLiteral("first_name"), QStringLiteral("Tom")},
                            {QStringLiteral("last_name"), QStringLiteral("Peeters")},
                            {QStringLiteral("national_number"), QStringLiteral("12345678901")}},
                           &error));
    QVERIFY(error.contains(QStringLiteral("national_number")));
    QCOMPARE(RecordQuery(c->session->cache()).pendingChanges(), 0);
}

void TestSyncIntegration::pokeBringsChangeToOtherClient()
{
    auto a = signIn(QStringLiteral("loket.turnhout"));
    auto b = signIn(QStringLiteral("loket.turnhout"));
    sync(*a);
    b->session->scheduler().setPeriodMs(3600 * 1000); // only a poke can bring the change in time
    QSignalSpy rounds(&b->session->sync(), &SyncEngine::finished);
    b->session->startBackgroundSync();
    QTRY_VERIFY(b->session->notify().isConnected());
    QTRY_VERIFY(rounds.count() >= 1 && !b->session->sync().isBusy());
    const QJsonObject parent = RecordQuery(a->session->cache()).allRows(QStringLiteral("parents")).last();
    const QString id = parent.value(QStringLiteral("id")).toString();
    LocalWriter writer(a->session->cache());
    QString error;
    QVERIFY2(writer.update(QStringLiteral("parents"), id, {{QStringLiteral("phone"), QStringLiteral("+32470112299")}},
                           &error),
             qPrintable(error));
    sync(*a);
    QTRY_COMPARE_WITH_TIMEOUT(
        RecordQuery(b->session->cache()).row(QStringLiteral("parents"), id).value(QStringLiteral("phone")).toString(),
        QStringLiteral("+32470112299"), 5000);
    verifyEqualsServer(*b);
}

void TestSyncIntegration::failedRoundsBackOff()
{
    QTemporaryDir dir;
    LocalCache cache;
    QCOMPARE(cache.open(dir.filePath(QStringLiteral("c.sqlite"))), LocalCache::OpenStatus::Ok);
    ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:9"))); // nothing listens: like a pulled cable
    SyncEngine engine(cache, api);
    SyncScheduler scheduler(engine, nullptr);
    scheduler.setMaxBackoffMs(5000);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    scheduler.start();
    const QList<QPair<int, int>> expected{{1000, 2000}, {2000, 4000}, {2500, 5000}, {2500, 5000}};
    for (int i = 0; i < expected.size(); ++i) {
        QTRY_COMPARE(finished.count(), i + 1);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(scheduler.consecutiveFailures(), i + 1);
        const int wait = scheduler.nextRetryMs();
        QVERIFY2(wait > expected[i].first - 50 && wait <= expected[i].second,
                 qPrintable(QStringLiteral("retry %1 after %2 ms").arg(i + 1).arg(wait)));
        scheduler.requestSync(); // do not wait it out in a test
    }
}

void TestSyncIntegration::resyncKeepsTheOutbox()
{
    // A cursor from another server (another epoch), as after a restore from backup: the server answers
    // 410 resync_required; the client rebuilds its cache and still delivers what was waiting to be sent.
    QTemporaryDir otherDir;
    SyncServer other;
    ServerOptions options;
    options.port = 0;
    options.dataDir = otherDir.path();
    options.demo = true;
    QString error;
    QVERIFY2(other.start(options, &error), qPrintable(error));
    ClientProfile otherProfile(otherDir.filePath(QStringLiteral("client")));
    ClientSession otherSession(otherProfile, QUrl(other.baseUrl()));
    QVERIFY(otherSession.signIn(QStringLiteral("loket.mechelen"), QStringLiteral("demo"), ClientSession::Keychain::Skip,
                                &error));
    QVERIFY(otherSession.sync().syncBlocking(&error));
    const QString foreignCursor = otherSession.cache().state(QStringLiteral("cursor"));

    auto c = signIn(QStringLiteral("loket.mechelen"));
    sync(*c);
    const QString id = RecordQuery(c->session->cache())
                           .allRows(QStringLiteral("parents"))
                           .first()
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(
        LocalWriter(c->session->cache())
            .update(QStringLiteral("parents"), id, {{QStringLiteral("notes"), QStringLiteral("Na herstel.")}}, &error));
    // A row lost from the cache without the server knowing: only a full rebuild brings it back.
    const QString lostChild = RecordQuery(c->session->cache())
                                  .allRows(QStringLiteral("children"))
                                  .first()
                                  .value(QStringLiteral("id"))
                                  .toString();
    QSqlQuery q(c->session->cache().database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM children WHERE id = '%1'").arg(lostChild)));
    c->session->cache().setState(QStringLiteral("cursor"), foreignCursor);
    sync(*c);
    QVERIFY(!RecordQuery(c->session->cache()).row(QStringLiteral("children"), lostChild).isEmpty());
    QCOMPARE(RecordQuery(c->session->cache()).pendingChanges(), 0);
    QCOMPARE(
        RecordQuery(c->session->cache()).row(QStringLiteral("parents"), id).value(QStringLiteral("notes")).toString(),
        QStringLiteral("Na herstel."));
    verifyEqualsServer(*c);
}

void TestSyncIntegration::outboxSurvivesCacheUpgrade()
{
    // A cache written by the previous client version (schema 1, no search index) with unsent work in it.
    auto c = signIn(QStringLiteral("loket.turnhout"));
    sync(*c);
    const QString path = c->session->cache().path();
    const QString id = RecordQuery(c->session->cache())
                           .allRows(QStringLiteral("parents"))
                           .last()
                           .value(QStringLiteral("id"))
                           .toString();
    QString error;
    QVERIFY(LocalWriter(c->session->cache())
                .update(QStringLiteral("parents"), id, {{QStringLiteral("notes"), QStringLiteral("Voor de update.")}},
                        &error));
    {
        QSqlQuery q(c->session->cache().database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE fts_applications")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE fts_parents")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE conflicts DROP COLUMN op")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    auto dir = std::move(c->dir); // keep the profile folder: the upgraded client opens the same file
    c.reset();
    auto upgraded = std::make_unique<Client>();
    upgraded->dir = std::move(dir);
    upgraded->profile = std::make_unique<ClientProfile>(upgraded->dir->path());
    upgraded->session = std::make_unique<ClientSession>(*upgraded->profile, m_url);
    QVERIFY2(upgraded->session->signIn(QStringLiteral("loket.turnhout"), QStringLiteral("demo"),
                                       ClientSession::Keychain::Skip, &error),
             qPrintable(error));
    QCOMPARE(upgraded->session->cache().path(), path);
    QCOMPARE(upgraded->session->cache().schemaVersion(), CacheSchema::currentVersion());
    QCOMPARE(RecordQuery(upgraded->session->cache()).pendingChanges(), 1);
    sync(*upgraded);
    QCOMPARE(RecordQuery(upgraded->session->cache()).pendingChanges(), 0);
    verifyEqualsServer(*upgraded);
}

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "TestSyncIntegration.moc"

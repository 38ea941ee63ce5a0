// The client's sync engine against the real server, in-process on loopback, with real SQLite files on both
// sides: after every sync the cache must equal what the server lets this account see.
#include "TestClient.h"
#include "demo/DemoSeeder.h"
#include "domain/Uuid.h"
#include "protocol/TableSchema.h"
#include "service/SyncServer.h"
#include "store/cache/BulkLoad.h"
#include "store/cache/CacheSchema.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/derived/ListIndex.h"
#include "store/derived/SearchIndex.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"
#include "sync/ApiClient.h"
#include "sync/CacheDigest.h"
#include "sync/ClientSession.h"
#include "sync/NotifyClient.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

using Client = TestClient;

// A server seeded with the demo data set into `dataDir`, listening on `port` (0: a free one).
ServerOptions demoOptions(const QString& dataDir, quint16 port = 0)
{
    ServerOptions options;
    options.port = port;
    options.dataDir = dataDir;
    options.demo = true;
    options.seedDemo = &DemoSeeder::seedInto;
    return options;
}

// A server whose SQLite file a test can copy while it is stopped and put back later, with a new epoch: a
// restore from backup, as an operator does it. It comes back on the same port, so the client's cache (one file
// per server address) stays the same file. It keeps the one backup in a folder of its own.
class RestorableServer
{
public:
    bool start(QString* error)
    {
        ServerOptions options = demoOptions(m_dir.path(), m_port);
        options.demoApplications = 40;
        m_server = std::make_unique<SyncServer>();
        if (!m_server->start(options, error))
            return false;
        m_port = m_server->port();
        return true;
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    bool backup(QString* error)
    {
        m_server.reset();
        return copyFiles(file(), backupFile(), error) && start(error);
    }
    bool restore(const QString& epoch, QString* error)
    {
        m_server.reset();
        return copyFiles(backupFile(), file(), error) && setEpoch(epoch, error) && start(error);
    }

private:
    QString file() const { return QDir(m_dir.path()).filePath(QStringLiteral("opvangloket.sqlite")); }
    QString backupFile() const { return QDir(m_backupDir.path()).filePath(QStringLiteral("backup.sqlite")); }
    static bool copyFiles(const QString& from, const QString& to, QString* error)
    {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(to + suffix);
            if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix)) {
                *error = QStringLiteral("cannot copy %1").arg(from + suffix);
                return false;
            }
        }
        return true;
    }
    bool setEpoch(const QString& epoch, QString* error)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("restore"));
            db.setDatabaseName(file());
            QSqlQuery q(db);
            ok = db.open() && q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'epoch'"));
            q.addBindValue(epoch);
            ok = ok && q.exec() && q.numRowsAffected() == 1;
            if (!ok)
                *error = q.lastError().text();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("restore"));
        return ok;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_backupDir;
    std::unique_ptr<SyncServer> m_server;
    quint16 m_port = 0;
};

// Turns a current cache file back into what an earlier client (schema 3) wrote.
bool downgradeToVersion3(QSqlDatabase db)
{
    QSqlQuery q(db);
    // Version 11: the listing days (list_applications' birth date and index go with the table, below).
    bool ok = q.exec(QStringLiteral("ALTER TABLE emergency_entries DROP COLUMN listed_on")) &&
              q.exec(QStringLiteral("ALTER TABLE emergency_entries DROP COLUMN resolved_on"));
    ok = ok && q.exec(QStringLiteral("DROP INDEX offers_location")) &&          // version 9
         q.exec(QStringLiteral("ALTER TABLE regions DROP COLUMN rule_set_id")); // version 8
    for (const char* index : {"emergency_open", "offers_application", "offers_free_place", "free_places_location"})
        ok = ok && q.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))); // version 7
    ok = ok && q.exec(QStringLiteral("DROP TABLE list_applications")) &&              // version 6
         q.exec(QStringLiteral("DROP TABLE list_preferences")) &&
         q.exec(QStringLiteral("DROP INDEX parents_language")) &&
         q.exec(QStringLiteral("DROP INDEX applications_parent_status")) &&
         q.exec(QStringLiteral("CREATE INDEX applications_parent ON applications(parent_id)"));
    for (const char* index : {"parents_sort_name", "parents_municipality", "emergency_parent"})
        ok = ok && q.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))); // version 5
    ok = ok && q.exec(QStringLiteral("DROP INDEX outbox_pending")) &&
         q.exec(QStringLiteral("ALTER TABLE outbox DROP COLUMN acked_at"));
    for (const QString& table : Protocol::syncedTableNames())
        ok = ok && q.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN updated_by").arg(table));
    return ok && q.exec(QStringLiteral("PRAGMA user_version = 3"));
}

QStringList rowsOf(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    QStringList rows;
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

// The derived rows (list rows, search documents) as the writers left them equal a fresh derivation from the
// source rows: nothing was missed by an incremental refresh.
QString derivedRowsDiffer(LocalCache& cache)
{
    QSqlDatabase db = cache.database();
    const QStringList queries{QStringLiteral("SELECT * FROM list_applications ORDER BY rid"),
                              QStringLiteral("SELECT * FROM list_preferences ORDER BY rid, location_id"),
                              QStringLiteral("SELECT rowid, body FROM fts_applications ORDER BY rowid"),
                              QStringLiteral("SELECT rowid, body FROM fts_parents ORDER BY rowid")};
    QVector<QStringList> before;
    for (const QString& sql : queries)
        before.append(rowsOf(db, sql));
    QString error;
    if (!db.transaction())
        return db.lastError().text();
    if (!ListIndex::rebuildAll(db, &error) || !SearchIndex::rebuildAll(db, &error)) {
        db.rollback();
        return error;
    }
    QString differs;
    for (int i = 0; i < queries.size() && differs.isEmpty(); ++i) {
        const QStringList after = rowsOf(db, queries.at(i));
        if (after != before.at(i))
            differs = QStringLiteral("%1: %2 rows kept, %3 derived afresh")
                          .arg(queries.at(i))
                          .arg(before.at(i).size())
                          .arg(after.size());
    }
    db.rollback();
    return differs;
}

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
    void damagedCacheKeepsItsOutboxAndIsRebuilt();
    void pagedSyncEqualsServer();
    void compactAndJsonPagesFillTheSameCache();
    void mechelenNeverReceivesAntwerp();
    void localEditReachesOtherClient();
    void filedApplicationGetsItsNumber();
    void secondApplicationForChildIsDuplicate();
    void invalidLocalInputNeverLeavesTheClient();
    void pokeBringsChangeToOtherClient();
    void resyncKeepsTheOutbox();
    void outboxSurvivesCacheUpgrade();
    void outboxSurvivesUpgradeFromVersion3();
    void failedRoundsBackOff();
    void restoredServerGetsLostChangesBack();
    void restoredServerWithPurgedChangesGetsNewClientId();
    void sameEpochResyncReplaysNothing();

private:
    std::unique_ptr<Client> signIn(const QString& user);
    std::unique_ptr<Client> signIn(const QString& user, const QUrl& url);
    static QString firstId(Client& c, const QString& table, int index = 0);
    static void edit(Client& c, const QString& table, const QString& id, const QJsonObject& values);
    void sync(Client& c);
    void verifyEqualsServer(Client& c);
    // The start of the restore tests: `server` up, a loket.antwerpen client synced with it, a note on the client's
    // first parent sent (its mutation 1), then the server's backup. The client's first three parents in *parents.
    bool syncNoteThenBackUp(RestorableServer& server, std::unique_ptr<Client>* c, QStringList* parents, QString* error);

    QTemporaryDir m_serverDir;
    SyncServer m_server;
    QUrl m_url;
};

void TestSyncIntegration::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(demoOptions(m_serverDir.path()), &error), qPrintable(error));
    m_url = QUrl(m_server.baseUrl());
}

std::unique_ptr<Client> TestSyncIntegration::signIn(const QString& user)
{
    return signIn(user, m_url);
}

QString TestSyncIntegration::firstId(Client& c, const QString& table, int index)
{
    return RecordQuery(c.session->cache()).allRows(table).value(index).value(QStringLiteral("id")).toString();
}

void TestSyncIntegration::edit(Client& c, const QString& table, const QString& id, const QJsonObject& values)
{
    QString error;
    QVERIFY2(LocalWriter(c.session->cache()).update(table, id, values, &error), qPrintable(error));
}

std::unique_ptr<Client> TestSyncIntegration::signIn(const QString& user, const QUrl& url)
{
    return TestClient::signIn(url, user);
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
    const QString differs = derivedRowsDiffer(c.session->cache());
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

bool TestSyncIntegration::syncNoteThenBackUp(RestorableServer& server, std::unique_ptr<Client>* c, QStringList* parents,
                                             QString* error)
{
    if (!server.start(error))
        return false;
    *c = signIn(QStringLiteral("loket.antwerpen"), server.url());
    SyncEngine& sync = (*c)->session->sync();
    if (!sync.syncBlocking(error))
        return false;
    for (int i = 0; i < 3; ++i)
        parents->append(firstId(**c, QStringLiteral("parents"), i));
    return LocalWriter((*c)->session->cache())
               .update(QStringLiteral("parents"), parents->first(),
                       {{QStringLiteral("notes"), QStringLiteral("Voor de back-up.")}}, error) &&
           sync.syncBlocking(error) && server.backup(error);
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
    // What a first sync killed after its first page leaves behind: the bulk load begun (indexes dropped,
    // the flag set), the cursor still empty.
    QVERIFY(BulkLoad::active(cache));
    QCOMPARE(cache.state(QStringLiteral("search_rebuild_pending")), QStringLiteral("1"));
    QVERIFY(!indexNames(cache).contains(QStringLiteral("applications_status")));
    sync(*c);
    QCOMPARE(indexNames(cache), indexes);
    QCOMPARE(cache.state(QStringLiteral("search_rebuild_pending")), QStringLiteral("0"));
    verifyEqualsServer(*c);
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fts_applications")) && q.next());
    QVERIFY(q.value(0).toInt() > 10);
}

void TestSyncIntegration::damagedCacheKeepsItsOutboxAndIsRebuilt()
{
    auto c = signIn(QStringLiteral("loket.mechelen"));
    sync(*c);
    const QString id = firstId(*c, QStringLiteral("parents"), 0);
    const qint64 version = RecordQuery(c->session->cache())
                               .row(QStringLiteral("parents"), id)
                               .value(QStringLiteral("version"))
                               .toInteger();
    // Typed while offline, never sent: this must survive the damage.
    edit(*c, QStringLiteral("parents"), id, {{QStringLiteral("notes"), QStringLiteral("Na de schade.")}});
    const QString path = c->session->cache().path();
    QVector<qint64> pages;
    {
        QSqlQuery q(c->session->cache().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY2(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'applications' AND pagetype = 'leaf'")),
                 "dbstat is needed to find the pages of one table");
        while (q.next())
            pages.append(q.value(0).toLongLong());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        const qint64 pageSize = q.value(0).toLongLong();
        q.finish();
        c->session.reset(); // the program ends; the file is damaged on disk afterwards
        QVERIFY(pages.size() > 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page : pages) {
            file.seek((page - 1) * pageSize + 16);
            file.write(QByteArray(int(pageSize) - 32, '\xA5'));
        }
    }
    // The next start: the file is set aside (not deleted), the outbox goes into a fresh cache, a full pull
    // rebuilds the rest, and the note reaches the server.
    QString error;
    QVERIFY2(c->start(m_url, QStringLiteral("loket.mechelen"), &error), qPrintable(error));
    const QStringList aside =
        QFileInfo(path).dir().entryList({QFileInfo(path).fileName() + QStringLiteral(".damaged-*")});
    QVERIFY2(!aside.isEmpty(), "the damaged file must be kept");
    QCOMPARE(RecordQuery(c->session->cache()).pendingChanges(), 1);
    sync(*c);
    QCOMPARE(c->session->sync().mutationsSent(), 1);
    const QJsonObject row = RecordQuery(c->session->cache()).row(QStringLiteral("parents"), id);
    QCOMPARE(row.value(QStringLiteral("notes")).toString(), QStringLiteral("Na de schade."));
    QCOMPARE(row.value(QStringLiteral("version")).toInteger(), version + 1);
    verifyEqualsServer(*c);
}

void TestSyncIntegration::pagedSyncEqualsServer()
{
    auto c = signIn(QStringLiteral("admin"));
    c->session->sync().setPullLimit(37); // many small pages: no row may be lost or doubled at page edges
    sync(*c);
    verifyEqualsServer(*c);
}

// The compact page and the JSON page bring the same rows, value for value, into the cache: every table of the demo,
// every field type. The JSON side is also what this client does against a server that only answers JSON.
void TestSyncIntegration::compactAndJsonPagesFillTheSameCache()
{
    auto compact = signIn(QStringLiteral("admin"));
    auto json = signIn(QStringLiteral("admin"));
    json->session->sync().setCompactPages(false);
    compact->session->sync().setPullLimit(1500);
    json->session->sync().setPullLimit(1500);
    sync(*compact);
    sync(*json);
    int rows = 0;
    for (const QString& table : Protocol::syncedTableNames()) {
        const QVector<QJsonObject> got = RecordQuery(compact->session->cache()).allRows(table);
        QCOMPARE(got, RecordQuery(json->session->cache()).allRows(table));
        rows += got.size();
    }
    QCOMPARE(rows, compact->session->sync().rowsReceived());
    verifyEqualsServer(*compact);
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
    QString error;
    QVERIFY2(other.start(demoOptions(otherDir.path()), &error), qPrintable(error));
    ClientProfile otherProfile(otherDir.filePath(QStringLiteral("client")));
    ClientSession otherSession(otherProfile, QUrl(other.baseUrl()));
    QVERIFY(otherSession.signIn(QStringLiteral("loket.mechelen"), QStringLiteral("demo"), ClientSession::Keychain::Skip,
                                &error));
    QVERIFY(otherSession.sync().syncBlocking(&error));
    const QString foreignCursor = otherSession.cache().state(QStringLiteral("cursor"));

    auto c = signIn(QStringLiteral("loket.mechelen"));
    sync(*c);
    const QString id = firstId(*c, QStringLiteral("parents"));
    QVERIFY(
        LocalWriter(c->session->cache())
            .update(QStringLiteral("parents"), id, {{QStringLiteral("notes"), QStringLiteral("Na herstel.")}}, &error));
    // A row lost from the cache without the server knowing: only a full rebuild brings it back.
    const QString lostChild = firstId(*c, QStringLiteral("children"));
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
        QVERIFY(downgradeToVersion3(c->session->cache().database()));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE fts_applications")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE fts_parents")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE conflicts DROP COLUMN op")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    // The upgraded client starts on the same profile folder and so opens the same file.
    QVERIFY2(c->start(m_url, QStringLiteral("loket.turnhout"), &error), qPrintable(error));
    QCOMPARE(c->session->cache().path(), path);
    QCOMPARE(c->session->cache().schemaVersion(), CacheSchema::currentVersion());
    QCOMPARE(RecordQuery(c->session->cache()).pendingChanges(), 1);
    sync(*c);
    QCOMPARE(RecordQuery(c->session->cache()).pendingChanges(), 0);
    verifyEqualsServer(*c);
    // Fields that came with a later version reach the rows the old cache held: every entry of the demo is dated.
    QSqlDatabase db = c->session->cache().database();
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT COUNT(*) FROM emergency_entries WHERE listed_on IS NULL")),
             QStringList{QStringLiteral("0")});
    QVERIFY(rowsOf(db, QStringLiteral("SELECT COUNT(*) FROM emergency_entries")).value(0).toInt() > 0);
}

void TestSyncIntegration::outboxSurvivesUpgradeFromVersion3()
{
    // The previous client (schema 3) deleted what the server acknowledged and kept only what waited.
    auto c = signIn(QStringLiteral("loket.turnhout"));
    sync(*c);
    const QString path = c->session->cache().path();
    const QString first = firstId(*c, QStringLiteral("parents"), 1);
    const QString second = firstId(*c, QStringLiteral("parents"), 2);
    edit(*c, QStringLiteral("parents"), first, {{QStringLiteral("notes"), QStringLiteral("Voor de update (1).")}});
    edit(*c, QStringLiteral("parents"), second, {{QStringLiteral("notes"), QStringLiteral("Voor de update (2).")}});
    QVERIFY(downgradeToVersion3(c->session->cache().database()));
    QString error;
    QVERIFY2(c->start(m_url, QStringLiteral("loket.turnhout"), &error), qPrintable(error));
    QCOMPARE(c->session->cache().path(), path);
    QCOMPARE(c->session->cache().schemaVersion(), CacheSchema::currentVersion());
    RecordQuery records(c->session->cache());
    QCOMPARE(records.pendingChanges(), 2);
    QCOMPARE(records.acknowledgedKept(), 0);
    sync(*c);
    QCOMPARE(c->session->sync().mutationsSent(), 2);
    QCOMPARE(records.pendingChanges(), 0);
    QCOMPARE(records.acknowledgedKept(), 2); // kept now, for a replay should the server be restored
    QCOMPARE(records.row(QStringLiteral("parents"), second).value(QStringLiteral("notes")).toString(),
             QStringLiteral("Voor de update (2)."));
    verifyEqualsServer(*c);
}

void TestSyncIntegration::restoredServerGetsLostChangesBack()
{
    RestorableServer server;
    std::unique_ptr<Client> c;
    QStringList parents;
    QString error;
    QVERIFY2(syncNoteThenBackUp(server, &c, &parents, &error), qPrintable(error));
    const QString before = parents.at(0), phoned = parents.at(1), noted = parents.at(2);

    // Acknowledged by the server, then lost with it: a new phone number, and a new family.
    edit(*c, QStringLiteral("parents"), phoned, {{QStringLiteral("phone"), QStringLiteral("+32470556677")}});
    const QString parentId = Uuid::v7(), childId = Uuid::v7();
    LocalWriter writer(c->session->cache());
    QVERIFY2(writer.insert(QStringLiteral("parents"),
                           {{QStringLiteral("id"), parentId},
                            {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                            {QStringLiteral("first_name"), QStringLiteral("Lore")},
                            {QStringLiteral("last_name"), QStringLiteral("Wouters")},
                            {QStringLiteral("phone"), QStringLiteral("+32478665544")}},
                           &error),
             qPrintable(error));
    QVERIFY2(writer.insert(QStringLiteral("children"),
                           {{QStringLiteral("id"), childId},
                            {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                            {QStringLiteral("parent_id"), parentId},
                            {QStringLiteral("first_name"), QStringLiteral("Jules")},
                            {QStringLiteral("last_name"), QStringLiteral("Wouters")},
                            {QStringLiteral("birth_date"), QStringLiteral("2026-03-14")}},
                           &error),
             qPrintable(error));
    sync(*c);
    RecordQuery records(c->session->cache());
    QCOMPARE(records.pendingChanges(), 0);
    QCOMPARE(records.acknowledgedKept(), 4);
    // Not sent yet when the server goes back in time: its mid leaves a gap there (409 mutation_gap).
    edit(*c, QStringLiteral("parents"), noted, {{QStringLiteral("notes"), QStringLiteral("Na het herstel.")}});
    const QString clientId = c->session->cache().state(QStringLiteral("client_id"));

    QVERIFY2(server.restore(QStringLiteral("restored-epoch"), &error), qPrintable(error));
    sync(*c);
    QCOMPARE(c->session->cache().state(QStringLiteral("epoch")), QStringLiteral("restored-epoch"));
    QCOMPARE(c->session->cache().state(QStringLiteral("client_id")), clientId); // no gap: same client id
    QCOMPARE(records.pendingChanges(), 0);
    QCOMPARE(records.conflictCount(), 0);
    verifyEqualsServer(*c);

    // What the restored server now holds, as another client sees it.
    auto other = signIn(QStringLiteral("loket.antwerpen"), server.url());
    sync(*other);
    const RecordQuery seen(other->session->cache());
    QCOMPARE(seen.row(QStringLiteral("parents"), before).value(QStringLiteral("notes")).toString(),
             QStringLiteral("Voor de back-up."));
    QCOMPARE(seen.row(QStringLiteral("parents"), phoned).value(QStringLiteral("phone")).toString(),
             QStringLiteral("+32470556677"));
    QCOMPARE(seen.row(QStringLiteral("parents"), parentId).value(QStringLiteral("first_name")).toString(),
             QStringLiteral("Lore"));
    QCOMPARE(seen.row(QStringLiteral("children"), childId).value(QStringLiteral("parent_id")).toString(), parentId);
    QCOMPARE(seen.row(QStringLiteral("parents"), noted).value(QStringLiteral("notes")).toString(),
             QStringLiteral("Na het herstel."));
    // A later round is an ordinary one again.
    sync(*c);
    QCOMPARE(c->session->sync().mutationsSent(), 0);
    verifyEqualsServer(*c);
}

void TestSyncIntegration::restoredServerWithPurgedChangesGetsNewClientId()
{
    RestorableServer server;
    std::unique_ptr<Client> c;
    QStringList parents;
    QString error;
    QVERIFY2(syncNoteThenBackUp(server, &c, &parents, &error), qPrintable(error)); // mid 1
    const QString before = parents.at(0), purged = parents.at(1), noted = parents.at(2);
    const QString oldPhone = RecordQuery(c->session->cache())
                                 .row(QStringLiteral("parents"), purged)
                                 .value(QStringLiteral("phone"))
                                 .toString();
    edit(*c, QStringLiteral("parents"), purged, {{QStringLiteral("phone"), QStringLiteral("+32470556677")}});
    sync(*c); // mid 2
    const QString parentId = Uuid::v7();
    QVERIFY2(LocalWriter(c->session->cache())
                 .insert(QStringLiteral("parents"),
                         {{QStringLiteral("id"), parentId},
                          {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                          {QStringLiteral("first_name"), QStringLiteral("Lore")},
                          {QStringLiteral("last_name"), QStringLiteral("Wouters")}},
                         &error),
             qPrintable(error));
    sync(*c); // mid 3
    // Mid 2 was acknowledged long ago: the end of the next round purges it (kept 30 days).
    QSqlQuery q(c->session->cache().database());
    const QString longAgo = QDateTime::currentDateTimeUtc().addDays(-45).toString(Qt::ISODate);
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET acked_at = '%1' WHERE mid = 2").arg(longAgo)));
    sync(*c);
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(mid) FROM outbox")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("1,3"));
    // Read to the end, as the program reads: an open statement would hold the connection on an old snapshot while
    // the first sync's search index is written by another connection (SearchIndexBuild), and refuse its writes.
    q.finish();
    edit(*c, QStringLiteral("parents"), noted, {{QStringLiteral("notes"), QStringLiteral("Na het herstel.")}}); // 4
    const QString clientId = c->session->cache().state(QStringLiteral("client_id"));

    QVERIFY2(server.restore(QStringLiteral("restored-epoch"), &error), qPrintable(error));
    sync(*c);
    // The server knows mid 1; 2 is gone here, so 3 and 4 go out as 1 and 2 of a new client id.
    QVERIFY(c->session->cache().state(QStringLiteral("client_id")) != clientId);
    QCOMPARE(c->session->cache().state(QStringLiteral("mid_base")), QStringLiteral("2"));
    RecordQuery records(c->session->cache());
    QCOMPARE(records.pendingChanges(), 0);
    QCOMPARE(records.conflictCount(), 0);
    verifyEqualsServer(*c);
    QCOMPARE(records.row(QStringLiteral("parents"), parentId).value(QStringLiteral("first_name")).toString(),
             QStringLiteral("Lore"));
    QCOMPARE(records.row(QStringLiteral("parents"), noted).value(QStringLiteral("notes")).toString(),
             QStringLiteral("Na het herstel."));
    // The purged change could not be replayed: the restored server's value stands.
    QCOMPARE(records.row(QStringLiteral("parents"), purged).value(QStringLiteral("phone")).toString(), oldPhone);
    // The new client id goes on counting from there.
    edit(*c, QStringLiteral("parents"), noted, {{QStringLiteral("notes"), QStringLiteral("Nog eens.")}});
    sync(*c);
    QCOMPARE(records.pendingChanges(), 0);
    verifyEqualsServer(*c);
}

void TestSyncIntegration::sameEpochResyncReplaysNothing()
{
    // A cursor older than the server's tombstone horizon (or a scope change) also answers 410, but the server
    // lost nothing: acknowledged changes must not go out a second time.
    auto c = signIn(QStringLiteral("loket.mechelen"));
    sync(*c);
    const QString id = firstId(*c, QStringLiteral("parents"), 0);
    edit(*c, QStringLiteral("parents"), id, {{QStringLiteral("notes"), QStringLiteral("Eenmaal.")}});
    sync(*c);
    QCOMPARE(c->session->sync().mutationsSent(), 1);
    const qint64 version = RecordQuery(c->session->cache())
                               .row(QStringLiteral("parents"), id)
                               .value(QStringLiteral("version"))
                               .toInteger();
    // This server's cursor ("v1:epoch:seq:scope:horizon", base64url) as it reads after a change of the account's
    // regions: same epoch, other scope. The server answers 410.
    const QString cursor = c->session->cache().state(QStringLiteral("cursor"));
    QStringList parts = QString::fromUtf8(QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding))
                            .split(QLatin1Char(':'));
    QCOMPARE(parts.size(), 5);
    QCOMPARE(parts.at(1), c->session->cache().state(QStringLiteral("epoch")));
    parts[3] = QStringLiteral("another-scope");
    c->session->cache().setState(
        QStringLiteral("cursor"),
        QString::fromLatin1(parts.join(QLatin1Char(':'))
                                .toUtf8()
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    sync(*c);
    QVERIFY(c->session->sync().rowsReceived() > 100); // the whole cache again: the server did answer 410
    QCOMPARE(c->session->cache().state(QStringLiteral("resync_from_epoch")), QString());
    QCOMPARE(c->session->sync().mutationsSent(), 0);
    QCOMPARE(RecordQuery(c->session->cache()).pendingChanges(), 0);
    QCOMPARE(RecordQuery(c->session->cache())
                 .row(QStringLiteral("parents"), id)
                 .value(QStringLiteral("version"))
                 .toInteger(),
             version);
    verifyEqualsServer(*c);
}

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "TestSyncIntegration.moc"

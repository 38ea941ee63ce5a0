// Sync under faults and concurrent edits, in-process against the real server on loopback: a push whose
// answer is lost, two clients editing one record, an update racing a delete, and a mutation the server
// refuses forever. Each ends with every client's cache equal to the server and nothing applied twice.
#include "FaultProxy.h"
#include "TestClient.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"
#include "sync/ApiClient.h"
#include "sync/CacheDigest.h"
#include "sync/ClientSession.h"
#include "sync/SyncEngine.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

using Client = TestClient;

} // namespace

class TestFaultSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lostPushAnswerIsRetriedSafely();
    void differentFieldsMerge();
    void sameFieldConflictKeepsBothValues();
    void updateRacingDeleteIsGone();
    void poisonMutationDoesNotBlockTheQueue();

private:
    std::unique_ptr<Client> connect(const QUrl& url, const QString& user);
    // Two PCs of the same counter, both up to date.
    bool twoSyncedClients(const QString& user, std::unique_ptr<Client>* a, std::unique_ptr<Client>* b);
    bool sync(Client& c, QString* error = nullptr);
    void verifyEqualsServer(Client& c);
    QString firstParent(Client& c);

    TestServer m_server{TestServer::Demo};
};

void TestFaultSync::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE(); // the _pg variant runs the in-process server on PostgreSQL
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

std::unique_ptr<Client> TestFaultSync::connect(const QUrl& url, const QString& user)
{
    return TestClient::signIn(url, user);
}

bool TestFaultSync::twoSyncedClients(const QString& user, std::unique_ptr<Client>* a, std::unique_ptr<Client>* b)
{
    const QUrl url(m_server.baseUrl());
    *a = connect(url, user);
    *b = connect(url, user);
    return sync(**a) && sync(**b);
}

bool TestFaultSync::sync(Client& c, QString* error)
{
    QString ignored;
    return c.session->sync().syncBlocking(error ? error : &ignored);
}

void TestFaultSync::verifyEqualsServer(Client& c)
{
    const ApiResult digest = c.session->api().getBlocking(QStringLiteral("/sync/digest"));
    QVERIFY2(digest.ok(), qPrintable(digest.describe()));
    const auto tables = CacheDigest::compare(c.cache(), digest.json.value(QStringLiteral("tables")).toObject());
    for (const auto& t : tables)
        QVERIFY2(
            t.same,
            qPrintable(QStringLiteral("%1: %2 local, %3 server").arg(t.table).arg(t.localCount).arg(t.serverCount)));
}

QString TestFaultSync::firstParent(Client& c)
{
    QSqlQuery q(c.cache().database());
    q.exec(QStringLiteral("SELECT id FROM parents ORDER BY id LIMIT 1 OFFSET %1")
               .arg(QRandomGenerator::global()->bounded(500)));
    return q.next() ? q.value(0).toString() : QString();
}

void TestFaultSync::lostPushAnswerIsRetriedSafely()
{
    FaultProxy proxy(m_server.port());
    QVERIFY(proxy.listen());
    auto c = connect(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), QStringLiteral("loket.antwerpen"));
    QVERIFY(sync(*c));
    QHash<QString, qint64> before;
    QSqlQuery q(c->cache().database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, version FROM parents ORDER BY id LIMIT 20")));
    while (q.next())
        before.insert(q.value(0).toString(), q.value(1).toLongLong());
    LocalWriter writer(c->cache());
    QString error;
    for (const QString& id : before.keys())
        QVERIFY2(writer.update(QStringLiteral("parents"), id, {{QStringLiteral("notes"), QStringLiteral("Opgebeld.")}},
                               &error),
                 qPrintable(error));
    proxy.cutPushResponses(1);
    // The server commits, the answer never arrives. Qt's HTTP layer may resend the request on a fresh
    // connection by itself; otherwise the next round does. Either way the same mids go again and the
    // server must answer with what it recorded, not apply them a second time.
    if (!sync(*c, &error)) {
        QCOMPARE(c->records().pendingChanges(), 20);
        QVERIFY2(sync(*c, &error), qPrintable(error));
    }
    QCOMPARE(proxy.cutsDone(), 1);
    QCOMPARE(c->records().pendingChanges(), 0);
    QCOMPARE(c->records().conflictCount(), 0);
    for (auto it = before.begin(); it != before.end(); ++it)
        QCOMPARE(c->records().row(QStringLiteral("parents"), it.key()).value(QStringLiteral("version")).toInteger(),
                 it.value() + 1);
    verifyEqualsServer(*c);
}

void TestFaultSync::differentFieldsMerge()
{
    std::unique_ptr<Client> a, b;
    QVERIFY(twoSyncedClients(QStringLiteral("loket.mechelen"), &a, &b));
    const QString id = firstParent(*a);
    QString error;
    QVERIFY2(
        LocalWriter(a->cache())
            .update(QStringLiteral("parents"), id, {{QStringLiteral("phone"), QStringLiteral("+32470556677")}}, &error),
        qPrintable(error));
    QVERIFY2(LocalWriter(b->cache())
                 .update(QStringLiteral("parents"), id,
                         {{QStringLiteral("email"), QStringLiteral("nieuw.adres@example.be")}}, &error),
             qPrintable(error));
    QVERIFY(sync(*a));
    QVERIFY(sync(*b));
    QCOMPARE(b->records().conflictCount(), 0);
    QVERIFY(sync(*a));
    for (Client* c : {a.get(), b.get()}) {
        const QJsonObject row = c->records().row(QStringLiteral("parents"), id);
        QCOMPARE(row.value(QStringLiteral("phone")).toString(), QStringLiteral("+32470556677"));
        QCOMPARE(row.value(QStringLiteral("email")).toString(), QStringLiteral("nieuw.adres@example.be"));
        verifyEqualsServer(*c);
    }
}

void TestFaultSync::sameFieldConflictKeepsBothValues()
{
    std::unique_ptr<Client> a, b;
    QVERIFY(twoSyncedClients(QStringLiteral("loket.mechelen"), &a, &b));
    const QString id = firstParent(*a);
    QString error;
    QVERIFY(LocalWriter(a->cache())
                .update(QStringLiteral("parents"), id, {{QStringLiteral("notes"), QStringLiteral("Werkt in ploegen.")}},
                        &error));
    QVERIFY(LocalWriter(b->cache())
                .update(QStringLiteral("parents"), id,
                        {{QStringLiteral("notes"), QStringLiteral("Verhuist in maart.")}}, &error));
    QVERIFY(sync(*a));
    QVERIFY(sync(*b));
    QCOMPARE(b->records().conflictCount(), 1);
    // The server's value is in the record; the one B typed is kept beside it until a person decides.
    QCOMPARE(b->records().row(QStringLiteral("parents"), id).value(QStringLiteral("notes")).toString(),
             QStringLiteral("Werkt in ploegen."));
    QSqlQuery q(b->cache().database());
    QVERIFY(q.exec(QStringLiteral("SELECT status, local_row, server_row FROM conflicts")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("conflict"));
    QVERIFY(q.value(1).toString().contains(QStringLiteral("Verhuist in maart.")));
    QVERIFY(q.value(2).toString().contains(QStringLiteral("Werkt in ploegen.")));
    verifyEqualsServer(*a);
    verifyEqualsServer(*b);
}

void TestFaultSync::updateRacingDeleteIsGone()
{
    std::unique_ptr<Client> a, b;
    QVERIFY(twoSyncedClients(QStringLiteral("loket.turnhout"), &a, &b));
    QSqlQuery q(a->cache().database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM emergency_entries ORDER BY id LIMIT 1")) && q.next());
    const QString id = q.value(0).toString();
    QString error;
    QVERIFY2(LocalWriter(a->cache()).remove(QStringLiteral("emergency_entries"), id, &error), qPrintable(error));
    QVERIFY2(LocalWriter(b->cache())
                 .update(QStringLiteral("emergency_entries"), id,
                         {{QStringLiteral("notes"), QStringLiteral("Opvolgen volgende week.")}}, &error),
             qPrintable(error));
    QVERIFY(sync(*a));
    QVERIFY(sync(*b));
    QVERIFY(b->records().row(QStringLiteral("emergency_entries"), id).isEmpty());
    QSqlQuery c(b->cache().database());
    QVERIFY(c.exec(QStringLiteral("SELECT status, local_row FROM conflicts")) && c.next());
    QCOMPARE(c.value(0).toString(), QStringLiteral("gone"));
    QVERIFY(c.value(1).toString().contains(QStringLiteral("Opvolgen volgende week.")));
    verifyEqualsServer(*a);
    verifyEqualsServer(*b);
}

void TestFaultSync::poisonMutationDoesNotBlockTheQueue()
{
    auto c = connect(QUrl(m_server.baseUrl()), QStringLiteral("loket.antwerpen"));
    QVERIFY(sync(*c));
    QSqlQuery q(c->cache().database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM applications WHERE status = 'submitted' LIMIT 1")) && q.next());
    const QString applicationId = q.value(0).toString();
    const QString parentId = firstParent(*c);
    QString error;
    // Valid on its own, refused by the state machine on the server: submitted cannot jump to placed.
    QVERIFY(LocalWriter(c->cache())
                .update(QStringLiteral("applications"), applicationId,
                        {{QStringLiteral("status"), QStringLiteral("placed")}}, &error));
    QVERIFY(LocalWriter(c->cache())
                .update(QStringLiteral("parents"), parentId,
                        {{QStringLiteral("notes"), QStringLiteral("Na de weigering.")}}, &error));
    QVERIFY(sync(*c));
    QCOMPARE(c->records().pendingChanges(), 0);
    QCOMPARE(c->records().conflictCount(), 1);
    QCOMPARE(c->records().row(QStringLiteral("parents"), parentId).value(QStringLiteral("notes")).toString(),
             QStringLiteral("Na de weigering."));
    // The refused change is undone in the record and kept, with the reason, for a person.
    QCOMPARE(c->records().row(QStringLiteral("applications"), applicationId).value(QStringLiteral("status")).toString(),
             QStringLiteral("submitted"));
    QVERIFY(q.exec(QStringLiteral("SELECT status, reason FROM conflicts")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("rejected"));
    QVERIFY2(q.value(1).toString().contains(QStringLiteral("placed")), qPrintable(q.value(1).toString()));
    verifyEqualsServer(*c);
}

QTEST_GUILESS_MAIN(TestFaultSync)
#include "TestFaultSync.moc"

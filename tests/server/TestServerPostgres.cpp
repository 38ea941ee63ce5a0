#include "TestServer.h"
#include "domain/Uuid.h"
#include "storage/ServerStorage.h"
#include "storage/StorageError.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QUrlQuery>
#include <QWebSocket>
#include <QtTest>
#include <atomic>

// PostgreSQL only (docs/ARCHITECTURE.md "The server"): the commit-ordered counter holds across connections, and commits
// of one server instance poke the notify sockets of another on the same database.
class TestServerPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writersQueueOnTheCounterSoPullsSkipNothing();
    void commitsOnOneInstancePokeSocketsOfAnother();
    void secondInstanceSharesTokensAndSchema();
    void refusesNewerSchemaAndBadUrls();
    void reconnectsAfterLosingItsConnection();
    void operatorEditsTakeTheCounterLockAndPokeSockets();

private:
    struct PullResult {
        QStringList ids;
        QString cursor;
    };

    static QJsonObject parentRow(const QString& region)
    {
        return {{QStringLiteral("id"), Uuid::v7()},
                {QStringLiteral("region_id"), region},
                {QStringLiteral("version"), 1},
                {QStringLiteral("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {QStringLiteral("first_name"), QStringLiteral("Lotte")},
                {QStringLiteral("last_name"), QStringLiteral("Peeters")}};
    }
    static QJsonObject insertMutation(qint64 mid, const QJsonObject& row)
    {
        return {{QStringLiteral("mid"), mid},
                {QStringLiteral("table"), QStringLiteral("parents")},
                {QStringLiteral("op"), QStringLiteral("insert")},
                {QStringLiteral("id"), row.value(QStringLiteral("id"))},
                {QStringLiteral("row"), row}};
    }
    static QUrl notifyUrl(const QString& baseUrl)
    {
        QString url = baseUrl;
        return QUrl(url.replace(QStringLiteral("http://"), QStringLiteral("ws://")) +
                    QStringLiteral("/api/v1/sync/notify"));
    }
    static QJsonObject nextMessage(QSignalSpy& spy, int timeoutMs = 5000)
    {
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            return QJsonObject();
        return QJsonDocument::fromJson(spy.takeFirst().at(0).toString().toUtf8()).object();
    }
    static PullResult pull(TestHttp& http, const QString& token, const QString& cursor);
    static int sessionsWaitingForALock(const QUrl& url);
    static bool openSocket(QWebSocket& socket, QSignalSpy& messages, const QString& baseUrl, const QString& token);
};

void TestServerPostgres::initTestCase()
{
    if (!TestDatabase::wantsPostgres())
        QSKIP("PostgreSQL-only test run without OPVANGLOKET_TEST_DIALECT=postgresql (register it as a _pg test)");
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
}

TestServerPostgres::PullResult TestServerPostgres::pull(TestHttp& http, const QString& token, const QString& cursor)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const HttpReply reply = http.get(QStringLiteral("/api/v1/sync/pull?") + query.toString(QUrl::FullyEncoded), token);
    PullResult result;
    if (reply.status != 200)
        return result;
    for (const QJsonValue& change : reply.json.value(QStringLiteral("changes")).toArray())
        result.ids.append(change.toObject().value(QStringLiteral("id")).toString());
    result.cursor = reply.json.value(QStringLiteral("cursor")).toString();
    return result;
}

int TestServerPostgres::sessionsWaitingForALock(const QUrl& url)
{
    PostgresDatabase probe(url);
    QString error;
    if (!probe.open(&error))
        return -1;
    return probe
        .scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                               "AND wait_event_type = 'Lock'"))
        .toInt();
}

bool TestServerPostgres::openSocket(QWebSocket& socket, QSignalSpy& messages, const QString& baseUrl,
                                    const QString& token)
{
    QNetworkRequest request(notifyUrl(baseUrl));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    socket.open(request);
    return nextMessage(messages).value(QStringLiteral("type")).toString() == QLatin1String("ready");
}

// Transaction A takes a seq and holds it; B, on another connection, must wait for the counter row until A
// commits. A pull between A's and B's commits and one after both together deliver both rows.
void TestServerPostgres::writersQueueOnTheCounterSoPullsSkipNothing()
{
    TestServer server(TestServer::Empty);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString accountId =
        server.createAccount(QStringLiteral("ant"), QStringLiteral("counter"), {QStringLiteral("antwerpen")});
    QVERIFY(!accountId.isEmpty());
    const TestServer::Session session = server.login(QStringLiteral("ant"), QStringLiteral("secret"));
    QVERIFY(session.isValid());
    const ServerOptions options = server.options();

    QString error;
    std::unique_ptr<ServerStorage> a = StorageFactory::open(options, &error);
    QVERIFY2(a, qPrintable(error));
    const QJsonObject rowA = parentRow(QStringLiteral("antwerpen"));
    a->beginWrite();
    const qint64 seqA = a->takeSeq();
    a->insertRow(QStringLiteral("parents"), rowA, accountId, seqA);

    // B runs on its own thread and connection: its beginWrite() blocks on A's lock.
    const QJsonObject rowB = parentRow(QStringLiteral("antwerpen"));
    QSemaphore bConnected;
    QSemaphore bReadyToCommit;
    QSemaphore bMayCommit;
    std::atomic<bool> bHasLock{false};
    std::atomic<qint64> seqB{0};
    QString bError;
    std::unique_ptr<QThread> b(QThread::create([&] {
        std::unique_ptr<ServerStorage> storage = StorageFactory::open(options, &bError);
        bConnected.release();
        if (!storage)
            return;
        try {
            storage->beginWrite();
            bHasLock = true;
            seqB = storage->takeSeq();
            storage->insertRow(QStringLiteral("parents"), rowB, accountId, seqB);
            bReadyToCommit.release();
            bMayCommit.acquire();
            storage->commit();
        } catch (const std::exception& e) {
            bError = QString::fromStdString(e.what());
            bReadyToCommit.release();
        }
    }));
    b->start();
    QVERIFY(bConnected.tryAcquire(1, 10000));
    QVERIFY2(bError.isEmpty(), qPrintable(bError));
    QTRY_COMPARE_WITH_TIMEOUT(sessionsWaitingForALock(QUrl(options.databaseUrl)), 1, 10000);
    QVERIFY(!bHasLock);

    a->commit();
    QVERIFY(bReadyToCommit.tryAcquire(1, 10000));
    QVERIFY2(bError.isEmpty(), qPrintable(bError));
    QCOMPARE(seqB.load(), seqA + 1); // B took its seq only after A committed

    const PullResult between = pull(server.http(), session.accessToken, QString());
    QVERIFY(!between.cursor.isEmpty());
    QVERIFY(between.ids.contains(rowA.value(QStringLiteral("id")).toString()));
    QVERIFY(!between.ids.contains(rowB.value(QStringLiteral("id")).toString()));

    bMayCommit.release();
    QVERIFY(b->wait(10000));
    QVERIFY2(bError.isEmpty(), qPrintable(bError));
    const PullResult after = pull(server.http(), session.accessToken, between.cursor);
    QVERIFY(!after.cursor.isEmpty());
    const QStringList both = between.ids + after.ids;
    QCOMPARE(both.count(rowA.value(QStringLiteral("id")).toString()), 1);
    QCOMPARE(both.count(rowB.value(QStringLiteral("id")).toString()), 1);
}

// A client of instance 1 pushes; a socket on instance 2 whose account may see the row is poked, and pulls
// the row from instance 2. One that may not see it gets nothing; the pushing instance pokes its own once.
void TestServerPostgres::commitsOnOneInstancePokeSocketsOfAnother()
{
    TestServer first(TestServer::Empty);
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY(!first.createAccount(QStringLiteral("ant"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
                 .isEmpty());
    QVERIFY(
        !first.createAccount(QStringLiteral("mec"), QStringLiteral("counter"), {QStringLiteral("mechelen")}).isEmpty());
    SyncServer second;
    QString error;
    QVERIFY2(second.start(first.options(), &error), qPrintable(error));
    TestHttp secondHttp(second.baseUrl());
    const TestServer::Session antwerpen = first.login(QStringLiteral("ant"), QStringLiteral("secret"));
    const TestServer::Session mechelen = first.login(QStringLiteral("mec"), QStringLiteral("secret"));
    QVERIFY(antwerpen.isValid() && mechelen.isValid());

    QWebSocket onSecond;
    QSignalSpy secondMessages(&onSecond, &QWebSocket::textMessageReceived);
    QVERIFY(openSocket(onSecond, secondMessages, second.baseUrl(), antwerpen.accessToken));
    QWebSocket otherRegion;
    QSignalSpy otherMessages(&otherRegion, &QWebSocket::textMessageReceived);
    QVERIFY(openSocket(otherRegion, otherMessages, second.baseUrl(), mechelen.accessToken));
    QWebSocket onFirst;
    QSignalSpy firstMessages(&onFirst, &QWebSocket::textMessageReceived);
    QVERIFY(openSocket(onFirst, firstMessages, first.baseUrl(), antwerpen.accessToken));

    const QJsonObject row = parentRow(QStringLiteral("antwerpen"));
    const HttpReply pushed = first.push(antwerpen.accessToken, QStringLiteral("pg-notify"), {insertMutation(1, row)});
    QCOMPARE(pushed.status, 200);
    const QJsonObject result = pushed.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const qint64 seq = result.value(QStringLiteral("seq")).toInteger();

    const QJsonObject poke = nextMessage(secondMessages);
    QCOMPARE(poke.value(QStringLiteral("type")).toString(), QStringLiteral("poke"));
    QCOMPARE(poke.value(QStringLiteral("seq")).toInteger(), seq);
    const PullResult pulled = pull(secondHttp, antwerpen.accessToken, QString());
    QVERIFY(pulled.ids.contains(row.value(QStringLiteral("id")).toString()));

    QCOMPARE(nextMessage(firstMessages).value(QStringLiteral("seq")).toInteger(), seq);
    QVERIFY(!firstMessages.wait(500)); // not poked a second time through its own NOTIFY
    QVERIFY(otherMessages.isEmpty());  // Mechelen may not see an Antwerp parent
}

// Instances are stateless: a second instance finds the schema migrated, the same epoch, and accepts the
// first one's tokens.
void TestServerPostgres::secondInstanceSharesTokensAndSchema()
{
    TestServer first(TestServer::Empty);
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY(!first.createAccount(QStringLiteral("adm"), QStringLiteral("admin"), {}).isEmpty());
    const TestServer::Session session = first.login(QStringLiteral("ADM"), QStringLiteral("secret"));
    QVERIFY2(session.isValid(), "user names are case-insensitive, as on SQLite");
    SyncServer second;
    QString error;
    QVERIFY2(second.start(first.options(), &error), qPrintable(error));
    QCOMPARE(second.storage().schemaVersion(), second.storage().latestSchemaVersion());
    QCOMPARE(second.storage().epoch(), first.storage().epoch());
    TestHttp secondHttp(second.baseUrl());
    const HttpReply me = secondHttp.get(QStringLiteral("/api/v1/me"), session.accessToken);
    QCOMPARE(me.status, 200);
}

// The ladder refuses a database a newer server wrote; a URL without a database is a usage error.
void TestServerPostgres::refusesNewerSchemaAndBadUrls()
{
    TestServer server(TestServer::Empty);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const ServerOptions options = server.options();
    PostgresDatabase direct{QUrl(options.databaseUrl)};
    QString error;
    QVERIFY2(direct.open(&error), qPrintable(error));
    direct.exec(QStringLiteral("UPDATE schema_version SET version = 99"));
    StorageFactory::Failure failure = StorageFactory::Failure::None;
    QVERIFY(!StorageFactory::open(options, &error, &failure));
    QCOMPARE(failure, StorageFactory::Failure::OpenFailed);
    QVERIFY2(error.contains(QStringLiteral("newer than this server")), qPrintable(error));

    ServerOptions noDatabase = options;
    QUrl url(options.databaseUrl);
    url.setPath(QString());
    noDatabase.databaseUrl = url.toString();
    QVERIFY(!StorageFactory::open(noDatabase, &error, &failure));
    QCOMPARE(failure, StorageFactory::Failure::Unsupported);
}

// A database restart ends the server's connection: the request that finds it gone fails (500), the
// server reconnects, and the next request works again.
void TestServerPostgres::reconnectsAfterLosingItsConnection()
{
    TestServer server(TestServer::Empty);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(!server.createAccount(QStringLiteral("ant"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
                 .isEmpty());
    const TestServer::Session session = server.login(QStringLiteral("ant"), QStringLiteral("secret"));
    QVERIFY(session.isValid());
    PostgresDatabase admin{QUrl(server.databaseUrl())};
    QString error;
    QVERIFY2(admin.open(&error), qPrintable(error));
    const int ended = admin
                          .scalar(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                                 "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
                          .toInt();
    QVERIFY(ended >= 1);
    const HttpReply first = server.http().get(QStringLiteral("/api/v1/me"), session.accessToken);
    QVERIFY2(first.status == 200 || first.status == 500, qPrintable(QString::number(first.status)));
    const HttpReply second = server.http().get(QStringLiteral("/api/v1/me"), session.accessToken);
    QCOMPARE(second.status, 200);
}

// An operator's edit in psql takes the counter lock with its first statement (so it queues with the server's
// writers in the same order and cannot deadlock with them), and its commit pokes the sockets that may see it.
void TestServerPostgres::operatorEditsTakeTheCounterLockAndPokeSockets()
{
    TestServer server(TestServer::Empty);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(!server.createAccount(QStringLiteral("ant"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
                 .isEmpty());
    QVERIFY(!server.createAccount(QStringLiteral("mec"), QStringLiteral("counter"), {QStringLiteral("mechelen")})
                 .isEmpty());
    const TestServer::Session antwerpen = server.login(QStringLiteral("ant"), QStringLiteral("secret"));
    const TestServer::Session mechelen = server.login(QStringLiteral("mec"), QStringLiteral("secret"));
    QVERIFY(antwerpen.isValid() && mechelen.isValid());
    const QJsonObject row = parentRow(QStringLiteral("antwerpen"));
    QCOMPARE(server.push(antwerpen.accessToken, QStringLiteral("pg-operator"), {insertMutation(1, row)}).status, 200);
    const QString id = row.value(QStringLiteral("id")).toString();

    QWebSocket antSocket;
    QSignalSpy antMessages(&antSocket, &QWebSocket::textMessageReceived);
    QVERIFY(openSocket(antSocket, antMessages, server.baseUrl(), antwerpen.accessToken));
    QWebSocket mecSocket;
    QSignalSpy mecMessages(&mecSocket, &QWebSocket::textMessageReceived);
    QVERIFY(openSocket(mecSocket, mecMessages, server.baseUrl(), mechelen.accessToken));

    PostgresDatabase psql{QUrl(server.databaseUrl())};
    PostgresDatabase probe{QUrl(server.databaseUrl())};
    QString error;
    QVERIFY2(psql.open(&error) && probe.open(&error), qPrintable(error));
    psql.exec(QStringLiteral("BEGIN"));
    // A statement that touches no row at all already holds the counter: the lock comes before any row lock.
    psql.exec(QStringLiteral("DELETE FROM children WHERE id = 'no-such-row'"));
    bool locked = false;
    try {
        probe.exec(QStringLiteral("SELECT seq FROM seq_counter WHERE id = 1 FOR UPDATE NOWAIT"));
    } catch (const StorageError&) {
        locked = true; // the operator's open transaction holds the counter row
    }
    QVERIFY(locked);
    psql.run(QStringLiteral("UPDATE parents SET phone = '+32470000009' WHERE id = ?"), {id}).finish();
    psql.exec(QStringLiteral("COMMIT"));

    const qint64 seq = server.storage().findRow(QStringLiteral("parents"), id)->seq;
    QCOMPARE(server.storage().findRow(QStringLiteral("parents"), id)->row.value(QStringLiteral("version")).toInteger(),
             2);
    const QJsonObject poke = nextMessage(antMessages);
    QCOMPARE(poke.value(QStringLiteral("type")).toString(), QStringLiteral("poke"));
    QCOMPARE(poke.value(QStringLiteral("seq")).toInteger(), seq);
    QVERIFY(mecMessages.isEmpty()); // Mechelen may not see an Antwerp parent
}

QTEST_GUILESS_MAIN(TestServerPostgres)
#include "TestServerPostgres.moc"

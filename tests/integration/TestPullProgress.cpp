// The pull's progress against a server that announces how many rows are still to come (pull count=1,
// "remaining" in the page). The in-process server does not count yet, so a small fake on loopback answers
// the pull and records every request the client makes.
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "sync/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

namespace {

// Answers GET /api/v1/sync/pull with the page stored for the request's cursor ("" for the first).
class FakePullServer : public QObject
{
public:
    FakePullServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void setPage(const QString& cursor, const QJsonObject& page) { m_pages.insert(cursor, page); }
    // The query of every pull, in the order they came.
    QList<QUrlQuery> pulls;

private:
    QByteArray answer(const QUrl& target)
    {
        QByteArray status = "200 OK";
        QByteArray body;
        if (target.path() == QLatin1String("/api/v1/sync/pull")) {
            const QUrlQuery query(target);
            pulls.append(query);
            body = QJsonDocument(m_pages.value(query.queryItemValue(QStringLiteral("cursor")))).toJson();
        } else {
            status = "404 Not Found";
            body = R"({"error":{"code":"not_found","message":"no such route"}})";
        }
        return "HTTP/1.1 " + status +
               "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
               body;
    }

    void serve(QTcpSocket* socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
            QByteArray& buffer = m_buffers[socket];
            buffer += socket->readAll();
            for (int end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
                const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
                buffer.remove(0, end + 4); // a GET has no body
                socket->write(answer(QUrl(QString::fromLatin1(requestLine.value(1)))));
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, [this, socket]() {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }

    QHash<QString, QJsonObject> m_pages;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QTcpServer m_server; // last: its sockets go first, while the buffers they report to still exist
};

QJsonObject page(const QString& cursor, bool hasMore, const QStringList& regionIds, qint64 remaining = -1)
{
    QJsonArray changes;
    for (const QString& id : regionIds)
        changes.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("regions")},
                                   {QStringLiteral("id"), id},
                                   {QStringLiteral("op"), QStringLiteral("upsert")},
                                   {QStringLiteral("version"), 1},
                                   {QStringLiteral("seq"), 1},
                                   {QStringLiteral("row"), QJsonObject{{QStringLiteral("id"), id},
                                                                       {QStringLiteral("region_id"), id},
                                                                       {QStringLiteral("version"), 1},
                                                                       {QStringLiteral("name"), id.toUpper()}}}});
    QJsonObject json{{QStringLiteral("epoch"), QStringLiteral("fake-epoch")},
                     {QStringLiteral("cursor"), cursor},
                     {QStringLiteral("has_more"), hasMore},
                     {QStringLiteral("last_mutation_id"), 0},
                     {QStringLiteral("changes"), changes}};
    if (remaining >= 0)
        json.insert(QStringLiteral("remaining"), remaining);
    return json;
}

// A client of the fake server that pulls in pages of two rows, its progress signals recorded; its cache is opened
// by the test.
struct PagingClient {
    explicit PagingClient(const QUrl& server)
        : api(server)
        , engine(cache, api)
        , progress(&engine, &SyncEngine::progress)
    {
        engine.setPullLimit(2);
    }

    LocalCache cache;
    ApiClient api;
    SyncEngine engine;
    QSignalSpy progress;
};

} // namespace

class TestPullProgress : public QObject
{
    Q_OBJECT

private slots:
    void firstPageAsksForTheCountAndProgressHasATotal();
    void serverWithoutCountGivesRowsOnly();

private:
    QTemporaryDir m_dir;
};

void TestPullProgress::firstPageAsksForTheCountAndProgressHasATotal()
{
    FakePullServer fake;
    QVERIFY(fake.listen());
    // Five rows in three pages; only the first answer says how many follow it.
    fake.setPage(QString(), page(QStringLiteral("c1"), true, {QStringLiteral("r1"), QStringLiteral("r2")}, 3));
    fake.setPage(QStringLiteral("c1"), page(QStringLiteral("c2"), true, {QStringLiteral("r3"), QStringLiteral("r4")}));
    fake.setPage(QStringLiteral("c2"), page(QStringLiteral("c3"), false, {QStringLiteral("r5")}));
    PagingClient client(fake.url());
    QCOMPARE(client.cache.open(m_dir.filePath(QStringLiteral("a.sqlite"))), LocalCache::OpenStatus::Ok);
    QString error;
    QVERIFY2(client.engine.syncBlocking(&error), qPrintable(error));
    QCOMPARE(fake.pulls.size(), 3);
    QCOMPARE(fake.pulls.at(0).queryItemValue(QStringLiteral("count")), QStringLiteral("1"));
    QVERIFY(!fake.pulls.at(1).hasQueryItem(QStringLiteral("count"))); // one count per round is enough
    QVERIFY(!fake.pulls.at(2).hasQueryItem(QStringLiteral("count")));
    QCOMPARE(fake.pulls.at(1).queryItemValue(QStringLiteral("cursor")), QStringLiteral("c1"));
    QCOMPARE(client.progress.size(), 3);
    const QList<QPair<int, int>> expected{{2, 5}, {4, 5}, {5, 5}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(client.progress.at(i).at(0).toInt(), expected.at(i).first);
        QCOMPARE(client.progress.at(i).at(1).toInt(), expected.at(i).second);
    }
    QCOMPARE(RecordQuery(client.cache).rowCounts().value(QStringLiteral("regions")), 5);

    // The next round asks again: a long offline spell makes its pull long too.
    fake.setPage(QStringLiteral("c3"), page(QStringLiteral("c4"), false, {QStringLiteral("r6")}, 0));
    client.progress.clear();
    QVERIFY2(client.engine.syncBlocking(&error), qPrintable(error));
    QCOMPARE(fake.pulls.size(), 4);
    QCOMPARE(fake.pulls.at(3).queryItemValue(QStringLiteral("count")), QStringLiteral("1"));
    QCOMPARE(client.progress.size(), 1);
    QCOMPARE(client.progress.at(0).at(0).toInt(), 1);
    QCOMPARE(client.progress.at(0).at(1).toInt(), 1);
}

void TestPullProgress::serverWithoutCountGivesRowsOnly()
{
    FakePullServer fake;
    QVERIFY(fake.listen());
    // A server that does not know count=1 ignores it and sends no "remaining".
    fake.setPage(QString(), page(QStringLiteral("c1"), true, {QStringLiteral("r1"), QStringLiteral("r2")}));
    fake.setPage(QStringLiteral("c1"), page(QStringLiteral("c2"), false, {QStringLiteral("r3")}));
    PagingClient client(fake.url());
    QCOMPARE(client.cache.open(m_dir.filePath(QStringLiteral("b.sqlite"))), LocalCache::OpenStatus::Ok);
    QString error;
    QVERIFY2(client.engine.syncBlocking(&error), qPrintable(error));
    QCOMPARE(client.progress.size(), 2);
    QCOMPARE(client.progress.at(0).at(0).toInt(), 2);
    QCOMPARE(client.progress.at(0).at(1).toInt(), -1);
    QCOMPARE(client.progress.at(1).at(0).toInt(), 3);
    QCOMPARE(client.progress.at(1).at(1).toInt(), -1);
}

QTEST_GUILESS_MAIN(TestPullProgress)
#include "TestPullProgress.moc"

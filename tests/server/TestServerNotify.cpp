#include "TestNotifySocket.h"
#include "TestServer.h"
#include "auth/AccountAdmin.h"
#include "domain/Uuid.h"
#include "protocol/ApiConstants.h"
#include "sync/ApiClient.h"
#include "sync/NotifyClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

// WS /api/v1/sync/notify: token by header or first message, pokes only for visible commits, 1008 on bad
// tokens; sockets end with their session (logout, reuse of a refresh token, password change: 1008), their
// account (disabled: 1008) and their scope (role or regions changed: 4001), and the client acts on each
// (docs/PROTOCOL.md "Sessions").
class TestServerNotify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pokesOnlyAccountsThatMaySeeTheCommit();
    void badTokenClosesWith1008();
    void logoutClosesTheSessionsSockets();
    void reusedRefreshTokenClosesTheSocket();
    void passwordChangeClosesTheSockets();
    void disabledAccountClosesItsSockets();
    void scopeChangeClosesWith4001();
    void clientStaysAwayWhenTheSessionEnds();
    void clientComesBackAfterAScopeChange();

private:
    // A new counter account of `region` (names unique per test) and a session of it.
    TestServer::Session newAccount(const QString& name, const QString& region = QStringLiteral("mechelen"))
    {
        if (m_server.createAccount(name, QStringLiteral("counter"), {region}).isEmpty())
            return {};
        return m_server.login(name, QStringLiteral("secret"));
    }
    // Pushes one new parent of `region`; its seq, or 0 when the push failed.
    qint64 pushParent(const QString& token, const QString& region);
    HttpReply refreshWith(const QString& refreshToken)
    {
        return m_server.http().post(QStringLiteral("/api/v1/auth/refresh"),
                                    {{QStringLiteral("refresh_token"), refreshToken}});
    }

    QUrl notifyUrl() const
    {
        return QUrl(m_server.baseUrl().replace(QStringLiteral("http://"), QStringLiteral("ws://")) +
                    QStringLiteral("/api/v1/sync/notify"));
    }
    static QJsonObject waitForMessage(QWebSocket& socket, QSignalSpy& spy, int timeoutMs = 5000)
    {
        Q_UNUSED(socket);
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            return QJsonObject();
        return QJsonDocument::fromJson(spy.takeFirst().at(0).toString().toUtf8()).object();
    }

    TestServer m_server{TestServer::Empty};
    int m_pushes = 0;
    TestServer::Session m_antwerpen;
    TestServer::Session m_mechelen;
};

void TestServerNotify::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    // Short sweeps: changes made behind the server's back (AccountAdmin on the storage) close sockets soon.
    m_server.configure([](ServerOptions& options) { options.notifySweepMs = 200; });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(!m_server.createAccount(QStringLiteral("ant"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
                 .isEmpty());
    QVERIFY(!m_server.createAccount(QStringLiteral("mec"), QStringLiteral("counter"), {QStringLiteral("mechelen")})
                 .isEmpty());
    m_antwerpen = m_server.login(QStringLiteral("ant"), QStringLiteral("secret"));
    m_mechelen = m_server.login(QStringLiteral("mec"), QStringLiteral("secret"));
    QVERIFY(m_antwerpen.isValid() && m_mechelen.isValid());
}

void TestServerNotify::pokesOnlyAccountsThatMaySeeTheCommit()
{
    QWebSocket byHeader;
    QSignalSpy headerMessages(&byHeader, &QWebSocket::textMessageReceived);
    QNetworkRequest request(notifyUrl());
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_antwerpen.accessToken.toLatin1());
    byHeader.open(request);
    QCOMPARE(waitForMessage(byHeader, headerMessages).value(QStringLiteral("type")).toString(),
             QStringLiteral("ready"));

    QWebSocket byMessage;
    QSignalSpy connected(&byMessage, &QWebSocket::connected);
    QSignalSpy messageMessages(&byMessage, &QWebSocket::textMessageReceived);
    byMessage.open(notifyUrl());
    QVERIFY(connected.wait(5000));
    byMessage.sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                                    {QStringLiteral("token"), m_mechelen.accessToken}})
                              .toJson(QJsonDocument::Compact)));
    QCOMPARE(waitForMessage(byMessage, messageMessages).value(QStringLiteral("type")).toString(),
             QStringLiteral("ready"));

    const QJsonObject parent{{QStringLiteral("id"), Uuid::v7()},
                             {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                             {QStringLiteral("first_name"), QStringLiteral("Lotte")},
                             {QStringLiteral("last_name"), QStringLiteral("Peeters")}};
    const HttpReply pushed = m_server.push(m_antwerpen.accessToken, QStringLiteral("notify-client"),
                                           {QJsonObject{{QStringLiteral("mid"), 1},
                                                        {QStringLiteral("table"), QStringLiteral("parents")},
                                                        {QStringLiteral("op"), QStringLiteral("insert")},
                                                        {QStringLiteral("id"), parent.value(QStringLiteral("id"))},
                                                        {QStringLiteral("row"), parent}}});
    QCOMPARE(pushed.status, 200);
    const qint64 seq = pushed.json.value(QStringLiteral("results"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("seq"))
                           .toInteger();
    QVERIFY(seq > 0);
    const QJsonObject poke = waitForMessage(byHeader, headerMessages);
    QCOMPARE(poke.value(QStringLiteral("type")).toString(), QStringLiteral("poke"));
    QCOMPARE(poke.value(QStringLiteral("seq")).toInteger(), seq);
    QCOMPARE(poke.size(), 2);            // pokes carry no data
    QVERIFY(!messageMessages.wait(500)); // Mechelen may not see an Antwerp parent: no poke
}

void TestServerNotify::badTokenClosesWith1008()
{
    QWebSocket socket;
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(notifyUrl());
    QVERIFY(connected.wait(5000));
    socket.sendTextMessage(QStringLiteral("{\"type\":\"auth\",\"token\":\"garbage\"}"));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(socket.closeCode()), 1008);
}

qint64 TestServerNotify::pushParent(const QString& token, const QString& region)
{
    const QJsonObject parent{{QStringLiteral("id"), Uuid::v7()},
                             {QStringLiteral("region_id"), region},
                             {QStringLiteral("first_name"), QStringLiteral("Mila")},
                             {QStringLiteral("last_name"), QStringLiteral("Claes")}};
    const HttpReply pushed = m_server.push(token, QStringLiteral("sessions-client-%1").arg(++m_pushes),
                                           {QJsonObject{{QStringLiteral("mid"), 1},
                                                        {QStringLiteral("table"), QStringLiteral("parents")},
                                                        {QStringLiteral("op"), QStringLiteral("insert")},
                                                        {QStringLiteral("id"), parent.value(QStringLiteral("id"))},
                                                        {QStringLiteral("row"), parent}}});
    return pushed.json.value(QStringLiteral("results"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("seq"))
        .toInteger();
}

void TestServerNotify::logoutClosesTheSessionsSockets()
{
    const TestServer::Session ended = newAccount(QStringLiteral("afmelden"));
    const TestServer::Session kept = m_server.login(QStringLiteral("afmelden"), QStringLiteral("secret"));
    QVERIFY(ended.isValid() && kept.isValid());
    TestNotifySocket endedSocket(m_server.baseUrl());
    TestNotifySocket keptSocket(m_server.baseUrl());
    QVERIFY(endedSocket.open(ended.accessToken) && keptSocket.open(kept.accessToken));
    QCOMPARE(m_server.http().post(QStringLiteral("/api/v1/auth/logout"), {}, ended.accessToken).status, 200);
    QVERIFY(endedSocket.waitForClose());
    QCOMPARE(endedSocket.closeCode(), 1008);
    // The account's other session keeps its socket: it is poked as before.
    const qint64 seq = pushParent(kept.accessToken, QStringLiteral("mechelen"));
    QVERIFY(seq > 0);
    const QJsonObject poke = keptSocket.nextMessage();
    QCOMPARE(poke.value(QStringLiteral("type")).toString(), QStringLiteral("poke"));
    QCOMPARE(poke.value(QStringLiteral("seq")).toInteger(), seq);
}

void TestServerNotify::reusedRefreshTokenClosesTheSocket()
{
    const TestServer::Session s = newAccount(QStringLiteral("hergebruik"));
    QVERIFY(s.isValid());
    TestNotifySocket socket(m_server.baseUrl());
    QVERIFY(socket.open(s.accessToken));
    QCOMPARE(refreshWith(s.refreshToken).status, 200); // an ordinary rotation leaves the socket alone
    const qint64 seq = pushParent(m_mechelen.accessToken, QStringLiteral("mechelen"));
    QCOMPARE(socket.nextMessage().value(QStringLiteral("seq")).toInteger(), seq);
    QCOMPARE(refreshWith(s.refreshToken).status, 401); // reused
    QVERIFY(socket.waitForClose());
    QCOMPARE(socket.closeCode(), 1008);
}

void TestServerNotify::passwordChangeClosesTheSockets()
{
    const TestServer::Session s = newAccount(QStringLiteral("nieuwwachtwoord"));
    QVERIFY(s.isValid());
    TestNotifySocket socket(m_server.baseUrl());
    QVERIFY(socket.open(s.accessToken));
    QString error;
    QVERIFY2(AccountAdmin(m_server.storage())
                 .setPassword(QStringLiteral("nieuwwachtwoord"), QStringLiteral("anders"), &error),
             qPrintable(error));
    QVERIFY(socket.waitForClose());
    QCOMPARE(socket.closeCode(), 1008);
    QCOMPARE(socket.closeReason(), QStringLiteral("session revoked"));
}

void TestServerNotify::disabledAccountClosesItsSockets()
{
    const TestServer::Session s = newAccount(QStringLiteral("uitgeschakeld"));
    QVERIFY(s.isValid());
    TestNotifySocket socket(m_server.baseUrl());
    QVERIFY(socket.open(s.accessToken));
    QString error;
    QVERIFY2(AccountAdmin(m_server.storage()).setActive(QStringLiteral("uitgeschakeld"), false, &error),
             qPrintable(error));
    QVERIFY(socket.waitForClose());
    QCOMPARE(socket.closeCode(), 1008);
    QCOMPARE(socket.closeReason(), QStringLiteral("account disabled"));
}

// New regions: the socket's view of the account is stale, so it closes with 4001; the token still works, and a
// new socket is poked by the new scope.
void TestServerNotify::scopeChangeClosesWith4001()
{
    const TestServer::Session s = newAccount(QStringLiteral("verhuisd"));
    QVERIFY(s.isValid());
    TestNotifySocket socket(m_server.baseUrl());
    QVERIFY(socket.open(s.accessToken));
    QString error;
    QVERIFY2(
        AccountAdmin(m_server.storage()).setRegions(QStringLiteral("verhuisd"), {QStringLiteral("antwerpen")}, &error),
        qPrintable(error));
    QVERIFY(socket.waitForClose());
    QCOMPARE(socket.closeCode(), Protocol::kNotifyCloseScopeChanged);
    TestNotifySocket again(m_server.baseUrl());
    QVERIFY(again.open(s.accessToken));
    const qint64 seq = pushParent(m_antwerpen.accessToken, QStringLiteral("antwerpen"));
    QCOMPARE(again.nextMessage().value(QStringLiteral("seq")).toInteger(), seq);
}

// The desktop client's NotifyClient: once the server closed its socket for a revoked session, it asks once
// (the refresh is refused) and then stays away instead of reconnecting with a dead token.
void TestServerNotify::clientStaysAwayWhenTheSessionEnds()
{
    const TestServer::Session s = newAccount(QStringLiteral("wegwezen"));
    QVERIFY(s.isValid());
    ApiClient api(QUrl(m_server.baseUrl()));
    api.setTokens(s.accessToken, s.refreshToken);
    NotifyClient notify(api);
    QSignalSpy reconnected(&notify, &NotifyClient::reconnected);
    QSignalSpy expired(&api, &ApiClient::sessionExpired);
    notify.start();
    QVERIFY(reconnected.wait(5000));
    QVERIFY(notify.isConnected());
    QCOMPARE(m_server.http().post(QStringLiteral("/api/v1/auth/logout"), {}, s.accessToken).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(notify.isDormant(), 15000);
    QCOMPARE(expired.count(), 1);
    QVERIFY(!notify.isConnected());
    QCOMPARE(reconnected.count(), 1);
}

// After a scope change the client reconnects with its token, which still works, and is ready again (its
// reconnection starts the pull that resyncs).
void TestServerNotify::clientComesBackAfterAScopeChange()
{
    const TestServer::Session s = newAccount(QStringLiteral("uitgebreid"));
    QVERIFY(s.isValid());
    ApiClient api(QUrl(m_server.baseUrl()));
    api.setTokens(s.accessToken, s.refreshToken);
    NotifyClient notify(api);
    QSignalSpy reconnected(&notify, &NotifyClient::reconnected);
    notify.start();
    QVERIFY(reconnected.wait(5000));
    QString error;
    QVERIFY2(
        AccountAdmin(m_server.storage())
            .setRegions(QStringLiteral("uitgebreid"), {QStringLiteral("mechelen"), QStringLiteral("turnhout")}, &error),
        qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 2, 15000);
    QVERIFY(notify.isConnected() && !notify.isDormant());
}

QTEST_GUILESS_MAIN(TestServerNotify)
#include "TestServerNotify.moc"

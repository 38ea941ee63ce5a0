#include "TestServer.h"
#include "domain/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

// WS /api/v1/sync/notify: token by header or first message, pokes only for visible commits, 1008 on bad
// tokens.
class TestServerNotify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pokesOnlyAccountsThatMaySeeTheCommit();
    void badTokenClosesWith1008();

private:
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
    TestServer::Session m_antwerpen;
    TestServer::Session m_mechelen;
};

void TestServerNotify::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
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

QTEST_GUILESS_MAIN(TestServerNotify)
#include "TestServerNotify.moc"

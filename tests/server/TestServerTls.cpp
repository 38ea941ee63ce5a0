// TLS on the sync server and in the client (docs/PROTOCOL.md "Transport", server/README.md "TLS"): with
// certificates made at test time by openssl (TestCertificates), the real server serves HTTPS and WSS on one port;
// the client's ApiClient and NotifyClient trust the operator's CA file and refuse a wrong host name, an expired
// certificate and an unknown CA with a plain sentence; the server refuses bad key files and plain HTTP on a
// non-loopback address unless --insecure-http.
#include "TestCertificates.h"
#include "TestMutations.h"
#include "TestProcess.h"
#include "TestServer.h"
#include "sync/ApiClient.h"
#include "sync/NotifyClient.h"
#include "sync/TlsTrust.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
// The plain sentences of TlsTrust::describe (the tests run untranslated).
const QString kWrongHost = QStringLiteral("is made out to another host name than");
const QString kExpired = QStringLiteral("has expired");
const QString kUnknownIssuer = QStringLiteral("unknown issuer");
} // namespace

class TestServerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void httpsAndWssWithTheCaFile();
    void systemStoreAloneRefusesThePrivateCa();
    void refusesWithAPlainReason_data();
    void refusesWithAPlainReason();
    void badKeyFilesStopTheServer();
    void cliTlsOnAllAddresses();
    void cliPlainHttpOffLoopbackNeedsInsecureHttp();

private:
    // A TLS server with the given certificate; the caller QVERIFYs start().
    std::unique_ptr<TestServer> tlsServer(TestCertificates::Kind kind);
    QSslConfiguration trustingCa();
    // Starts the real opvangloket-server and waits for "listening on URL"; empty URL (and *err) when it failed.
    QString startProcess(QProcess& process, const QStringList& arguments, QString* err);

    TestCertificates m_certs;
    QTemporaryDir m_data;
};

void TestServerTls::initTestCase()
{
    QVERIFY2(m_certs.make(), qPrintable(m_certs.errorString()));
    QVERIFY(m_data.isValid());
}

std::unique_ptr<TestServer> TestServerTls::tlsServer(TestCertificates::Kind kind)
{
    auto server = std::make_unique<TestServer>();
    server->configure([this, kind](ServerOptions& options) {
        options.tlsCert = m_certs.path(kind, TestCertificates::Cert);
        options.tlsKey = m_certs.path(kind, TestCertificates::Key);
    });
    return server;
}

QSslConfiguration TestServerTls::trustingCa()
{
    QSslConfiguration configuration;
    QString error;
    if (!TlsTrust::configuration(m_certs.caFile(), &configuration, &error))
        qWarning() << error;
    return configuration;
}

void TestServerTls::httpsAndWssWithTheCaFile()
{
    auto server = tlsServer(TestCertificates::Good);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    QVERIFY(server->baseUrl().startsWith(QLatin1String("https://127.0.0.1:")));
    QVERIFY(
        !server->createAccount(QStringLiteral("loket.tls"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
             .isEmpty());

    // Both names of the certificate work.
    ApiClient byName(QUrl(QStringLiteral("https://localhost:%1").arg(server->port())));
    byName.setSslConfiguration(trustingCa());
    const ApiResult health = byName.getBlocking(QStringLiteral("/health"));
    QVERIFY2(health.status == 200, qPrintable(health.describe()));

    ApiClient api(QUrl(server->baseUrl()));
    api.setSslConfiguration(trustingCa());
    const ApiResult login =
        api.postBlocking(QStringLiteral("/auth/login"), {{QStringLiteral("username"), QStringLiteral("loket.tls")},
                                                         {QStringLiteral("password"), QStringLiteral("secret")},
                                                         {QStringLiteral("device"), QStringLiteral("test")}});
    QVERIFY2(login.ok(), qPrintable(login.describe()));
    api.setTokens(login.json.value(QStringLiteral("access_token")).toString(),
                  login.json.value(QStringLiteral("refresh_token")).toString());
    const ApiResult me = api.getBlocking(QStringLiteral("/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("username")).toString(), QStringLiteral("loket.tls"));

    // The notify socket goes over wss:// on the same port, authenticates, and is poked after a push.
    NotifyClient notify(api);
    QSignalSpy ready(&notify, &NotifyClient::reconnected);
    QSignalSpy poked(&notify, &NotifyClient::poked);
    notify.start();
    QVERIFY(ready.wait(15000));
    QVERIFY(notify.isConnected());
    QVERIFY(notify.tlsRefusal().isEmpty());
    const QJsonObject push{
        {QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("schema_version"), 1},
        {QStringLiteral("mutations"),
         QJsonArray{TestMutations::withMid(
             TestMutations::insert(QStringLiteral("parents"), TestMutations::parentRow(QStringLiteral("antwerpen"))),
             1)}}};
    const ApiResult pushed = api.postBlocking(QStringLiteral("/sync/push"), push);
    QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
    QVERIFY(poked.count() > 0 || poked.wait(10000));
    notify.stop();
}

void TestServerTls::systemStoreAloneRefusesThePrivateCa()
{
    auto server = tlsServer(TestCertificates::Good);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    ApiClient api(QUrl(server->baseUrl())); // no CA file: the system store only
    const ApiResult health = api.getBlocking(QStringLiteral("/health"));
    QVERIFY(!health.ok());
    QVERIFY(health.networkError);
    QVERIFY(health.tlsRefused);
    QVERIFY2(health.describe().contains(kUnknownIssuer), qPrintable(health.describe()));

    // A CA file that is no certificate is said plainly, and leaves the system store.
    QSslConfiguration configuration;
    QString error;
    QVERIFY(
        !TlsTrust::configuration(m_certs.path(TestCertificates::Good, TestCertificates::Key), &configuration, &error));
    QVERIFY2(error.contains(QLatin1String("holds no PEM certificate")), qPrintable(error));
    QVERIFY(!TlsTrust::configuration(m_data.filePath(QStringLiteral("missing.pem")), &configuration, &error));
    QVERIFY2(error.contains(QLatin1String("cannot be read")), qPrintable(error));
}

void TestServerTls::refusesWithAPlainReason_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("notReason"); // a sentence that must not be there: the reason is the right one
    QTest::newRow("wrong host") << int(TestCertificates::WrongHost) << kWrongHost << kExpired;
    QTest::newRow("expired") << int(TestCertificates::Expired) << kExpired << kWrongHost;
    QTest::newRow("unknown CA") << int(TestCertificates::UnknownCa) << kUnknownIssuer << kExpired;
}

void TestServerTls::refusesWithAPlainReason()
{
    QFETCH(int, kind);
    QFETCH(QString, reason);
    QFETCH(QString, notReason);
    auto server = tlsServer(TestCertificates::Kind(kind));
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    QVERIFY(
        !server->createAccount(QStringLiteral("loket.tls"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
             .isEmpty());

    ApiClient api(QUrl(server->baseUrl()));
    api.setSslConfiguration(trustingCa());
    const ApiResult login =
        api.postBlocking(QStringLiteral("/auth/login"), {{QStringLiteral("username"), QStringLiteral("loket.tls")},
                                                         {QStringLiteral("password"), QStringLiteral("secret")},
                                                         {QStringLiteral("device"), QStringLiteral("test")}});
    QVERIFY(!login.ok());
    QVERIFY(login.networkError);
    QVERIFY(login.tlsRefused);
    QVERIFY2(login.describe().contains(reason), qPrintable(login.describe()));
    QVERIFY2(!login.describe().contains(notReason), qPrintable(login.describe()));
    QVERIFY2(login.describe().startsWith(QLatin1String("The connection to the server is not safe")),
             qPrintable(login.describe()));

    // The notify socket trusts the same and refuses the same way (the token never leaves).
    api.setTokens(QStringLiteral("not-sent"), QString());
    NotifyClient notify(api);
    QSignalSpy refused(&notify, &NotifyClient::tlsRefused);
    QSignalSpy ready(&notify, &NotifyClient::reconnected);
    notify.start();
    QVERIFY(refused.wait(15000));
    QVERIFY2(notify.tlsRefusal().contains(reason), qPrintable(notify.tlsRefusal()));
    QVERIFY(!notify.isConnected());
    QCOMPARE(ready.count(), 0);
    notify.stop();
}

void TestServerTls::badKeyFilesStopTheServer()
{
    struct Case {
        QString cert;
        QString key;
        QString message;
    };
    const QString missing = m_data.filePath(QStringLiteral("missing.pem"));
    const QList<Case> cases{
        {missing, m_certs.path(TestCertificates::Good, TestCertificates::Key),
         QStringLiteral("cannot read the TLS certificate file")},
        {m_certs.path(TestCertificates::Good, TestCertificates::Key),
         m_certs.path(TestCertificates::Good, TestCertificates::Key), QStringLiteral("holds no PEM certificate")},
        {m_certs.path(TestCertificates::Good, TestCertificates::Cert),
         m_certs.path(TestCertificates::Good, TestCertificates::Cert), QStringLiteral("holds no unencrypted PEM")},
        // The key of another certificate: only a handshake tells.
        {m_certs.path(TestCertificates::Good, TestCertificates::Cert),
         m_certs.path(TestCertificates::WrongHost, TestCertificates::Key), QStringLiteral("does not fit")},
    };
    for (const Case& c : cases) {
        TestServer server;
        server.configure([&c](ServerOptions& options) {
            options.tlsCert = c.cert;
            options.tlsKey = c.key;
        });
        QVERIFY(!server.start());
        QVERIFY2(server.errorString().contains(c.message), qPrintable(server.errorString()));
        QCOMPARE(server.server().lastFailure(), SyncServer::StartFailure::BadOptions);
        QCOMPARE(server.port(), quint16(0)); // nothing listens
    }
    // The real program: exit code 2 (unsupported configuration), the reason on stderr.
    const TestProcess run = TestProcess::run(
        QStringLiteral(OPVANGLOKET_SERVER_BINARY),
        {QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
         QStringLiteral("--tls-cert"), m_certs.path(TestCertificates::Good, TestCertificates::Cert),
         QStringLiteral("--tls-key"), m_certs.path(TestCertificates::WrongHost, TestCertificates::Key)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("does not fit the certificate")), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QLatin1String("listening on")), qPrintable(run.out));
    const TestProcess half = TestProcess::run(QStringLiteral(OPVANGLOKET_SERVER_BINARY),
                                              {QStringLiteral("--data"), m_data.path(), QStringLiteral("--tls-cert"),
                                               m_certs.path(TestCertificates::Good, TestCertificates::Cert)});
    QCOMPARE(half.exitCode, 2);
    QVERIFY2(half.err.contains(QLatin1String("--tls-cert and --tls-key go together")), qPrintable(half.err));
}

QString TestServerTls::startProcess(QProcess& process, const QStringList& arguments, QString* err)
{
    process.start(QStringLiteral(OPVANGLOKET_SERVER_BINARY), arguments);
    QString out;
    const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    for (int i = 0; i < 300 && process.state() != QProcess::NotRunning; ++i) {
        process.waitForReadyRead(100);
        out += QString::fromUtf8(process.readAllStandardOutput());
        const QRegularExpressionMatch match = listening.match(out);
        if (match.hasMatch())
            return match.captured(1);
    }
    process.waitForFinished(5000);
    *err = QString::fromUtf8(process.readAllStandardError());
    return QString();
}

void TestServerTls::cliTlsOnAllAddresses()
{
    // TLS needs no --insecure-http off loopback; the program serves HTTPS there.
    QProcess process;
    QString err;
    const QString url =
        startProcess(process,
                     {QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                      QStringLiteral("--tls-cert"), m_certs.path(TestCertificates::Good, TestCertificates::Cert),
                      QStringLiteral("--tls-key"), m_certs.path(TestCertificates::Good, TestCertificates::Key)},
                     &err);
    QVERIFY2(url.startsWith(QLatin1String("https://0.0.0.0:")), qPrintable(url + err));
    ApiClient api(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(QUrl(url).port())));
    api.setSslConfiguration(trustingCa());
    const ApiResult health = api.getBlocking(QStringLiteral("/health"));
    process.terminate();
    process.waitForFinished(10000);
    QVERIFY2(health.status == 200, qPrintable(health.describe()));
}

void TestServerTls::cliPlainHttpOffLoopbackNeedsInsecureHttp()
{
    const QStringList plain{QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"),
                            QStringLiteral("0.0.0.0:0")};
    const TestProcess refused = TestProcess::run(QStringLiteral(OPVANGLOKET_SERVER_BINARY), plain);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("refusing plain HTTP on the non-loopback address 0.0.0.0")),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("--insecure-http")), qPrintable(refused.err));
    QVERIFY(!refused.out.contains(QLatin1String("listening on")));

    QProcess process;
    QString err;
    const QString url = startProcess(process, plain + QStringList{QStringLiteral("--insecure-http")}, &err);
    process.terminate();
    process.waitForFinished(10000);
    QVERIFY2(url.startsWith(QLatin1String("http://0.0.0.0:")), qPrintable(url + err));

    // The library refuses alike, and loopback stays allowed without either.
    TestServer offLoopback;
    offLoopback.configure([](ServerOptions& options) { options.listenAddress = QHostAddress::AnyIPv4; });
    QVERIFY(!offLoopback.start());
    QVERIFY2(offLoopback.errorString().contains(QLatin1String("--insecure-http")),
             qPrintable(offLoopback.errorString()));
    TestServer loopback;
    QVERIFY2(loopback.start(), qPrintable(loopback.errorString()));
    QVERIFY(loopback.baseUrl().startsWith(QLatin1String("http://127.0.0.1:")));
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "TestServerTls.moc"

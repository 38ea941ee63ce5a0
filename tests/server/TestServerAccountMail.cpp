#include "TestAccounts.h"
#include "TestServer.h"
#include "storage/ServerStorage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

// A one-time password mailed to the account instead of shown (docs/PROTOCOL.md "Accounts", "send_by_mail"): from a
// server with a mail folder and from one with a real SMTP relay (aiosmtpd in a process of its own), parsed by Python's
// own e-mail package; the password signs in and must be changed; it is in no answer, audit summary or log line. A
// server without mail answers 409 mail_unavailable, an account without an address 422, and neither changes anything.
namespace {

QString sourceDir()
{
    return qEnvironmentVariable("OPVANGLOKET_TEST_SOURCE_DIR");
}

QStringList g_log; // every message the process logged while the tests ran (the relay's sender logs from a worker)
QMutex g_logLock;
QtMessageHandler g_previous = nullptr;

void keepLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_logLock);
        g_log.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

// The password in the Dutch part of the mail ("… wachtwoord is: <16 characters>").
QString passwordIn(const QString& body)
{
    static const QRegularExpression pattern(QStringLiteral("wachtwoord is: ([A-Za-z0-9]{16})\\s"));
    return pattern.match(body).captured(1);
}

} // namespace

class TestServerAccountMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void folderMailsTheNewAccountsPassword();
    void resetByMailReplacesThePassword();
    void withoutAddressOrTransportNothingChanges();
    void relayDeliversThePassword();
    void thePasswordIsInNoAuditOrLog();

private:
    HttpReply create(TestServer& server, const QString& token, const QString& username, const QString& email,
                     const QJsonValue& sendByMail = true);
    HttpReply reset(TestServer& server, const QString& token, const QString& accountId, const QJsonValue& sendByMail);
    // The mails of a Maildir, or of one .eml file, as read_maildir.py parses them.
    QJsonArray readMail(const QString& path);
    // The one mail in the folder addressed to `address` (empty when there is none or several).
    QJsonObject folderMailTo(const QString& address);
    bool startRelay();

    QTemporaryDir m_dir;
    TestServer m_folder{TestServer::Empty};
    TestServer m_relayServer{TestServer::Empty};
    TestServer m_none{TestServer::Empty};
    TestAccounts m_folderAccounts{m_folder};
    TestAccounts m_relayAccounts{m_relayServer};
    TestAccounts m_noneAccounts{m_none};
    QString m_python;
    QProcess m_relay;
    quint16 m_relayPort = 0;
    QStringList m_passwords; // every one-time password the tests saw
};

void TestServerAccountMail::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    g_previous = qInstallMessageHandler(keepLog);
    for (const QString& candidate :
         {QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")}) {
        if (!candidate.isEmpty() &&
            QProcess::execute(candidate, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")}) == 0) {
            m_python = candidate;
            break;
        }
    }
    QVERIFY2(!m_python.isEmpty(), "no python3 with aiosmtpd found: install python3-aiosmtpd (scripts/bootstrap)");
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_relayPort = probe.serverPort();
    probe.close();
    QVERIFY(startRelay());
    m_folder.configure([this](ServerOptions& o) { o.mailDir = m_dir.filePath(QStringLiteral("mail")); });
    m_relayServer.configure([this](ServerOptions& o) {
        o.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(m_relayPort);
        o.mailFrom = QStringLiteral("loket@opvangloket.example");
    });
    QString error;
    QVERIFY2(m_folder.start(), qPrintable(m_folder.errorString()));
    QVERIFY2(m_relayServer.start(), qPrintable(m_relayServer.errorString()));
    QVERIFY2(m_none.start(), qPrintable(m_none.errorString()));
    for (TestAccounts* accounts : {&m_folderAccounts, &m_relayAccounts, &m_noneAccounts}) {
        QVERIFY2(accounts->addAll({{QStringLiteral("beheer"), QStringLiteral("admin"), {}},
                                   {QStringLiteral("loket"), QStringLiteral("counter"), {QStringLiteral("antwerpen")}}},
                                  &error),
                 qPrintable(error));
    }
}

void TestServerAccountMail::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    if (m_relay.state() != QProcess::NotRunning) {
        m_relay.kill();
        m_relay.waitForFinished(10000);
    }
}

bool TestServerAccountMail::startRelay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), sourceDir() + QStringLiteral("/tests/server"));
    m_relay.setProcessEnvironment(env);
    m_relay.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_relay.start(m_python,
                  {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"), QStringLiteral("-l"),
                   QStringLiteral("127.0.0.1:%1").arg(m_relayPort), QStringLiteral("-c"),
                   QStringLiteral("smtp_relay.RejectingMailbox"), m_dir.filePath(QStringLiteral("maildir"))});
    if (!m_relay.waitForStarted(10000))
        return false;
    for (int i = 0; i < 200 && m_relay.state() == QProcess::Running; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_relayPort);
        if (socket.waitForConnected(100))
            return true;
        QTest::qWait(50);
    }
    return false;
}

HttpReply TestServerAccountMail::create(TestServer& server, const QString& token, const QString& username,
                                        const QString& email, const QJsonValue& sendByMail)
{
    QJsonObject body{{QStringLiteral("username"), username},
                     {QStringLiteral("display_name"), QStringLiteral("Nieuwe Collega")},
                     {QStringLiteral("role"), QStringLiteral("counter")},
                     {QStringLiteral("region_ids"), QJsonArray{QStringLiteral("antwerpen")}},
                     {QStringLiteral("send_by_mail"), sendByMail}};
    if (!email.isEmpty())
        body.insert(QStringLiteral("email"), email);
    return server.http().post(QStringLiteral("/api/v1/accounts"), body, token);
}

HttpReply TestServerAccountMail::reset(TestServer& server, const QString& token, const QString& accountId,
                                       const QJsonValue& sendByMail)
{
    return server.http().post(QStringLiteral("/api/v1/accounts/%1/reset-password").arg(accountId),
                              {{QStringLiteral("send_by_mail"), sendByMail}}, token);
}

QJsonArray TestServerAccountMail::readMail(const QString& path)
{
    QProcess reader;
    reader.start(m_python, {sourceDir() + QStringLiteral("/tests/server/read_maildir.py"), path});
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0) {
        qWarning() << "read_maildir.py failed:" << reader.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
}

QJsonObject TestServerAccountMail::folderMailTo(const QString& address)
{
    QJsonArray found;
    const QDir folder(m_dir.filePath(QStringLiteral("mail")));
    for (const QString& name : folder.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
        const QJsonArray mails = readMail(folder.filePath(name));
        if (!mails.isEmpty() && str(mails.first().toObject(), "to").contains(address))
            found.append(mails.first());
    }
    return found.size() == 1 ? found.first().toObject() : QJsonObject();
}

void TestServerAccountMail::folderMailsTheNewAccountsPassword()
{
    const HttpReply made = create(m_folder, m_folderAccounts.token(QStringLiteral("beheer")),
                                  QStringLiteral("per.mail"), QStringLiteral("per.mail@example.org"));
    QCOMPARE(made.status, 201);
    QCOMPARE(made.json.value(QLatin1String("mailed")).toBool(), true);
    QVERIFY(!made.json.contains(QLatin1String("one_time_password"))); // mailed, so not in the answer
    const QJsonObject mail = folderMailTo(QStringLiteral("per.mail@example.org"));
    QVERIFY2(!mail.isEmpty(), "no single mail to the new account in the mail folder");
    QVERIFY(str(mail, "subject").contains(QStringLiteral("wachtwoord")));
    QVERIFY(str(mail, "body").contains(QStringLiteral("per.mail")));
    const QString password = passwordIn(str(mail, "body"));
    QCOMPARE(password.size(), 16);
    m_passwords.append(password);
    const HttpReply signedIn = m_folder.http().post(
        QStringLiteral("/api/v1/auth/login"),
        {{QStringLiteral("username"), QStringLiteral("per.mail")}, {QStringLiteral("password"), password}});
    QCOMPARE(signedIn.status, 200);
    QVERIFY(signedIn.json.value(QLatin1String("must_change_password")).toBool());
}

void TestServerAccountMail::resetByMailReplacesThePassword()
{
    const QString id = m_folder.storage().accountByUsername(QStringLiteral("per.mail"))->id;
    const HttpReply reply = reset(m_folder, m_folderAccounts.token(QStringLiteral("beheer")), id, true);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QLatin1String("mailed")).toBool(), true);
    QVERIFY(!reply.json.contains(QLatin1String("one_time_password")));
    // Two mails to the address now: the new one holds a password other than the first.
    const QDir folder(m_dir.filePath(QStringLiteral("mail")));
    QStringList passwords;
    for (const QString& name : folder.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
        const QJsonObject mail = readMail(folder.filePath(name)).at(0).toObject();
        if (str(mail, "to").contains(QStringLiteral("per.mail@example.org")))
            passwords.append(passwordIn(str(mail, "body")));
    }
    QCOMPARE(passwords.size(), 2);
    passwords.removeAll(m_passwords.first());
    QCOMPARE(passwords.size(), 1);
    m_passwords.append(passwords.first());
    const auto login = [this](const QString& password) {
        return m_folder.http()
            .post(QStringLiteral("/api/v1/auth/login"),
                  {{QStringLiteral("username"), QStringLiteral("per.mail")}, {QStringLiteral("password"), password}})
            .status;
    };
    QCOMPARE(login(m_passwords.first()), 401);
    QCOMPARE(login(passwords.first()), 200);
}

void TestServerAccountMail::withoutAddressOrTransportNothingChanges()
{
    const QString admin = m_folderAccounts.token(QStringLiteral("beheer"));
    // No address: 422 naming send_by_mail, no account made.
    HttpReply reply = create(m_folder, admin, QStringLiteral("zonder.adres"), QString());
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json.value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .startsWith(QLatin1String("send_by_mail:")));
    QVERIFY(!m_folder.storage().accountByUsername(QStringLiteral("zonder.adres")));
    reply =
        create(m_folder, admin, QStringLiteral("zonder.adres"), QStringLiteral("z@example.org"), QStringLiteral("yes"));
    QCOMPARE(reply.status, 422);
    QVERIFY(!m_folder.storage().accountByUsername(QStringLiteral("zonder.adres")));
    // A reset by mail of an account without an address: refused, its password stays.
    const QString loket = m_folderAccounts.accountId(QStringLiteral("loket"));
    reply = reset(m_folder, admin, loket, true);
    QCOMPARE(reply.status, 422);
    QString error;
    QVERIFY2(m_folderAccounts.signIn(QStringLiteral("loket"), &error), qPrintable(error));
    // A server without a relay or a folder: 409 mail_unavailable, nothing made or reset.
    const QString noneAdmin = m_noneAccounts.token(QStringLiteral("beheer"));
    reply = create(m_none, noneAdmin, QStringLiteral("geen.post"), QStringLiteral("geen.post@example.org"));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("mail_unavailable"));
    QVERIFY(!m_none.storage().accountByUsername(QStringLiteral("geen.post")));
    reply = reset(m_none, noneAdmin, m_noneAccounts.accountId(QStringLiteral("loket")), true);
    QCOMPARE(reply.status, 409);
    QVERIFY2(m_noneAccounts.signIn(QStringLiteral("loket"), &error), qPrintable(error));
    // Someone who manages no accounts hears 403, as without send_by_mail.
    reply = create(m_none, m_noneAccounts.token(QStringLiteral("loket")), QStringLiteral("geen.post"),
                   QStringLiteral("geen.post@example.org"));
    QCOMPARE(reply.status, 403);
    // Without send_by_mail the answer holds the password, as before.
    reply = create(m_none, noneAdmin, QStringLiteral("met.hand"), QString(), false);
    QCOMPARE(reply.status, 201);
    QCOMPARE(str(reply.json, "one_time_password").size(), 16);
    QVERIFY(!reply.json.contains(QLatin1String("mailed")));
    m_passwords.append(str(reply.json, "one_time_password"));
}

void TestServerAccountMail::relayDeliversThePassword()
{
    const HttpReply made = create(m_relayServer, m_relayAccounts.token(QStringLiteral("beheer")),
                                  QStringLiteral("via.relay"), QStringLiteral("via.relay@example.org"));
    QCOMPARE(made.status, 201);
    QCOMPARE(made.json.value(QLatin1String("mailed")).toBool(), true);
    QJsonObject mail;
    const bool arrived = QTest::qWaitFor(
        [&]() {
            for (const QJsonValue& v : readMail(m_dir.filePath(QStringLiteral("maildir")))) {
                if (str(v.toObject(), "to").contains(QStringLiteral("via.relay@example.org")))
                    mail = v.toObject();
            }
            return !mail.isEmpty();
        },
        30000);
    QVERIFY2(arrived, "the relay received no mail for the new account");
    QCOMPARE(str(mail, "from"), QStringLiteral("loket@opvangloket.example"));
    const QString password = passwordIn(str(mail, "body"));
    QCOMPARE(password.size(), 16);
    m_passwords.append(password);
    const HttpReply signedIn = m_relayServer.http().post(
        QStringLiteral("/api/v1/auth/login"),
        {{QStringLiteral("username"), QStringLiteral("via.relay")}, {QStringLiteral("password"), password}});
    QCOMPARE(signedIn.status, 200);
    QVERIFY(signedIn.json.value(QLatin1String("must_change_password")).toBool());
}

void TestServerAccountMail::thePasswordIsInNoAuditOrLog()
{
    QVERIFY(m_passwords.size() >= 3);
    const auto summaries = [](TestServer& server, const QString& token) {
        const HttpReply audit = server.http().get(QStringLiteral("/api/v1/audit?limit=500"), token);
        QStringList texts;
        for (const QJsonValue& v : audit.json.value(QLatin1String("events")).toArray())
            texts.append(str(v.toObject(), "action") + QLatin1Char(' ') + str(v.toObject(), "summary"));
        return texts;
    };
    const QStringList folder = summaries(m_folder, m_folderAccounts.token(QStringLiteral("beheer")));
    const QStringList relay = summaries(m_relayServer, m_relayAccounts.token(QStringLiteral("beheer")));
    QVERIFY(folder.filter(QStringLiteral("account.create")).filter(QStringLiteral("sent by mail")).size() == 1);
    QVERIFY(folder.filter(QStringLiteral("account.reset_password")).filter(QStringLiteral("sent by mail")).size() == 1);
    QVERIFY(relay.filter(QStringLiteral("sent by mail")).size() == 1);
    QStringList everything = folder + relay + summaries(m_none, m_noneAccounts.token(QStringLiteral("beheer")));
    {
        const QMutexLocker lock(&g_logLock);
        everything += g_log;
    }
    for (const QString& password : qAsConst(m_passwords))
        QVERIFY2(everything.filter(password).isEmpty(), "a one-time password is in an audit summary or the log");
}

QTEST_GUILESS_MAIN(TestServerAccountMail)
#include "TestServerAccountMail.moc"

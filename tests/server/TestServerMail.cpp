#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "domain/ApplicationStatus.h"
#include "domain/Uuid.h"
#include "mail/MailDelivery.h"
#include "storage/ServerStorage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

// Parent mail (docs/ARCHITECTURE.md "Domain", "The server"): messages the server queues in the transaction of the
// event, in the parent's language; delivery to a real SMTP relay (aiosmtpd in a process of its own), back-off while it
// is down, a permanent refusal, resending, and the .eml folder. Needs python3 with aiosmtpd (python3-aiosmtpd): without
// it the test fails, it is never skipped.
using namespace TestMutations;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("OPVANGLOKET_TEST_SOURCE_DIR");
}

} // namespace

class TestServerMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void badMailOptionsAreRefused();
    void filingQueuesOneAcknowledgementInParentsLanguage();
    void parentWithoutAddressGetsFailedMessage();
    void stateChangesAndWishesMailTheParent();
    void sentOfferMailsAndRemindsOnce();
    void deliversToRealRelayAndClientsPullSent();
    void relayDownBacksOffThenSends();
    void givesUpAfterMaxAttempts();
    void permanentRefusalFailsThenResendDelivers();
    void workerQueuedMessageIsDelivered();
    void mailDirWritesParseableEml();

private:
    struct Filed {
        QString parentId;
        QString applicationId;
        QString number;
    };

    Filed fileApplication(const QString& language, const QString& email, const QString& firstName = QString());
    QVector<QJsonObject> messagesOf(const QString& applicationId);
    QJsonObject storedMessage(const QString& id);
    QJsonObject onlyMessage(const QString& applicationId, const QString& templateName);
    int countOf(const QString& applicationId, const QString& templateName);
    void round(MailDelivery& delivery);
    bool startRelay();
    void stopRelay();
    QJsonArray readMail(const QString& path);
    QJsonObject mailTo(const QString& address);
    // Python's Maildir makes its folders only when the path does not exist yet.
    QString maildir() const { return m_relayDir.path() + QStringLiteral("/maildir"); }

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
    QString m_python;
    QTemporaryDir m_relayDir;
    QProcess m_relay;
    quint16 m_relayPort = 0;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

void TestServerMail::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    // The first python3 that has aiosmtpd (a pyenv python3 earlier on PATH may lack the Debian package).
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
    m_server.configure([this](ServerOptions& o) {
        o.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(m_relayPort);
        o.mailFrom = QStringLiteral("loket@opvangloket.example");
    });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_server.server().mailDelivery().setClock([this] { return m_now; });
    const QStringList antwerpen{QStringLiteral("antwerpen")};
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("regie"), QStringLiteral("coordinator"), antwerpen},
                                {QStringLiteral("loket"), QStringLiteral("counter"), antwerpen}},
                               &error),
             qPrintable(error));
}

void TestServerMail::cleanupTestCase()
{
    stopRelay();
}

bool TestServerMail::startRelay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), sourceDir() + QStringLiteral("/tests/server"));
    m_relay.setProcessEnvironment(env);
    m_relay.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_relay.start(m_python, {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                             QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_relayPort),
                             QStringLiteral("-c"), QStringLiteral("smtp_relay.RejectingMailbox"), maildir()});
    if (!m_relay.waitForStarted(10000))
        return false;
    // Ready once it accepts a connection (observed, not slept on).
    for (int i = 0; i < 200 && m_relay.state() == QProcess::Running; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_relayPort);
        if (socket.waitForConnected(100))
            return true;
        QTest::qWait(50);
    }
    qWarning() << "the aiosmtpd relay did not come up";
    return false;
}

void TestServerMail::stopRelay()
{
    if (m_relay.state() == QProcess::NotRunning)
        return;
    m_relay.kill();
    m_relay.waitForFinished(10000);
}

TestServerMail::Filed TestServerMail::fileApplication(const QString& language, const QString& email,
                                                      const QString& firstName)
{
    QJsonObject p = parentRow(QStringLiteral("antwerpen"));
    p.insert(QStringLiteral("language"), language);
    p.insert(QStringLiteral("email"), email.isEmpty() ? QJsonValue() : QJsonValue(email));
    if (email.isEmpty())
        p.insert(QStringLiteral("contact_preference"), QStringLiteral("phone"));
    if (!firstName.isEmpty())
        p.insert(QStringLiteral("first_name"), firstName);
    const TestAccounts::Family f = m_accounts.fileFamily(QStringLiteral("loket"), p);
    const QJsonObject app = f.applicationResult();
    return {f.parentId, f.applicationId, str(app.value(QStringLiteral("server_row")).toObject(), "number")};
}

QVector<QJsonObject> TestServerMail::messagesOf(const QString& applicationId)
{
    // What a client of the region pulls: the latest version of each message of the application.
    QHash<QString, QJsonObject> latest;
    QStringList order;
    for (const QJsonObject& change : m_server.pullAll(m_accounts.token(QStringLiteral("loket")))) {
        const QJsonObject row = change.value(QStringLiteral("row")).toObject();
        if (str(change, "table") != QLatin1String("messages") || str(row, "application_id") != applicationId)
            continue;
        if (!latest.contains(str(row, "id")))
            order.append(str(row, "id"));
        latest.insert(str(row, "id"), row);
    }
    QVector<QJsonObject> rows;
    for (const QString& id : order)
        rows.append(latest.value(id));
    return rows;
}

QJsonObject TestServerMail::onlyMessage(const QString& applicationId, const QString& templateName)
{
    QVector<QJsonObject> found;
    for (const QJsonObject& m : messagesOf(applicationId)) {
        if (str(m, "template") == templateName)
            found.append(m);
    }
    if (found.size() != 1)
        qWarning() << "expected one" << templateName << "message, found" << found.size();
    return found.size() == 1 ? found.first() : QJsonObject();
}

int TestServerMail::countOf(const QString& applicationId, const QString& templateName)
{
    int n = 0;
    for (const QJsonObject& m : messagesOf(applicationId))
        n += str(m, "template") == templateName ? 1 : 0;
    return n;
}

QJsonObject TestServerMail::storedMessage(const QString& id)
{
    const std::optional<StoredRow> row = m_server.storage().findRow(QStringLiteral("messages"), id);
    return row ? row->row : QJsonObject();
}

void TestServerMail::round(MailDelivery& delivery)
{
    QSignalSpy finished(&delivery, &MailDelivery::roundFinished);
    QVERIFY(delivery.runOnce());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
}

QJsonArray TestServerMail::readMail(const QString& path)
{
    QProcess reader;
    reader.start(m_python, {sourceDir() + QStringLiteral("/tests/server/read_maildir.py"), path});
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0) {
        qWarning() << "read_maildir.py failed:" << reader.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
}

QJsonObject TestServerMail::mailTo(const QString& address)
{
    QJsonObject found;
    for (const QJsonValue& v : readMail(maildir())) {
        if (str(v.toObject(), "to").contains(address))
            found = v.toObject();
    }
    return found;
}

void TestServerMail::badMailOptionsAreRefused()
{
    const QList<QStringList> cases{
        {QStringLiteral("http://127.0.0.1:25"), QStringLiteral("a@example.be"), QString(),
         QStringLiteral("--smtp-url")},
        {QStringLiteral("smtp://127.0.0.1:25"), QString(), QString(), QStringLiteral("--mail-from")},
        {QStringLiteral("smtp://127.0.0.1:25"), QStringLiteral("not an address"), QString(),
         QStringLiteral("--mail-from")},
        {QStringLiteral("smtp://127.0.0.1:25"), QStringLiteral("a@example.be"), QStringLiteral("/tmp/x"),
         QStringLiteral("either")}};
    for (const QStringList& c : cases) {
        ServerOptions options = m_server.options();
        options.smtpUrl = c.at(0);
        options.mailFrom = c.at(1);
        options.mailDir = c.at(2);
        SyncServer server;
        QString error;
        QVERIFY(!server.start(options, &error));
        QCOMPARE(server.lastFailure(), SyncServer::StartFailure::BadOptions);
        QVERIFY2(error.contains(c.at(3)), qPrintable(error));
    }
}

void TestServerMail::filingQueuesOneAcknowledgementInParentsLanguage()
{
    const Filed fr = fileApplication(QStringLiteral("fr-BE"), QStringLiteral("marie.dubois@example.be"));
    QVERIFY(!fr.number.isEmpty());
    const QVector<QJsonObject> messages = messagesOf(fr.applicationId);
    QCOMPARE(messages.size(), 1);
    const QJsonObject m = messages.first();
    QCOMPARE(str(m, "template"), QStringLiteral("acknowledgement"));
    QCOMPARE(str(m, "language"), QStringLiteral("fr"));
    QCOMPARE(str(m, "status"), QStringLiteral("queued"));
    QCOMPARE(str(m, "channel"), QStringLiteral("email"));
    QCOMPARE(str(m, "parent_id"), fr.parentId);
    QCOMPARE(str(m, "region_id"), QStringLiteral("antwerpen"));
    QCOMPARE(str(m, "subject"), QStringLiteral("Votre demande d'accueil %1 a bien été reçue").arg(fr.number));
    QVERIFY(str(m, "body").contains(QStringLiteral("Bonjour Ayşe Çelik,")));
    QVERIFY(
        str(m, "body").contains(ApplicationStatus::explanation(ApplicationStatus::Submitted, QStringLiteral("fr"))));
    QVERIFY(!str(m, "body").contains(QLatin1Char('{')));

    // Turkish has no templates: Dutch. The same seq as the application: one transaction, one event.
    const Filed tr = fileApplication(QStringLiteral("tr"), QStringLiteral("ayse@example.be"));
    const QJsonObject nl = onlyMessage(tr.applicationId, QStringLiteral("acknowledgement"));
    QCOMPARE(str(nl, "language"), QStringLiteral("nl"));
    QCOMPARE(str(nl, "subject"), QStringLiteral("Uw aanvraag kinderopvang %1 is ontvangen").arg(tr.number));
    const std::optional<StoredRow> app = m_server.storage().findRow(QStringLiteral("applications"), tr.applicationId);
    const std::optional<StoredRow> msg = m_server.storage().findRow(QStringLiteral("messages"), str(nl, "id"));
    QVERIFY(app && msg);
    QCOMPARE(msg->seq, app->seq);
}

void TestServerMail::parentWithoutAddressGetsFailedMessage()
{
    const Filed f = fileApplication(QStringLiteral("en"), QString());
    const QJsonObject m = onlyMessage(f.applicationId, QStringLiteral("acknowledgement"));
    QCOMPARE(str(m, "status"), QStringLiteral("failed"));
    QCOMPARE(str(m, "error"), QStringLiteral("no e-mail address"));
    QCOMPARE(str(m, "subject"), QStringLiteral("Your childcare application %1 has been received").arg(f.number));
}

void TestServerMail::stateChangesAndWishesMailTheParent()
{
    const Filed f = fileApplication(QStringLiteral("fr"), QStringLiteral("state.fr@example.be"));
    QJsonArray r = m_accounts.pushAll(
        QStringLiteral("loket"),
        {update(QStringLiteral("applications"), f.applicationId, 1,
                {{QStringLiteral("status"), change(QStringLiteral("submitted"), QStringLiteral("in_review"))}})});
    QCOMPARE(str(r.at(0).toObject(), "status"), QStringLiteral("applied"));
    const QJsonObject state = onlyMessage(f.applicationId, QStringLiteral("state_changed"));
    QCOMPARE(str(state, "subject"), QStringLiteral("Nouveau statut de votre demande %1 : En traitement").arg(f.number));
    QVERIFY(
        str(state, "body").contains(ApplicationStatus::explanation(ApplicationStatus::InReview, QStringLiteral("fr"))));

    // Notes are no news for the parent; the desired start is.
    m_accounts.pushAll(QStringLiteral("loket"),
                       {update(QStringLiteral("applications"), f.applicationId, 2,
                               {{QStringLiteral("notes"), change(QJsonValue(), QStringLiteral("called"))}})});
    QCOMPARE(messagesOf(f.applicationId).size(), 2);
    const QString start = QDate::currentDate().addMonths(9).toString(Qt::ISODate);
    const QString later = QDate::currentDate().addMonths(10).toString(Qt::ISODate);
    m_accounts.pushAll(QStringLiteral("loket"), {update(QStringLiteral("applications"), f.applicationId, 3,
                                                        {{QStringLiteral("desired_start"), change(start, later)}})});
    QCOMPARE(countOf(f.applicationId, QStringLiteral("application_changed")), 1);

    m_accounts.pushAll(
        QStringLiteral("loket"),
        {update(QStringLiteral("applications"), f.applicationId, 4,
                {{QStringLiteral("status"), change(QStringLiteral("in_review"), QStringLiteral("cancelled"))},
                 {QStringLiteral("closed_reason"), change(QJsonValue(), QStringLiteral("Place trouvée ailleurs"))}})});
    const QJsonObject cancelled = onlyMessage(f.applicationId, QStringLiteral("application_cancelled"));
    QCOMPARE(str(cancelled, "subject"), QStringLiteral("Votre demande d'accueil %1 a été arrêtée").arg(f.number));
    QCOMPARE(messagesOf(f.applicationId).size(), 4); // cancelling is not also a state_changed mail
}

void TestServerMail::sentOfferMailsAndRemindsOnce()
{
    const Filed f = fileApplication(QStringLiteral("nl-BE"), QStringLiteral("offer.nl@example.be"));
    const QJsonObject location{{QStringLiteral("id"), Uuid::v7()},
                               {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                               {QStringLiteral("name"), QStringLiteral("Kinderdagverblijf De Egel")},
                               {QStringLiteral("kind"), QStringLiteral("group")},
                               {QStringLiteral("municipality"), QStringLiteral("Merksem")},
                               {QStringLiteral("published"), true}};
    const QJsonObject place = freePlaceRow(QStringLiteral("antwerpen"), str(location, "id"));
    const QDate respondBy = m_now.date().addDays(2);
    const QJsonObject offer{{QStringLiteral("id"), Uuid::v7()},
                            {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                            {QStringLiteral("application_id"), f.applicationId},
                            {QStringLiteral("free_place_id"), str(place, "id")},
                            {QStringLiteral("location_id"), str(location, "id")},
                            {QStringLiteral("status"), QStringLiteral("proposed")},
                            {QStringLiteral("respond_by"), respondBy.toString(Qt::ISODate)}};
    m_accounts.pushAll(QStringLiteral("regie"),
                       {insert(QStringLiteral("locations"), location), insert(QStringLiteral("free_places"), place),
                        insert(QStringLiteral("offers"), offer)});
    QCOMPARE(countOf(f.applicationId, QStringLiteral("offer_made")), 0); // proposed: not sent yet

    // A reminder is only for offers the parent has.
    round(m_server.server().mailDelivery());
    QCOMPARE(countOf(f.applicationId, QStringLiteral("offer_expiring")), 0);

    m_accounts.pushAll(
        QStringLiteral("regie"),
        {update(QStringLiteral("offers"), str(offer, "id"), 1,
                {{QStringLiteral("status"), change(QStringLiteral("proposed"), QStringLiteral("sent"))}})});
    const QJsonObject made = onlyMessage(f.applicationId, QStringLiteral("offer_made"));
    const QString date = QLocale(QStringLiteral("nl")).toString(respondBy, QStringLiteral("d MMMM yyyy"));
    QVERIFY2(str(made, "body").contains(QStringLiteral("een plaats aanbieden in Kinderdagverblijf De Egel (Merksem)")),
             qPrintable(str(made, "body")));
    QVERIFY(str(made, "body").contains(QStringLiteral("uiterlijk op ") + date));

    round(m_server.server().mailDelivery());
    const QJsonObject reminder = onlyMessage(f.applicationId, QStringLiteral("offer_expiring"));
    QCOMPARE(str(reminder, "subject"),
             QStringLiteral("Herinnering: antwoord uiterlijk op %1 op het aanbod voor Elif").arg(date));
    QCOMPARE(reminder.value(QStringLiteral("updated_by")), QJsonValue()); // written by the server itself
    round(m_server.server().mailDelivery());
    m_now = m_now.addDays(1);
    round(m_server.server().mailDelivery());
    m_now = m_now.addDays(-1);
    QCOMPARE(countOf(f.applicationId, QStringLiteral("offer_expiring")), 1);
}

void TestServerMail::deliversToRealRelayAndClientsPullSent()
{
    const Filed f =
        fileApplication(QStringLiteral("fr"), QStringLiteral("helene.francois@example.be"), QStringLiteral("Hélène"));
    const QJsonObject queued = onlyMessage(f.applicationId, QStringLiteral("acknowledgement"));
    round(m_server.server().mailDelivery());
    const QJsonObject sent = onlyMessage(f.applicationId, QStringLiteral("acknowledgement"));
    QCOMPARE(str(sent, "status"), QStringLiteral("sent"));
    QVERIFY(!str(sent, "sent_at").isEmpty());
    QCOMPARE(sent.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(sent.value(QStringLiteral("error")), QJsonValue());
    QVERIFY(!m_server.storage().mailAttempt(str(sent, "id")));

    const QJsonObject mail = mailTo(QStringLiteral("helene.francois@example.be"));
    QVERIFY2(!mail.isEmpty(), "the relay has no mail for the parent");
    QCOMPARE(str(mail, "to"), QStringLiteral("Hélène Çelik <helene.francois@example.be>"));
    QCOMPARE(str(mail, "from"), QStringLiteral("loket@opvangloket.example"));
    QCOMPARE(str(mail, "subject"), str(queued, "subject"));
    QCOMPARE(str(mail, "message_id"), QStringLiteral("<%1@opvangloket.example>").arg(str(sent, "id")));
    QCOMPARE(str(mail, "content_type"), QStringLiteral("text/plain"));
    QCOMPARE(str(mail, "charset"), QStringLiteral("utf-8"));
    QVERIFY(!str(mail, "date").isEmpty());
    QCOMPARE(str(mail, "body").replace(QLatin1String("\r\n"), QLatin1String("\n")), str(queued, "body"));
    QVERIFY(str(mail, "body").contains(QStringLiteral("Bonjour Hélène Çelik,")));
}

void TestServerMail::relayDownBacksOffThenSends()
{
    MailDelivery& delivery = m_server.server().mailDelivery();
    round(delivery); // nothing old left queued
    stopRelay();
    const Filed f = fileApplication(QStringLiteral("en"), QStringLiteral("backoff@example.be"));
    const QString id = str(onlyMessage(f.applicationId, QStringLiteral("acknowledgement")), "id");
    round(delivery);
    std::optional<MailAttempt> attempt = m_server.storage().mailAttempt(id);
    QVERIFY(attempt);
    QCOMPARE(attempt->attempts, 1);
    QVERIFY(attempt->nextAttemptAt > m_now);
    QVERIFY(!attempt->lastError.isEmpty());
    QCOMPARE(str(storedMessage(id), "status"), QStringLiteral("queued"));

    round(delivery); // not due yet: no attempt
    QCOMPARE(m_server.storage().mailAttempt(id)->attempts, 1);

    m_now = attempt->nextAttemptAt.addSecs(1);
    round(delivery);
    attempt = m_server.storage().mailAttempt(id);
    QCOMPARE(attempt->attempts, 2);
    QVERIFY(attempt->nextAttemptAt > m_now);

    QVERIFY(startRelay());
    m_now = attempt->nextAttemptAt.addSecs(1);
    round(delivery);
    QCOMPARE(str(storedMessage(id), "status"), QStringLiteral("sent"));
    QCOMPARE(str(onlyMessage(f.applicationId, QStringLiteral("acknowledgement")), "status"), QStringLiteral("sent"));
    QVERIFY(!mailTo(QStringLiteral("backoff@example.be")).isEmpty());
}

void TestServerMail::givesUpAfterMaxAttempts()
{
    MailDelivery& delivery = m_server.server().mailDelivery();
    round(delivery);
    stopRelay();
    const Filed f = fileApplication(QStringLiteral("nl"), QStringLiteral("giveup@example.be"));
    const QString id = str(onlyMessage(f.applicationId, QStringLiteral("acknowledgement")), "id");
    for (int i = 1; i <= 5; ++i) {
        round(delivery);
        if (i < 5) {
            QCOMPARE(m_server.storage().mailAttempt(id)->attempts, i);
            m_now = m_server.storage().mailAttempt(id)->nextAttemptAt.addSecs(1);
        }
    }
    const QJsonObject failed = onlyMessage(f.applicationId, QStringLiteral("acknowledgement"));
    QCOMPARE(str(failed, "status"), QStringLiteral("failed"));
    QVERIFY2(str(failed, "error").startsWith(QStringLiteral("gave up after 5 attempts: ")),
             qPrintable(str(failed, "error")));
    QVERIFY(startRelay());
}

void TestServerMail::permanentRefusalFailsThenResendDelivers()
{
    MailDelivery& delivery = m_server.server().mailDelivery();
    const Filed f = fileApplication(QStringLiteral("nl"), QStringLiteral("reject.me@example.be"));
    round(delivery);
    const QJsonObject failed = onlyMessage(f.applicationId, QStringLiteral("acknowledgement"));
    QCOMPARE(str(failed, "status"), QStringLiteral("failed"));
    QVERIFY2(str(failed, "error").contains(QStringLiteral("550")), qPrintable(str(failed, "error")));
    QVERIFY(str(failed, "error").contains(QStringLiteral("Mailbox unavailable")));

    // The counter corrects the address and sends the message again: failed -> queued.
    const qint64 version = failed.value(QStringLiteral("version")).toInteger();
    const QJsonArray r = m_accounts.pushAll(
        QStringLiteral("loket"),
        {update(QStringLiteral("parents"), f.parentId, 1,
                {{QStringLiteral("email"),
                  change(QStringLiteral("reject.me@example.be"), QStringLiteral("fixed@example.be"))}}),
         update(QStringLiteral("messages"), str(failed, "id"), version,
                {{QStringLiteral("status"), change(QStringLiteral("failed"), QStringLiteral("queued"))}})});
    QCOMPARE(str(r.at(1).toObject(), "status"), QStringLiteral("applied"));
    round(delivery);
    const QJsonObject sent = onlyMessage(f.applicationId, QStringLiteral("acknowledgement"));
    QCOMPARE(str(sent, "status"), QStringLiteral("sent"));
    QCOMPARE(sent.value(QStringLiteral("error")), QJsonValue());
    QVERIFY(!mailTo(QStringLiteral("fixed@example.be")).isEmpty());
}

void TestServerMail::workerQueuedMessageIsDelivered()
{
    // Long enough for several encoded-words, with accents and a character outside the BMP (a surrogate pair
    // that must not be cut in two).
    const QString subject = QStringLiteral("Uw afspraak op dinsdag 🙂 — votre rendez-vous à l'accueil, "
                                           "n'oubliez pas le carnet de santé de l'enfant ✔");
    const Filed f = fileApplication(QStringLiteral("en"), QStringLiteral("worker.msg@example.be"));
    const QJsonObject message{{QStringLiteral("id"), Uuid::v7()},
                              {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                              {QStringLiteral("parent_id"), f.parentId},
                              {QStringLiteral("application_id"), f.applicationId},
                              {QStringLiteral("channel"), QStringLiteral("email")},
                              {QStringLiteral("language"), QStringLiteral("en")},
                              {QStringLiteral("subject"), subject},
                              {QStringLiteral("body"), QStringLiteral("See you at 10:00.\n.\nA line with a dot.\n")},
                              {QStringLiteral("status"), QStringLiteral("queued")}};
    QCOMPARE(
        str(m_accounts.pushAll(QStringLiteral("loket"), {insert(QStringLiteral("messages"), message)}).at(0).toObject(),
            "status"),
        QStringLiteral("applied"));
    round(m_server.server().mailDelivery());
    QCOMPARE(str(storedMessage(str(message, "id")), "status"), QStringLiteral("sent"));
    bool found = false;
    for (const QJsonValue& v : readMail(maildir())) {
        if (str(v.toObject(), "subject") == subject) {
            found = true;
            QCOMPARE(str(v.toObject(), "body").replace(QLatin1String("\r\n"), QLatin1String("\n")),
                     str(message, "body"));
        }
    }
    QVERIFY(found);
}

void TestServerMail::mailDirWritesParseableEml()
{
    TestServer folderServer{TestServer::Empty};
    QTemporaryDir mailDir;
    folderServer.configure([&mailDir](ServerOptions& o) { o.mailDir = mailDir.path() + QStringLiteral("/mail"); });
    QVERIFY2(folderServer.start(), qPrintable(folderServer.errorString()));
    QVERIFY(
        !folderServer.createAccount(QStringLiteral("loket"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
             .isEmpty());
    const TestServer::Session s = folderServer.login(QStringLiteral("loket"), QStringLiteral("secret"));
    QVERIFY(s.isValid());
    const QJsonObject p = parentRow(QStringLiteral("antwerpen"));
    const QJsonObject c = childRow(QStringLiteral("antwerpen"), str(p, "id"));
    const QJsonObject a = applicationRow(QStringLiteral("antwerpen"), str(p, "id"), str(c, "id"));
    const HttpReply r = folderServer.push(s.accessToken, QStringLiteral("folder-client"),
                                          {withMid(insert(QStringLiteral("parents"), p), 1),
                                           withMid(insert(QStringLiteral("children"), c), 2),
                                           withMid(insert(QStringLiteral("applications"), a), 3)});
    QCOMPARE(r.status, 200);
    QSignalSpy finished(&folderServer.server().mailDelivery(), &MailDelivery::roundFinished);
    QVERIFY(folderServer.server().mailDelivery().runOnce());
    QCOMPARE(finished.count(), 1);
    const QStringList files = QDir(mailDir.path() + QStringLiteral("/mail")).entryList({QStringLiteral("*.eml")});
    QCOMPARE(files.size(), 1);
    const QString id = files.first().chopped(4);
    const std::optional<StoredRow> row = folderServer.storage().findRow(QStringLiteral("messages"), id);
    QVERIFY(row);
    QCOMPARE(str(row->row, "status"), QStringLiteral("sent"));
    const QJsonArray parsed = readMail(mailDir.path() + QStringLiteral("/mail/") + files.first());
    QCOMPARE(parsed.size(), 1);
    const QJsonObject mail = parsed.at(0).toObject();
    QCOMPARE(str(mail, "to"), QStringLiteral("Ayşe Çelik <ayse.celik@example.be>"));
    QCOMPARE(str(mail, "subject"), str(row->row, "subject"));
    QVERIFY(str(mail, "subject").startsWith(QStringLiteral("Uw aanvraag kinderopvang ANT-")));
}

QTEST_GUILESS_MAIN(TestServerMail)
#include "TestServerMail.moc"

#include "MarkerScan.h"
#include "TestClient.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "domain/RegionCatalog.h"
#include "mail/MailDelivery.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using TestMutations::str;

namespace {

QFile* g_log = nullptr;
QtMessageHandler g_previousHandler = nullptr;

// Every log line of the process (server and clients, debug included) also goes to a file the test reads back.
void logToFile(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (g_log) {
        g_log->write(QByteArray(context.category) + ": " + message.toUtf8() + '\n');
        g_log->flush();
    }
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

const QString kLongAgo = QStringLiteral("2019-03-01T10:00:00.000Z");
const QString kRegion = QStringLiteral("antwerpen");

// The fields the test expects anonymisation to clear, written down here rather than taken from the server's list.
const QHash<QString, QStringList>& personalFields()
{
    static const QHash<QString, QStringList> fields{
        {QStringLiteral("parents"),
         {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("national_number"),
          QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("street"), QStringLiteral("house_number"),
          QStringLiteral("notes")}},
        {QStringLiteral("children"),
         {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("national_number")}},
        {QStringLiteral("applications"), {QStringLiteral("notes"), QStringLiteral("closed_reason")}},
        {QStringLiteral("emergency_entries"), {QStringLiteral("notes")}},
        {QStringLiteral("offers"), {QStringLiteral("explanation")}},
        {QStringLiteral("messages"), {QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("error")}}};
    return fields;
}

bool holdsPersonalData(const QString& table, const QJsonObject& row)
{
    for (const QString& field : personalFields().value(table)) {
        const QJsonValue v = row.value(field);
        if (!v.isNull() && !v.isUndefined() && v.toString() != QLatin1String("***"))
            return true;
    }
    return false;
}

} // namespace

// Anonymisation end to end (docs/PROTOCOL.md "Anonymisation"), on both storage dialects: families filed with unique
// marker strings in every personal field, closed long ago, mailed through --mail-dir, pulled into two real client
// caches (an admin's and a counter's); a dry run that counts what an independent count expects and writes nothing;
// the run; then not one marker may be left in the server's database (its SQLite files byte for byte, or every text
// column of every PostgreSQL table after VACUUM), either cache file with its log, the mail folder or the log of the
// whole process. A family with an open application stays as it was; statistics fields stay; versions go up.
class TestAnonymisation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void othersAreRefused();
    void badRequestsAreRefused();
    void retentionIsSavedAndChecked();
    void dryRunCountsAndWritesNothing();
    void runLeavesNoMarker();
    void secondRunChangesNothing();

private:
    QString marker();
    QJsonObject push(const QJsonObject& mutation);
    void seedClosedFamily();
    void seedOpenFamily();
    void backdate(const QString& table, const QString& id);
    void deliverMail();
    void syncClients();
    QJsonObject expectedCounts();
    HttpReply post(const QString& path, const QJsonObject& body, const QString& token);
    QStringList serverHits(const MarkerScan& scan);

    QTemporaryDir m_files;
    TestServer m_server{TestServer::Demo};
    QString m_admin, m_counter, m_coordinator;
    qint64 m_mid = 0;
    int m_markers = 0;
    QStringList m_gone;                 // markers that must disappear
    QStringList m_kept;                 // markers of the open family's parent: they stay
    QStringList m_closedParents;        // ids
    QHash<QString, QStringList> m_rows; // table -> ids of the closed families' rows
    QString m_openParent, m_openApplication, m_openMessage;
    QHash<QString, qint64> m_versions; // "table/id" -> version before the run
    QJsonObject m_expected;            // the counts of the dry run
    std::unique_ptr<TestClient> m_adminClient, m_counterClient;
};

QString TestAnonymisation::marker()
{
    // "xq", a two-letter serial, eight random letters. Markers share at most "xq" and one letter, so the search
    // index's prefix-compressed terms still hold each marker from its fourth letter on: that is the needle.
    const int n = m_markers++;
    QString m = QStringLiteral("xq") + QChar('a' + n / 26) + QChar('a' + n % 26);
    for (int i = 0; i < 8; ++i)
        m += QChar('a' + QRandomGenerator::global()->bounded(26));
    return m;
}

QJsonObject TestAnonymisation::push(const QJsonObject& mutation)
{
    const HttpReply reply =
        m_server.push(m_counter, QStringLiteral("seed-client"), {TestMutations::withMid(mutation, ++m_mid)});
    const QJsonObject result = reply.json.value(QLatin1String("results")).toArray().at(0).toObject();
    if (str(result, "status") != QLatin1String("applied"))
        qWarning() << "seeding push not applied:" << reply.status << str(result, "status") << str(result, "reason");
    return result;
}

void TestAnonymisation::seedClosedFamily()
{
    const QString m[12] = {marker(), marker(), marker(), marker(), marker(), marker(),
                           marker(), marker(), marker(), marker(), marker(), marker()};
    // A 046 mobile number, a prefix the demo's phones (047) never use: the search index stores its term after the
    // prefix "324" it shares with them, so from the "6" on; eight digits also cannot be found by chance inside an
    // application number's digits (ANT2026001214 holds "6001214", which a seven-digit needle once matched).
    const QString phone = QStringLiteral("+3246%1").arg(QRandomGenerator::global()->bounded(1000000, 9999999));
    for (const QString& x : m)
        m_gone.append(x.mid(3));
    m_gone.append(phone.right(8));
    QJsonObject parent = TestMutations::parentRow(kRegion);
    parent.insert(QStringLiteral("first_name"), m[0]);
    parent.insert(QStringLiteral("last_name"), m[1]);
    parent.insert(QStringLiteral("email"), m[2] + QStringLiteral("@example.be"));
    parent.insert(QStringLiteral("phone"), phone);
    parent.insert(QStringLiteral("street"), m[3] + QStringLiteral("straat"));
    parent.insert(QStringLiteral("house_number"), QStringLiteral("7"));
    parent.insert(QStringLiteral("notes"), QStringLiteral("Belt terug na ") + m[4]);
    const QString parentId = str(parent, "id");
    QJsonObject child = TestMutations::childRow(kRegion, parentId);
    child.insert(QStringLiteral("first_name"), m[5]);
    child.insert(QStringLiteral("last_name"), m[6]);
    QJsonObject application = TestMutations::applicationRow(kRegion, parentId, str(child, "id"));
    application.insert(QStringLiteral("notes"), QStringLiteral("Grootmoeder ") + m[7] + QStringLiteral(" helpt"));
    QJsonObject entry = TestMutations::emergencyRow(kRegion, str(application, "id"), parentId);
    entry.insert(QStringLiteral("notes"), QStringLiteral("Werkgever ") + m[8]);
    QJsonObject message = TestMutations::messageRow(kRegion, parentId, str(application, "id"));
    message.insert(QStringLiteral("status"), QStringLiteral("queued"));
    message.remove(QStringLiteral("error"));
    message.insert(QStringLiteral("subject"), QStringLiteral("Vraag over ") + m[9]);
    message.insert(QStringLiteral("body"), QStringLiteral("Beste ") + m[10] + QStringLiteral(", tot snel."));
    m_rows[QStringLiteral("parents")].append(parentId);
    m_rows[QStringLiteral("children")].append(str(child, "id"));
    m_rows[QStringLiteral("applications")].append(str(application, "id"));
    push(TestMutations::insert(QStringLiteral("parents"), parent));
    push(TestMutations::insert(QStringLiteral("children"), child));
    push(TestMutations::insert(QStringLiteral("applications"), application));
    push(TestMutations::insert(QStringLiteral("emergency_entries"), entry));
    push(TestMutations::insert(QStringLiteral("messages"), message));
    m_rows[QStringLiteral("emergency_entries")].append(str(entry, "id"));
    // Closed with a reason in free text: the application ends, and the offer rules resolve its emergency entry.
    const QJsonObject current = m_server.storedRow(QStringLiteral("applications"), str(application, "id"));
    push(TestMutations::update(
        QStringLiteral("applications"), str(application, "id"), current.value(QLatin1String("version")).toInteger(),
        {{QStringLiteral("status"), TestMutations::change(QStringLiteral("submitted"), QStringLiteral("cancelled"))},
         {QStringLiteral("closed_reason"),
          TestMutations::change(QJsonValue(), QStringLiteral("Verhuisd naar ") + m[11])}}));
    m_closedParents.append(parentId);
}

void TestAnonymisation::seedOpenFamily()
{
    const QString first = marker(), last = marker(), subject = marker(), body = marker();
    m_kept = {first.mid(3), last.mid(3)};
    m_gone += {subject.mid(3), body.mid(3)};
    QJsonObject parent = TestMutations::parentRow(kRegion);
    parent.insert(QStringLiteral("first_name"), first);
    parent.insert(QStringLiteral("last_name"), last);
    m_openParent = str(parent, "id");
    QJsonObject child = TestMutations::childRow(kRegion, m_openParent);
    QJsonObject application = TestMutations::applicationRow(kRegion, m_openParent, str(child, "id"));
    m_openApplication = str(application, "id");
    QJsonObject message = TestMutations::messageRow(kRegion, m_openParent, m_openApplication);
    message.insert(QStringLiteral("status"), QStringLiteral("queued"));
    message.remove(QStringLiteral("error"));
    message.insert(QStringLiteral("subject"), subject);
    message.insert(QStringLiteral("body"), body);
    m_openMessage = str(message, "id");
    push(TestMutations::insert(QStringLiteral("parents"), parent));
    push(TestMutations::insert(QStringLiteral("children"), child));
    push(TestMutations::insert(QStringLiteral("applications"), application));
    push(TestMutations::insert(QStringLiteral("messages"), message));
}

void TestAnonymisation::backdate(const QString& table, const QString& id)
{
    // As if written long ago: the test's own write in storage, with a new seq so the caches receive it.
    ServerStorage& storage = m_server.storage();
    WriteTransaction tx(storage);
    QJsonObject row = storage.findRow(table, id)->row;
    row.insert(QStringLiteral("version"), row.value(QLatin1String("version")).toInteger() + 1);
    row.insert(QStringLiteral("updated_at"), kLongAgo);
    storage.updateRow(table, row, tx.seq());
    tx.commit();
}

void TestAnonymisation::deliverMail()
{
    QSignalSpy finished(&m_server.server().mailDelivery(), &MailDelivery::roundFinished);
    QVERIFY(m_server.server().mailDelivery().runOnce());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 30000); // a folder delivers at once
}

void TestAnonymisation::syncClients()
{
    for (TestClient* c : {m_adminClient.get(), m_counterClient.get()}) {
        QString error;
        QVERIFY2(c->session->sync().syncBlocking(&error), qPrintable(error));
    }
}

HttpReply TestAnonymisation::post(const QString& path, const QJsonObject& body, const QString& token)
{
    return m_server.http().post(path, body, token);
}

void TestAnonymisation::initTestCase()
{
    QVERIFY(m_files.isValid());
    g_log = new QFile(m_files.filePath(QStringLiteral("process.log")));
    QVERIFY(g_log->open(QIODevice::WriteOnly));
    g_previousHandler = qInstallMessageHandler(logToFile);
    QLoggingCategory::setFilterRules(QStringLiteral("opvangloket.*=true"));
    const QString mailDir = m_files.filePath(QStringLiteral("mail"));
    m_server.configure([mailDir](ServerOptions& o) { o.mailDir = mailDir; });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_admin = m_server.login(QStringLiteral("admin"), QStringLiteral("demo")).accessToken;
    m_counter = m_server.login(QStringLiteral("loket.antwerpen"), QStringLiteral("demo")).accessToken;
    m_coordinator = m_server.login(QStringLiteral("regie.antwerpen"), QStringLiteral("demo")).accessToken;
    QVERIFY(!m_admin.isEmpty() && !m_counter.isEmpty() && !m_coordinator.isEmpty());
    for (int i = 0; i < 3; ++i)
        seedClosedFamily();
    seedOpenFamily();
    deliverMail();
    // Every message of the closed families (the counter's and those the server wrote) is part of them.
    for (const QString& parentId : qAsConst(m_closedParents)) {
        for (const StoredRow& row :
             m_server.storage().rowsNaming(QStringLiteral("messages"), QStringLiteral("parent_id"), parentId))
            m_rows[QStringLiteral("messages")].append(str(row.row, "id"));
        backdate(QStringLiteral("parents"), parentId);
    }
    for (const QString& id : m_rows.value(QStringLiteral("applications")))
        backdate(QStringLiteral("applications"), id);
    backdate(QStringLiteral("parents"), m_openParent);   // long ago too, but its application is open
    backdate(QStringLiteral("messages"), m_openMessage); // sent long ago: its text goes, the family stays
    QCOMPARE(m_server.storedRow(QStringLiteral("messages"), m_openMessage).value(QLatin1String("status")).toString(),
             QStringLiteral("sent"));
    m_adminClient = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("admin"));
    m_counterClient = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("loket.antwerpen"));
    QVERIFY(m_adminClient->session && m_counterClient->session);
    syncClients();
}

void TestAnonymisation::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    delete g_log;
    g_log = nullptr;
}

void TestAnonymisation::othersAreRefused()
{
    const QJsonObject body{{QStringLiteral("dry_run"), true}};
    for (const QString& token : {m_counter, m_coordinator}) {
        QCOMPARE(post(QStringLiteral("/api/v1/anonymisation/runs"), body, token).status, 403);
        QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/anonymisation/retention"), token).status, 403);
        const HttpReply put = m_server.http().send(
            "PUT", QStringLiteral("/api/v1/anonymisation/retention/antwerpen"),
            QJsonDocument(QJsonObject{{QStringLiteral("family_years"), 1}, {QStringLiteral("message_years"), 1}})
                .toJson(),
            token);
        QCOMPARE(put.status, 403);
        QCOMPARE(put.errorCode(), QStringLiteral("forbidden"));
    }
    QCOMPARE(post(QStringLiteral("/api/v1/anonymisation/runs"), body, QString()).status, 401);
}

void TestAnonymisation::badRequestsAreRefused()
{
    const qint64 seq = m_server.storage().currentSeq();
    const auto expect = [this](const QJsonObject& body, int status, const QString& field) {
        const HttpReply r = post(QStringLiteral("/api/v1/anonymisation/runs"), body, m_admin);
        QCOMPARE(r.status, status);
        const QString message =
            r.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        QVERIFY2(message.startsWith(field), qPrintable(message));
    };
    expect({{QStringLiteral("dry_run"), false}, {QStringLiteral("closed_before"), QStringLiteral("2020-13-01")}}, 422,
           QStringLiteral("closed_before"));
    expect({{QStringLiteral("dry_run"), false}, {QStringLiteral("messages_before"), QStringLiteral("yesterday")}}, 422,
           QStringLiteral("messages_before"));
    expect({{QStringLiteral("dry_run"), false},
            {QStringLiteral("closed_before"), QDate::currentDate().addYears(1).toString(Qt::ISODate)}},
           422, QStringLiteral("closed_before"));
    expect({{QStringLiteral("dry_run"), false}, {QStringLiteral("region_id"), QStringLiteral("gent")}}, 422,
           QStringLiteral("region_id"));
    expect({{QStringLiteral("closed_before"), QStringLiteral("2020-01-01")}}, 422, QStringLiteral("dry_run"));
    expect({{QStringLiteral("dry_run"), QStringLiteral("no")}}, 400, QStringLiteral("dry_run"));
    expect({{QStringLiteral("dry_run"), false}, {QStringLiteral("closed_before"), 20200101}}, 400,
           QStringLiteral("closed_before"));
    const HttpReply notJson =
        m_server.http().postRaw(QStringLiteral("/api/v1/anonymisation/runs"), "{not json", m_admin);
    QCOMPARE(notJson.status, 400);
    QCOMPARE(m_server.storage().currentSeq(), seq); // nothing was written
}

void TestAnonymisation::retentionIsSavedAndChecked()
{
    const auto put = [this](const QJsonObject& body) {
        return m_server.http().send("PUT", QStringLiteral("/api/v1/anonymisation/retention/mechelen"),
                                    QJsonDocument(body).toJson(), m_admin);
    };
    for (const QJsonObject& bad :
         {QJsonObject{{QStringLiteral("family_years"), 0}, {QStringLiteral("message_years"), 2}},
          QJsonObject{{QStringLiteral("family_years"), 1.5}, {QStringLiteral("message_years"), 2}},
          QJsonObject{{QStringLiteral("family_years"), 5}}}) {
        const HttpReply r = put(bad);
        QCOMPARE(r.status, 422);
        const QString message =
            r.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        QVERIFY2(message.startsWith(bad.contains(QLatin1String("message_years")) ? QLatin1String("family_years")
                                                                                 : QLatin1String("message_years")),
                 qPrintable(message));
    }
    const HttpReply saved = put({{QStringLiteral("family_years"), 7}, {QStringLiteral("message_years"), 3}});
    QCOMPARE(saved.status, 200);
    const HttpReply list = m_server.http().get(QStringLiteral("/api/v1/anonymisation/retention"), m_admin);
    QCOMPARE(list.status, 200);
    QHash<QString, QJsonObject> byRegion;
    for (const QJsonValue& v : list.json.value(QLatin1String("regions")).toArray())
        byRegion.insert(str(v.toObject(), "region_id"), v.toObject());
    QCOMPARE(byRegion.value(QStringLiteral("mechelen")).value(QLatin1String("family_years")).toInt(), 7);
    QCOMPARE(byRegion.value(QStringLiteral("mechelen")).value(QLatin1String("message_years")).toInt(), 3);
    QCOMPARE(byRegion.value(kRegion).value(QLatin1String("family_years")).toInt(), 5); // the default
    QCOMPARE(byRegion.value(kRegion).value(QLatin1String("message_years")).toInt(), 2);
    QVERIFY(byRegion.value(kRegion).value(QLatin1String("updated_at")).isNull());
    QCOMPARE(
        m_server.http()
            .send("PUT", QStringLiteral("/api/v1/anonymisation/retention/gent"),
                  QJsonDocument(QJsonObject{{QStringLiteral("family_years"), 5}, {QStringLiteral("message_years"), 2}})
                      .toJson(),
                  m_admin)
            .status,
        404);
}

QJsonObject TestAnonymisation::expectedCounts()
{
    // Counted here from what the admin pulls, by the rule as docs/PROTOCOL.md states it, not by the server's code.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDateTime familyCutoff(today.addYears(-5), QTime(0, 0), Qt::UTC);
    const QDateTime messageCutoff(today.addYears(-2), QTime(0, 0), Qt::UTC);
    QHash<QString, QVector<QJsonObject>> rows;
    for (const QJsonObject& change : m_server.pullAll(m_admin)) {
        if (str(change, "op") == QLatin1String("upsert"))
            rows[str(change, "table")].append(change.value(QLatin1String("row")).toObject());
    }
    const auto old = [](const QJsonObject& row, const QDateTime& cutoff) {
        return QDateTime::fromString(str(row, "updated_at"), Qt::ISODateWithMs) < cutoff;
    };
    QSet<QString> families, applications;
    for (const QJsonObject& parent : rows.value(QStringLiteral("parents"))) {
        if (str(parent, "region_id") != kRegion || !old(parent, familyCutoff))
            continue;
        bool closed = true;
        for (const QJsonObject& a : rows.value(QStringLiteral("applications"))) {
            if (str(a, "parent_id") == str(parent, "id"))
                closed = closed &&
                         QStringList{QStringLiteral("placed"), QStringLiteral("cancelled"), QStringLiteral("expired")}
                             .contains(str(a, "status")) &&
                         old(a, familyCutoff);
        }
        if (closed)
            families.insert(str(parent, "id"));
    }
    for (const QJsonObject& a : rows.value(QStringLiteral("applications"))) {
        if (families.contains(str(a, "parent_id")))
            applications.insert(str(a, "id"));
    }
    QJsonObject counts;
    for (const QString& table : personalFields().keys()) {
        int n = 0;
        for (const QJsonObject& row : rows.value(table)) {
            const bool ofFamily = table == QLatin1String("parents")  ? families.contains(str(row, "id"))
                                  : table == QLatin1String("offers") ? applications.contains(str(row, "application_id"))
                                                                     : families.contains(str(row, "parent_id"));
            const bool oldMessage = table == QLatin1String("messages") && str(row, "region_id") == kRegion &&
                                    str(row, "status") != QLatin1String("queued") && old(row, messageCutoff);
            if ((ofFamily || oldMessage) && holdsPersonalData(table, row))
                ++n;
        }
        counts.insert(table, n);
    }
    return counts;
}

QStringList TestAnonymisation::serverHits(const MarkerScan& scan)
{
    if (!m_server.databaseUrl().isEmpty())
        return scan.inDatabase(m_server.databaseUrl()); // PostgreSQL's files are not ours to read byte for byte
    const QString file = m_server.dataDir() + QStringLiteral("/opvangloket.sqlite");
    return scan.inSqliteFiles(file) + scan.inDatabase(file);
}

void TestAnonymisation::dryRunCountsAndWritesNothing()
{
    const QJsonObject expected = expectedCounts();
    QCOMPARE(expected.value(QLatin1String("parents")).toInt(), 3);
    QVERIFY(expected.value(QLatin1String("messages")).toInt() >= 3 + 1); // theirs, the server's, the open family's
    for (const QString& table : personalFields().keys()) {
        for (const QString& id : m_rows.value(table))
            m_versions.insert(table + QLatin1Char('/') + id,
                              m_server.storedRow(table, id).value(QLatin1String("version")).toInteger());
    }
    m_versions.insert(
        QStringLiteral("parents/") + m_openParent,
        m_server.storedRow(QStringLiteral("parents"), m_openParent).value(QLatin1String("version")).toInteger());
    const qint64 seq = m_server.storage().currentSeq();
    const HttpReply r = post(QStringLiteral("/api/v1/anonymisation/runs"),
                             {{QStringLiteral("region_id"), kRegion}, {QStringLiteral("dry_run"), true}}, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("dry_run")).toBool(), true);
    const QJsonObject counts = r.json.value(QLatin1String("counts")).toObject();
    for (const QString& table : personalFields().keys())
        QCOMPARE(counts.value(table).toInt(), expected.value(table).toInt());
    QCOMPARE(m_server.storage().currentSeq(), seq);
    QCOMPARE(m_server.storedRow(QStringLiteral("parents"), m_closedParents.first())
                 .value(QLatin1String("version"))
                 .toInteger(),
             m_versions.value(QStringLiteral("parents/") + m_closedParents.first()));
    const HttpReply audit = m_server.http().get(QStringLiteral("/api/v1/audit?action=anonymisation.dry_run"), m_admin);
    QCOMPARE(audit.json.value(QLatin1String("events")).toArray().size(), 1);
    // Before the run every marker is where a sync and the mail round put it: the scans below can find them.
    const MarkerScan scan(m_gone);
    QVERIFY(!serverHits(scan).isEmpty());
    QVERIFY(!scan.inSqliteFiles(m_adminClient->cache().path()).isEmpty());
    // Every single needle, the phone's included, is in the counter's cache: none is too long to be found there.
    QStringList found;
    for (const QString& hit : scan.inSqliteFiles(m_counterClient->cache().path()))
        found.append(hit.section(QStringLiteral(": "), -1));
    found.removeDuplicates();
    QCOMPARE(found.size(), m_gone.size());
    QVERIFY(!scan.inMailFolder(m_files.filePath(QStringLiteral("mail"))).isEmpty());
    m_expected = expected;
}

void TestAnonymisation::runLeavesNoMarker()
{
    const QJsonObject parentBefore = m_server.storedRow(QStringLiteral("parents"), m_closedParents.first());
    const QJsonObject applicationBefore =
        m_server.storedRow(QStringLiteral("applications"), m_rows.value(QStringLiteral("applications")).first());
    const QJsonObject openBefore = m_server.storedRow(QStringLiteral("parents"), m_openParent);
    const HttpReply r = post(QStringLiteral("/api/v1/anonymisation/runs"),
                             {{QStringLiteral("region_id"), kRegion}, {QStringLiteral("dry_run"), false}}, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("counts")).toObject(), m_expected);
    syncClients();

    // Each row of the closed families: one version more, personal fields gone, statistics as they were.
    for (const QString& table : personalFields().keys()) {
        for (const QString& id : m_rows.value(table)) {
            const QJsonObject row = m_server.storedRow(table, id);
            QVERIFY2(!holdsPersonalData(table, row), qPrintable(table + QLatin1Char('/') + id));
            QCOMPARE(row.value(QLatin1String("version")).toInteger(),
                     m_versions.value(table + QLatin1Char('/') + id) + 1);
            for (TestClient* c : {m_adminClient.get(), m_counterClient.get()})
                QCOMPARE(c->records().row(table, id).value(QLatin1String("version")).toInteger(),
                         row.value(QLatin1String("version")).toInteger());
        }
    }
    const QJsonObject parent = m_server.storedRow(QStringLiteral("parents"), m_closedParents.first());
    QCOMPARE(str(parent, "last_name"), QStringLiteral("***"));
    for (const char* kept : {"postcode", "language", "contact_preference", "region_id"})
        QCOMPARE(parent.value(QLatin1String(kept)), parentBefore.value(QLatin1String(kept)));
    const QJsonObject application =
        m_server.storedRow(QStringLiteral("applications"), m_rows.value(QStringLiteral("applications")).first());
    for (const char* kept : {"status", "desired_start", "days", "preferences", "priority", "channel", "submitted_at",
                             "number", "child_id", "parent_id"})
        QCOMPARE(application.value(QLatin1String(kept)), applicationBefore.value(QLatin1String(kept)));
    QCOMPARE(str(application, "closed_reason"), QStringLiteral("***"));
    const QJsonObject entry = m_server.storedRow(QStringLiteral("emergency_entries"),
                                                 m_rows.value(QStringLiteral("emergency_entries")).first());
    QCOMPARE(str(entry, "reason"), QStringLiteral("medical"));
    QCOMPARE(str(entry, "status"), QStringLiteral("resolved"));

    // The family with an open application is as it was; only its old message lost its text.
    QCOMPARE(m_server.storedRow(QStringLiteral("parents"), m_openParent), openBefore);
    QCOMPARE(
        m_server.storedRow(QStringLiteral("applications"), m_openApplication).value(QLatin1String("status")).toString(),
        QStringLiteral("submitted"));
    const QJsonObject openMessage = m_server.storedRow(QStringLiteral("messages"), m_openMessage);
    QCOMPARE(str(openMessage, "subject"), QStringLiteral("***"));
    QVERIFY(openMessage.value(QLatin1String("body")).isNull());
    QCOMPARE(str(openMessage, "status"), QStringLiteral("sent"));

    // Not one marker anywhere; the open family's names are still there (the scans do find what is left).
    const MarkerScan gone(m_gone);
    QStringList hits = serverHits(gone);
    for (TestClient* c : {m_adminClient.get(), m_counterClient.get()})
        hits += gone.inSqliteFiles(c->cache().path());
    hits += gone.inMailFolder(m_files.filePath(QStringLiteral("mail")));
    hits += gone.inFile(g_log->fileName());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    const MarkerScan kept(m_kept);
    QVERIFY(!serverHits(kept).isEmpty());
    QVERIFY(!kept.inSqliteFiles(m_counterClient->cache().path()).isEmpty());
    QVERIFY(kept.inFile(g_log->fileName()).isEmpty()); // the log never held them in the first place
    QVERIFY(g_log->size() > 0);
    for (const QString& id : m_rows.value(QStringLiteral("messages")))
        QVERIFY(!QFile::exists(m_files.filePath(QStringLiteral("mail/") + id + QStringLiteral(".eml"))));
}

void TestAnonymisation::secondRunChangesNothing()
{
    const qint64 seq = m_server.storage().currentSeq();
    const HttpReply r =
        post(QStringLiteral("/api/v1/anonymisation/runs"), {{QStringLiteral("dry_run"), false}}, m_admin);
    QCOMPARE(r.status, 200);
    const QJsonObject counts = r.json.value(QLatin1String("counts")).toObject();
    for (const QString& table : personalFields().keys())
        QCOMPARE(counts.value(table).toInt(), 0);
    QCOMPARE(r.json.value(QLatin1String("regions")).toArray().size(),
             RegionCatalog::ids().size()); // every region, rows or not
    QCOMPARE(m_server.storage().currentSeq(), seq);
}

QTEST_GUILESS_MAIN(TestAnonymisation)
#include "TestAnonymisation.moc"

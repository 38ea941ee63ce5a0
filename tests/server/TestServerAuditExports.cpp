#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

// POST /api/v1/audit/exports (docs/PROTOCOL.md "Audit"): an export or printout a client reports is written as an
// `export.<format>` event with counts only, in the caller's region; bad input and a region the caller does not work
// in change nothing. And the audit log's promise that sign-ins, account changes and allocation runs are audited:
// each kind is made here for real and looked up in GET /api/v1/audit, with the region its coordinator reads it by.
using namespace TestMutations;

namespace {
const QString kAntwerpen = QStringLiteral("antwerpen");
const QString kMechelen = QStringLiteral("mechelen");
const QString kExports = QStringLiteral("/api/v1/audit/exports");

QJsonObject report(const QString& entity, int rows, const QString& format)
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("rows"), rows}, {QStringLiteral("format"), format}};
}
} // namespace

class TestServerAuditExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsAreAuditedInTheCallersRegion();
    void badReportsChangeNothing();
    void anotherRegionIsForbidden();
    void summariesHoldCountsOnly();
    void accountChangesAreAudited();
    void signInsAndSignOutsAreAudited();
    void allocationRunsAreAudited();

private:
    QJsonArray events(const QString& username, const QString& query);
    int eventCount() { return events(QStringLiteral("beheer"), QStringLiteral("limit=500")).size(); }
    // The newest event of `action` the admin reads (empty when there is none).
    QJsonObject newest(const QString& action);
    HttpReply post(const QString& user, const QString& path, const QJsonObject& body)
    {
        return m_server.http().post(path, body, m_accounts.token(user));
    }

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
};

void TestServerAuditExports::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("beheer"), QStringLiteral("admin"), {}},
                                {QStringLiteral("regie.ant"), QStringLiteral("coordinator"), {kAntwerpen}},
                                {QStringLiteral("regie.mec"), QStringLiteral("coordinator"), {kMechelen}},
                                {QStringLiteral("loket.ant"), QStringLiteral("counter"), {kAntwerpen}},
                                {QStringLiteral("loket.twee"), QStringLiteral("counter"), {kAntwerpen, kMechelen}},
                                {QStringLiteral("toeleider.ant"), QStringLiteral("referrer"), {kAntwerpen}}},
                               &error),
             qPrintable(error));
    for (const QString& region : {kAntwerpen, kMechelen}) {
        const QJsonObject row{{QStringLiteral("id"), region},
                              {QStringLiteral("region_id"), region},
                              {QStringLiteral("name"), region.toUpper()},
                              {QStringLiteral("municipalities"), QJsonArray()}};
        QCOMPARE(str(m_accounts.pushOne(QStringLiteral("beheer"), insert(QStringLiteral("regions"), row)), "status"),
                 QStringLiteral("applied"));
    }
}

QJsonArray TestServerAuditExports::events(const QString& username, const QString& query)
{
    const HttpReply r = m_server.http().get(QStringLiteral("/api/v1/audit?") + query, m_accounts.token(username));
    if (r.status != 200)
        qWarning() << "audit answered" << r.status << r.body;
    return r.json.value(QStringLiteral("events")).toArray();
}

QJsonObject TestServerAuditExports::newest(const QString& action)
{
    const QJsonArray found = events(QStringLiteral("beheer"), QStringLiteral("limit=1&action=") + action);
    return found.isEmpty() ? QJsonObject() : found.at(0).toObject();
}

void TestServerAuditExports::exportsAreAuditedInTheCallersRegion()
{
    const HttpReply made =
        post(QStringLiteral("loket.ant"), kExports, report(QStringLiteral("applications"), 42, QStringLiteral("csv")));
    QCOMPARE(made.status, 201);
    QCOMPARE(str(made.json, "action"), QStringLiteral("export.csv"));
    const QJsonObject csv = newest(QStringLiteral("export.csv"));
    QCOMPARE(str(csv, "account_id"), m_accounts.accountId(QStringLiteral("loket.ant")));
    QCOMPARE(str(csv, "entity"), QStringLiteral("applications"));
    QVERIFY(csv.value(QStringLiteral("entity_id")).isNull());
    QCOMPARE(str(csv, "region_id"), kAntwerpen); // its one region, as its sign-ins
    QCOMPARE(str(csv, "summary"), QStringLiteral("rows: 42, format: csv"));
    // Its coordinator reads it; the other region's does not.
    const QJsonArray ant = events(QStringLiteral("regie.ant"), QStringLiteral("action=export.csv"));
    QCOMPARE(ant.size(), 1);
    QVERIFY(events(QStringLiteral("regie.mec"), QStringLiteral("action=export.csv")).isEmpty());

    // A printout and a PDF by someone of two regions: the region it names, or none (admins only) without one.
    QCOMPARE(post(QStringLiteral("loket.twee"), kExports, report(QStringLiteral("parents"), 7, QStringLiteral("print")))
                 .status,
             201);
    QVERIFY(newest(QStringLiteral("export.print")).value(QStringLiteral("region_id")).isNull());
    QJsonObject pdf = report(QStringLiteral("emergency_entries"), 0, QStringLiteral("pdf"));
    pdf.insert(QStringLiteral("region_id"), kMechelen);
    QCOMPARE(post(QStringLiteral("loket.twee"), kExports, pdf).status, 201);
    QCOMPARE(str(newest(QStringLiteral("export.pdf")), "region_id"), kMechelen);
    QCOMPARE(events(QStringLiteral("regie.mec"), QStringLiteral("action=export.pdf")).size(), 1);
    // Every role may report; the audit log itself is a list that can be exported.
    QCOMPARE(post(QStringLiteral("toeleider.ant"), kExports,
                  report(QStringLiteral("applications"), 3, QStringLiteral("csv")))
                 .status,
             201);
    QCOMPARE(
        post(QStringLiteral("beheer"), kExports, report(QStringLiteral("audit_events"), 100, QStringLiteral("csv")))
            .status,
        201);
    QCOMPARE(str(newest(QStringLiteral("export.csv")), "entity"), QStringLiteral("audit_events"));
    // Made offline and reported later: the summary keeps the moment it was made.
    QJsonObject late = report(QStringLiteral("children"), 9, QStringLiteral("csv"));
    late.insert(QStringLiteral("exported_at"),
                QStringLiteral("%1T09:30:00.000+01:00").arg(QDate::currentDate().addDays(-2).toString(Qt::ISODate)));
    QCOMPARE(post(QStringLiteral("loket.ant"), kExports, late).status, 201);
    QCOMPARE(str(newest(QStringLiteral("export.csv")), "summary"),
             QStringLiteral("rows: 9, format: csv, exported at %1T08:30:00.000Z")
                 .arg(QDate::currentDate().addDays(-2).toString(Qt::ISODate)));
}

void TestServerAuditExports::badReportsChangeNothing()
{
    const int before = eventCount();
    QJsonObject unknownField = report(QStringLiteral("parents"), 1, QStringLiteral("csv"));
    unknownField.insert(QStringLiteral("filter"), QStringLiteral("Janssens"));
    const auto late = [](const QString& at) {
        QJsonObject body = report(QStringLiteral("parents"), 1, QStringLiteral("csv"));
        body.insert(QStringLiteral("exported_at"), at);
        return body;
    };
    QJsonObject badRegion = report(QStringLiteral("parents"), 1, QStringLiteral("csv"));
    badRegion.insert(QStringLiteral("region_id"), QStringLiteral("gent"));
    const QList<QPair<QJsonObject, QString>> cases{
        {report(QStringLiteral("sessions"), 1, QStringLiteral("csv")), QStringLiteral("entity")},
        {{{QStringLiteral("rows"), 1}, {QStringLiteral("format"), QStringLiteral("csv")}}, QStringLiteral("entity")},
        {report(QStringLiteral("parents"), -1, QStringLiteral("csv")), QStringLiteral("rows")},
        {{{QStringLiteral("entity"), QStringLiteral("parents")},
          {QStringLiteral("rows"), 1.5},
          {QStringLiteral("format"), QStringLiteral("csv")}},
         QStringLiteral("rows")},
        {{{QStringLiteral("entity"), QStringLiteral("parents")},
          {QStringLiteral("rows"), QStringLiteral("12")},
          {QStringLiteral("format"), QStringLiteral("csv")}},
         QStringLiteral("rows")},
        {report(QStringLiteral("parents"), 1, QStringLiteral("xlsx")), QStringLiteral("format")},
        {badRegion, QStringLiteral("region_id")},
        {unknownField, QStringLiteral("filter")},
        {late(QStringLiteral("gisteren")), QStringLiteral("exported_at")},
        {late(QStringLiteral("2026-01-01T10:00:00")), QStringLiteral("exported_at")}, // no offset
        {late(QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)), QStringLiteral("exported_at")},
        {late(QDateTime::currentDateTimeUtc().addYears(-2).toString(Qt::ISODate)), QStringLiteral("exported_at")}};
    for (const auto& c : cases) {
        const HttpReply reply = post(QStringLiteral("loket.ant"), kExports, c.first);
        QCOMPARE(reply.status, 422);
        QVERIFY2(reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .startsWith(c.second),
                 reply.body.constData());
    }
    QCOMPARE(m_server.http().postRaw(kExports, "{\"entity\":", m_accounts.token(QStringLiteral("loket.ant"))).status,
             400);
    QCOMPARE(m_server.http().postRaw(kExports, "[1]", m_accounts.token(QStringLiteral("loket.ant"))).status, 400);
    QCOMPARE(m_server.http().post(kExports, report(QStringLiteral("parents"), 1, QStringLiteral("csv"))).status, 401);
    QCOMPARE(m_server.http().get(kExports, m_accounts.token(QStringLiteral("beheer"))).status, 405);
    QCOMPARE(eventCount(), before);
}

void TestServerAuditExports::anotherRegionIsForbidden()
{
    const int before = eventCount();
    QJsonObject other = report(QStringLiteral("applications"), 5, QStringLiteral("csv"));
    other.insert(QStringLiteral("region_id"), kMechelen);
    QCOMPARE(post(QStringLiteral("loket.ant"), kExports, other).status, 403);
    QCOMPARE(post(QStringLiteral("regie.ant"), kExports, other).status, 403);
    QCOMPARE(eventCount(), before);
    QCOMPARE(post(QStringLiteral("regie.mec"), kExports, other).status, 201);
    QCOMPARE(post(QStringLiteral("beheer"), kExports, other).status, 201);
    QCOMPARE(eventCount(), before + 2);
}

void TestServerAuditExports::summariesHoldCountsOnly()
{
    const QRegularExpression countsOnly(
        QStringLiteral("^rows: \\d+, format: (csv|pdf|print)(, exported at [0-9T:.-]+Z)?$"));
    int seen = 0;
    for (const QJsonValue& v : events(QStringLiteral("beheer"), QStringLiteral("limit=500"))) {
        const QJsonObject e = v.toObject();
        if (!str(e, "action").startsWith(QLatin1String("export.")))
            continue;
        ++seen;
        QVERIFY2(countsOnly.match(str(e, "summary")).hasMatch(), qPrintable(str(e, "summary")));
        QVERIFY(!str(e, "summary").contains(QLatin1String("Janssens")));
    }
    QVERIFY(seen >= 5);
}

void TestServerAuditExports::accountChangesAreAudited()
{
    const QString admin = QStringLiteral("beheer");
    const HttpReply made = post(admin, QStringLiteral("/api/v1/accounts"),
                                {{QStringLiteral("username"), QStringLiteral("nieuw.ant")},
                                 {QStringLiteral("display_name"), QStringLiteral("Nina Nieuw")},
                                 {QStringLiteral("role"), QStringLiteral("counter")},
                                 {QStringLiteral("region_ids"), QJsonArray{kAntwerpen}}});
    QCOMPARE(made.status, 201);
    const QString id = str(made.json.value(QStringLiteral("account")).toObject(), "id");
    const QString path = QStringLiteral("/api/v1/accounts/") + id;
    const auto patch = [this, &path](const QJsonObject& body) {
        return m_server.http()
            .send("PATCH", path, QJsonDocument(body).toJson(), m_accounts.token(QStringLiteral("beheer")))
            .status;
    };
    QCOMPARE(patch({{QStringLiteral("organisation"), QStringLiteral("Huis van het Kind")}}), 200);
    QCOMPARE(patch({{QStringLiteral("active"), false}}), 200);
    QCOMPARE(patch({{QStringLiteral("active"), true}}), 200);
    const HttpReply reset = post(admin, path + QStringLiteral("/reset-password"), {});
    QCOMPARE(reset.status, 200);
    QCOMPARE(post(admin, path + QStringLiteral("/sign-out"), {}).status, 200);
    // The account chooses its own password: the one event of its own.
    const TestServer::Session own = m_server.login(QStringLiteral("nieuw.ant"), str(reset.json, "one_time_password"));
    QVERIFY(own.isValid());
    QCOMPARE(m_server.http()
                 .post(QStringLiteral("/api/v1/auth/password"),
                       {{QStringLiteral("current_password"), str(reset.json, "one_time_password")},
                        {QStringLiteral("new_password"), QStringLiteral("een-lang-wachtwoord")}},
                       own.accessToken)
                 .status,
             200);

    const QJsonArray trail = events(admin, QStringLiteral("entity=accounts&entity_id=") + id);
    QStringList actions;
    for (const QJsonValue& v : trail) {
        actions.prepend(str(v.toObject(), "action")); // oldest first
        QCOMPARE(str(v.toObject(), "region_id"), kAntwerpen);
        QVERIFY(!str(v.toObject(), "summary").contains(QLatin1String("Nina")));
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("account.create"), QStringLiteral("account.update"),
                                   QStringLiteral("account.disable"), QStringLiteral("account.enable"),
                                   QStringLiteral("account.reset_password"), QStringLiteral("account.sign_out"),
                                   QStringLiteral("auth.password_change")}));
    QCOMPARE(str(trail.at(1).toObject(), "account_id"), m_accounts.accountId(admin));
    QCOMPARE(str(trail.at(0).toObject(), "account_id"), id);
    // The coordinator of the region reads the same trail.
    QCOMPARE(events(QStringLiteral("regie.ant"), QStringLiteral("entity=accounts&entity_id=") + id), trail);
}

void TestServerAuditExports::signInsAndSignOutsAreAudited()
{
    const QString loket = m_accounts.accountId(QStringLiteral("loket.ant"));
    const QString mine = QStringLiteral("account_id=") + loket;
    QVERIFY(!m_server.login(QStringLiteral("loket.ant"), QStringLiteral("verkeerd")).isValid());
    const TestServer::Session session = m_server.login(QStringLiteral("loket.ant"), QStringLiteral("secret"));
    QVERIFY(session.isValid());
    QCOMPARE(m_server.http().post(QStringLiteral("/api/v1/auth/logout"), {}, session.accessToken).status, 200);
    // The coordinator of its one region reads the failure, the sign-in and the sign-out, newest first.
    const QJsonArray seen = events(QStringLiteral("regie.ant"), mine + QStringLiteral("&limit=3"));
    QCOMPARE(seen.size(), 3);
    QCOMPARE(str(seen.at(0).toObject(), "action"), QStringLiteral("auth.logout"));
    QCOMPARE(str(seen.at(1).toObject(), "action"), QStringLiteral("auth.login"));
    QCOMPARE(str(seen.at(2).toObject(), "action"), QStringLiteral("auth.login_failed"));
    QCOMPARE(str(seen.at(0).toObject(), "entity_id"), str(seen.at(1).toObject(), "entity_id")); // the same session
    for (const QJsonValue& v : seen)
        QCOMPARE(str(v.toObject(), "region_id"), kAntwerpen);
    // A disabled account's sign-in is refused and audited as such.
    QString error;
    QVERIFY2(m_accounts.add(QStringLiteral("weg.ant"), QStringLiteral("counter"), {kAntwerpen}, &error),
             qPrintable(error));
    const QString gone = m_accounts.accountId(QStringLiteral("weg.ant"));
    QCOMPARE(m_server.http()
                 .send("PATCH", QStringLiteral("/api/v1/accounts/") + gone, R"({"active": false})",
                       m_accounts.token(QStringLiteral("beheer")))
                 .status,
             200);
    QVERIFY(!m_server.login(QStringLiteral("weg.ant"), QStringLiteral("secret")).isValid());
    const QJsonObject refused = newest(QStringLiteral("auth.login_refused"));
    QCOMPARE(str(refused, "account_id"), gone);
    QCOMPARE(str(refused, "summary"), QStringLiteral("account disabled"));
}

void TestServerAuditExports::allocationRunsAreAudited()
{
    const QString runs = QStringLiteral("/api/v1/allocation/runs");
    const QJsonObject region{{QStringLiteral("region_id"), kAntwerpen}};
    const HttpReply discarded = post(QStringLiteral("regie.ant"), runs, region);
    QCOMPARE(discarded.status, 201);
    const QString first = str(discarded.json, "id");
    QCOMPARE(
        post(QStringLiteral("regie.ant"), runs + QStringLiteral("/") + first + QStringLiteral("/discard"), {}).status,
        200);
    const HttpReply confirmed = post(QStringLiteral("regie.ant"), runs, region);
    QCOMPARE(confirmed.status, 201);
    const QString second = str(confirmed.json, "id");
    QCOMPARE(post(QStringLiteral("regie.ant"), runs + QStringLiteral("/") + second + QStringLiteral("/confirm"),
                  {{QStringLiteral("respond_by"), QDate::currentDate().addDays(7).toString(Qt::ISODate)}})
                 .status,
             200);
    QStringList trail;
    for (const QJsonValue& v :
         events(QStringLiteral("regie.ant"), QStringLiteral("entity=allocation_runs&limit=500"))) {
        const QJsonObject e = v.toObject();
        QCOMPARE(str(e, "region_id"), kAntwerpen);
        QCOMPARE(str(e, "account_id"), m_accounts.accountId(QStringLiteral("regie.ant")));
        trail.prepend(str(e, "action") + QLatin1Char(' ') + str(e, "entity_id"));
    }
    QCOMPARE(trail, (QStringList{
                        QStringLiteral("allocation.draft ") + first, QStringLiteral("allocation.discard ") + first,
                        QStringLiteral("allocation.draft ") + second, QStringLiteral("allocation.confirm ") + second}));
    QVERIFY(events(QStringLiteral("regie.mec"), QStringLiteral("entity=allocation_runs")).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerAuditExports)
#include "TestServerAuditExports.moc"

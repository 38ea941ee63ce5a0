#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "auth/AccountAdmin.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>
#include <QtTest>

// GET /api/v1/audit (docs/PROTOCOL.md "Audit"): who reads which events (an admin every one, a coordinator those
// of its regions, nobody else), sign-ins audited whether they succeed or not, the filters, newest first, and a
// cursor that pages through every event exactly once. Summaries hold no personal data.
using namespace TestMutations;

namespace {
const QString kAntwerpen = QStringLiteral("antwerpen");
const QString kMechelen = QStringLiteral("mechelen");
} // namespace

class TestServerAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyAdminsAndCoordinatorsRead();
    void coordinatorsReadOnlyTheirRegions();
    void signInsAreAuditedWithoutTheNameTyped();
    void filters();
    void cursorPagesThroughEveryEventOnce();
    void badParametersAreMalformed();
    void summariesHoldNoPersonalData();

private:
    QJsonArray events(const QString& username, const QString& query, int* status = nullptr);
    // Every event the query selects, following next_cursor with pages of `limit`.
    QJsonArray allPages(const QString& username, const QString& query, int limit, int* pages);

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
    TestAccounts::Family m_familyAnt;
    TestAccounts::Family m_familyMec;
};

void TestServerAudit::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("beheer"), QStringLiteral("admin"), {}},
                                {QStringLiteral("regie.ant"), QStringLiteral("coordinator"), {kAntwerpen}},
                                {QStringLiteral("regie.mec"), QStringLiteral("coordinator"), {kMechelen}},
                                {QStringLiteral("loket.ant"), QStringLiteral("counter"), {kAntwerpen}},
                                {QStringLiteral("loket.mec"), QStringLiteral("counter"), {kMechelen}},
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
    m_familyAnt = m_accounts.fileFamily(QStringLiteral("loket.ant"), kAntwerpen);
    m_familyMec = m_accounts.fileFamily(QStringLiteral("loket.mec"), kMechelen);
    QVERIFY(m_server.storedRow(QStringLiteral("applications"), m_familyMec.applicationId).size() > 0);
}

QJsonArray TestServerAudit::events(const QString& username, const QString& query, int* status)
{
    const HttpReply r = m_server.http().get(QStringLiteral("/api/v1/audit?") + query, m_accounts.token(username));
    if (status)
        *status = r.status;
    else if (r.status != 200)
        qWarning() << "audit answered" << r.status << r.body;
    return r.json.value(QStringLiteral("events")).toArray();
}

QJsonArray TestServerAudit::allPages(const QString& username, const QString& query, int limit, int* pages)
{
    QJsonArray all;
    QString cursor;
    *pages = 0;
    do {
        QString q = query + QStringLiteral("&limit=%1").arg(limit);
        if (!cursor.isEmpty())
            q += QStringLiteral("&cursor=") + cursor;
        const HttpReply r = m_server.http().get(QStringLiteral("/api/v1/audit?") + q, m_accounts.token(username));
        if (r.status != 200 || ++*pages > 1000)
            return {};
        const QJsonArray page = r.json.value(QStringLiteral("events")).toArray();
        if (page.size() > limit)
            return {};
        for (const QJsonValue& e : page)
            all.append(e);
        cursor = r.json.value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty());
    return all;
}

void TestServerAudit::onlyAdminsAndCoordinatorsRead()
{
    int status = 0;
    for (const QString& who : {QStringLiteral("loket.ant"), QStringLiteral("toeleider.ant")}) {
        events(who, QString(), &status);
        QCOMPARE(status, 403);
    }
    QVERIFY(!events(QStringLiteral("beheer"), QString(), &status).isEmpty());
    QCOMPARE(status, 200);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/audit")).status, 401);
}

void TestServerAudit::coordinatorsReadOnlyTheirRegions()
{
    const QJsonArray mine = events(QStringLiteral("regie.ant"), QStringLiteral("limit=500"));
    QVERIFY(!mine.isEmpty());
    QSet<QString> ids;
    for (const QJsonValue& v : mine) {
        const QJsonObject e = v.toObject();
        QCOMPARE(str(e, "region_id"), kAntwerpen);
        ids.insert(str(e, "entity_id"));
    }
    // Its region's family, pushed by a counter, and the accounts of its region, but nothing of Mechelen's.
    QVERIFY(ids.contains(m_familyAnt.parentId));
    QVERIFY(ids.contains(m_familyAnt.applicationId));
    QVERIFY(ids.contains(m_accounts.accountId(QStringLiteral("loket.ant"))));
    QVERIFY(!ids.contains(m_familyMec.parentId));
    QVERIFY(!ids.contains(m_accounts.accountId(QStringLiteral("loket.mec"))));
    QVERIFY(!ids.contains(m_accounts.accountId(QStringLiteral("beheer")))); // an admin's events are admins' only
    // Asking for another region's row by its id finds nothing, exactly like a row without events.
    QVERIFY(events(QStringLiteral("regie.ant"), QStringLiteral("entity_id=") + m_familyMec.parentId).isEmpty());
    QVERIFY(!events(QStringLiteral("regie.mec"), QStringLiteral("entity_id=") + m_familyMec.parentId).isEmpty());
    // The admin reads both regions and the events without one.
    bool sawNoRegion = false;
    QSet<QString> regions;
    for (const QJsonValue& v : events(QStringLiteral("beheer"), QStringLiteral("limit=500"))) {
        sawNoRegion = sawNoRegion || v.toObject().value(QStringLiteral("region_id")).isNull();
        regions.insert(str(v.toObject(), "region_id"));
    }
    QVERIFY(sawNoRegion);
    QVERIFY(regions.contains(kAntwerpen) && regions.contains(kMechelen));
}

void TestServerAudit::signInsAreAuditedWithoutTheNameTyped()
{
    const QString loket = m_accounts.accountId(QStringLiteral("loket.ant"));
    QVERIFY(!m_server.login(QStringLiteral("loket.ant"), QStringLiteral("fout")).isValid());
    QVERIFY(!m_server.login(QStringLiteral("onbekende.naam"), QStringLiteral("fout")).isValid());
    QVERIFY(m_server.login(QStringLiteral("loket.ant"), QStringLiteral("secret")).isValid());
    QString error;
    QVERIFY2(m_accounts.add(QStringLiteral("weg.ant"), QStringLiteral("counter"), {kAntwerpen}, &error),
             qPrintable(error));
    QVERIFY2(AccountAdmin(m_server.storage()).setActive(QStringLiteral("weg.ant"), false, &error), qPrintable(error));
    QVERIFY(!m_server.login(QStringLiteral("weg.ant"), QStringLiteral("secret")).isValid());

    const QJsonArray failed = events(QStringLiteral("beheer"), QStringLiteral("action=auth.login_failed"));
    QCOMPARE(failed.size(), 2);
    // Newest first: the unknown name, then the wrong password.
    QVERIFY(failed.at(0).toObject().value(QStringLiteral("account_id")).isNull());
    QCOMPARE(str(failed.at(0).toObject(), "summary"), QStringLiteral("unknown user name"));
    QCOMPARE(str(failed.at(1).toObject(), "account_id"), loket);
    QCOMPARE(str(failed.at(1).toObject(), "region_id"), kAntwerpen);
    // The coordinator of the region sees the failure of its counter, not the unknown name.
    const QJsonArray seen = events(QStringLiteral("regie.ant"), QStringLiteral("action=auth.login_failed"));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(str(seen.at(0).toObject(), "account_id"), loket);

    const QJsonArray refused = events(QStringLiteral("beheer"), QStringLiteral("action=auth.login_refused"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(str(refused.at(0).toObject(), "account_id"), m_accounts.accountId(QStringLiteral("weg.ant")));
    QCOMPARE(str(refused.at(0).toObject(), "summary"), QStringLiteral("account disabled"));
    const QJsonArray logins = events(QStringLiteral("beheer"), QStringLiteral("action=auth.login&account_id=") + loket);
    QVERIFY(logins.size() >= 2); // TestAccounts' sign-in and the one above
    for (const QJsonValue& v : logins)
        QCOMPARE(str(v.toObject(), "entity"), QStringLiteral("session"));
}

void TestServerAudit::filters()
{
    const QJsonArray parent =
        events(QStringLiteral("beheer"), QStringLiteral("entity=parents&entity_id=") + m_familyAnt.parentId);
    QCOMPARE(parent.size(), 1);
    QCOMPARE(str(parent.at(0).toObject(), "action"), QStringLiteral("push.insert.applied"));
    QCOMPARE(str(parent.at(0).toObject(), "account_id"), m_accounts.accountId(QStringLiteral("loket.ant")));
    QVERIFY(events(QStringLiteral("beheer"), QStringLiteral("entity=children&entity_id=") + m_familyAnt.parentId)
                .isEmpty());
    const QString byMec = m_accounts.accountId(QStringLiteral("loket.mec"));
    const QJsonArray pushes =
        events(QStringLiteral("beheer"), QStringLiteral("action=push.insert.applied&account_id=") + byMec);
    QCOMPARE(pushes.size(), 3); // parent, child, application
    for (const QJsonValue& v : pushes)
        QCOMPARE(str(v.toObject(), "region_id"), kMechelen);

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString yesterday = today.addDays(-1).toString(Qt::ISODate);
    const QString tomorrow = today.addDays(1).toString(Qt::ISODate);
    const int all = events(QStringLiteral("beheer"), QStringLiteral("limit=500")).size();
    QCOMPARE(events(QStringLiteral("beheer"), QStringLiteral("limit=500&from=") + today.toString(Qt::ISODate)).size(),
             all);
    QCOMPARE(events(QStringLiteral("beheer"), QStringLiteral("limit=500&to=") + today.toString(Qt::ISODate)).size(),
             all);
    QVERIFY(events(QStringLiteral("beheer"), QStringLiteral("from=") + tomorrow).isEmpty());
    QVERIFY(events(QStringLiteral("beheer"), QStringLiteral("to=") + yesterday).isEmpty());
    // A moment with its offset; the newest event's own time bounds the page from both sides.
    const QString newest = str(events(QStringLiteral("beheer"), QStringLiteral("limit=1")).at(0).toObject(), "at");
    const QJsonArray at = events(QStringLiteral("beheer"), QStringLiteral("from=%1&to=%1").arg(newest));
    QVERIFY(!at.isEmpty());
    for (const QJsonValue& v : at)
        QCOMPARE(str(v.toObject(), "at"), newest);
}

void TestServerAudit::cursorPagesThroughEveryEventOnce()
{
    const QJsonArray whole = events(QStringLiteral("beheer"), QStringLiteral("limit=500"));
    QVERIFY(whole.size() > 10);
    int pages = 0;
    const QJsonArray paged = allPages(QStringLiteral("beheer"), QStringLiteral("x=1"), 3, &pages);
    QCOMPARE(paged, whole); // the same events in the same order: none lost, none twice
    QCOMPARE(pages, (int(whole.size()) + 2) / 3);
    for (int i = 1; i < paged.size(); ++i)
        QVERIFY(str(paged.at(i - 1).toObject(), "at") >= str(paged.at(i).toObject(), "at")); // newest first
    // With a filter and a coordinator's regions the cursor keeps both.
    const QJsonArray regionWhole = events(QStringLiteral("regie.mec"), QStringLiteral("limit=500&entity=accounts"));
    const QJsonArray regionPaged = allPages(QStringLiteral("regie.mec"), QStringLiteral("entity=accounts"), 1, &pages);
    QVERIFY(!regionWhole.isEmpty());
    QCOMPARE(regionPaged, regionWhole);
    // A page written after the first one was read does not move what the cursor returns next.
    const HttpReply first =
        m_server.http().get(QStringLiteral("/api/v1/audit?limit=2"), m_accounts.token(QStringLiteral("beheer")));
    QVERIFY(m_server.login(QStringLiteral("regie.ant"), QStringLiteral("secret")).isValid()); // a new event
    const HttpReply second =
        m_server.http().get(QStringLiteral("/api/v1/audit?limit=2&cursor=") + str(first.json, "next_cursor"),
                            m_accounts.token(QStringLiteral("beheer")));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.value(QStringLiteral("events")).toArray(), (QJsonArray{whole.at(2), whole.at(3)}));
    const HttpReply last =
        m_server.http().get(QStringLiteral("/api/v1/audit?limit=500"), m_accounts.token(QStringLiteral("beheer")));
    QVERIFY(last.json.value(QStringLiteral("next_cursor")).isNull());
}

void TestServerAudit::badParametersAreMalformed()
{
    for (const QString& query :
         {QStringLiteral("cursor=nonsense"), QStringLiteral("limit=0"), QStringLiteral("limit=501"),
          QStringLiteral("limit=abc"), QStringLiteral("from=gisteren"), QStringLiteral("to=2026-13-40")}) {
        int status = 0;
        events(QStringLiteral("beheer"), query, &status);
        QVERIFY2(status == 400, qPrintable(query));
    }
}

void TestServerAudit::summariesHoldNoPersonalData()
{
    // What the test cast and the families put in: user names, the family's names, e-mail and phone.
    const QJsonObject parent = m_server.storedRow(QStringLiteral("parents"), m_familyAnt.parentId);
    QStringList personal{str(parent, "first_name"), str(parent, "last_name"), str(parent, "email"),
                         str(parent, "phone"), QStringLiteral("onbekende.naam")};
    for (const QString& username : m_accounts.usernames())
        personal.append(username);
    QVERIFY(!str(parent, "last_name").isEmpty());
    for (const QJsonValue& v : events(QStringLiteral("beheer"), QStringLiteral("limit=500"))) {
        const QString summary = str(v.toObject(), "summary");
        for (const QString& word : personal)
            QVERIFY2(!summary.contains(word, Qt::CaseInsensitive), qPrintable(summary));
    }
}

QTEST_GUILESS_MAIN(TestServerAudit)
#include "TestServerAudit.moc"

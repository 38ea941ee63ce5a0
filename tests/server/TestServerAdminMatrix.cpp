#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "auth/AccountAdmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// The authorisation matrix of the administration (docs/PROTOCOL.md "Accounts", "Audit", "Anonymisation", "Public
// info sheets"): every role — admin, coordinator, counter, referrer, and a deactivated account — × a target in its
// own region and one in another × every endpoint issue 14 added, against the status the rules give, written down here
// from the protocol and not from the server's code. Every answer is then read for anything of the other region.
using namespace TestMutations;

namespace {

const QString kOwn = QStringLiteral("antwerpen");
const QString kOther = QStringLiteral("mechelen");

// The rules as a person reads them off docs/PROTOCOL.md.
int expectedStatus(const QString& caller, const QString& endpoint, bool own)
{
    if (endpoint == QLatin1String("public-locations"))
        return 200; // no sign-in at all: a token, good or bad, is ignored
    if (caller == QLatin1String("deactivated"))
        return 403;
    const bool admin = caller == QLatin1String("admin");
    const bool coordinator = caller == QLatin1String("coordinator");
    if (endpoint.startsWith(QLatin1String("anonymisation")))
        return admin ? 200 : 403;
    if (endpoint == QLatin1String("accounts-list") || endpoint == QLatin1String("audit"))
        return admin || coordinator ? 200 : 403;
    if (endpoint == QLatin1String("audit-export"))
        return admin || own ? 201 : 403; // any role reports its own exports, in a region it works in
    // Creating and changing accounts: admins everywhere, a coordinator in its own region.
    if (admin || (coordinator && own))
        return endpoint == QLatin1String("accounts-create") ? 201 : 200;
    return 403;
}

} // namespace

class TestServerAdminMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();

private:
    HttpReply call(const QString& caller, const QString& endpoint, const QString& region);
    QString token(const QString& caller) const { return m_accounts.token(m_userOf.value(caller)); }
    QString freshTarget(const QString& region);

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
    QHash<QString, QString> m_userOf;
    QHash<QString, QString> m_locationOf; // region → a published location
    QHash<QString, QString> m_secretOf;   // region → a text only that region's rows hold
    int m_made = 0;
};

void TestServerAdminMatrix::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("beheer"), QStringLiteral("admin"), {}},
                                {QStringLiteral("regie.ant"), QStringLiteral("coordinator"), {kOwn}},
                                {QStringLiteral("loket.ant"), QStringLiteral("counter"), {kOwn}},
                                {QStringLiteral("toeleider.ant"), QStringLiteral("referrer"), {kOwn}},
                                {QStringLiteral("weg.ant"), QStringLiteral("coordinator"), {kOwn}},
                                {QStringLiteral("regie.mec"), QStringLiteral("coordinator"), {kOther}}},
                               &error),
             qPrintable(error));
    m_userOf = {{QStringLiteral("admin"), QStringLiteral("beheer")},
                {QStringLiteral("coordinator"), QStringLiteral("regie.ant")},
                {QStringLiteral("counter"), QStringLiteral("loket.ant")},
                {QStringLiteral("referrer"), QStringLiteral("toeleider.ant")},
                {QStringLiteral("deactivated"), QStringLiteral("weg.ant")}};
    // Each region gets a published location and a family, written by the admin, and an audited sign-in.
    for (const QString& region : {kOwn, kOther}) {
        QJsonObject location = locationRow(region);
        m_secretOf.insert(region, QStringLiteral("Geheim-%1-%2").arg(region).arg(++m_made));
        location.insert(QStringLiteral("name"), m_secretOf.value(region));
        const QJsonObject result =
            m_accounts.pushOne(QStringLiteral("beheer"), insert(QStringLiteral("locations"), location));
        QCOMPARE(str(result, "status"), QStringLiteral("applied"));
        m_locationOf.insert(region, str(location, "id"));
        m_accounts.fileFamily(QStringLiteral("beheer"), region);
    }
    QVERIFY2(m_accounts.signIn(QStringLiteral("regie.mec"), &error), qPrintable(error));
    QVERIFY2(AccountAdmin(m_server.storage()).setActive(QStringLiteral("weg.ant"), false, &error), qPrintable(error));
}

QString TestServerAdminMatrix::freshTarget(const QString& region)
{
    const QString username = QStringLiteral("doel.%1").arg(++m_made);
    QString error;
    if (!m_accounts.add(username, QStringLiteral("counter"), {region}, &error))
        qWarning() << error;
    return m_accounts.accountId(username);
}

HttpReply TestServerAdminMatrix::call(const QString& caller, const QString& endpoint, const QString& region)
{
    TestHttp& http = m_server.http();
    const QString t = token(caller);
    if (endpoint == QLatin1String("accounts-list"))
        return http.get(QStringLiteral("/api/v1/accounts"), t);
    if (endpoint == QLatin1String("accounts-create"))
        return http.post(QStringLiteral("/api/v1/accounts"),
                         {{QStringLiteral("username"), QStringLiteral("nieuw.%1").arg(++m_made)},
                          {QStringLiteral("role"), QStringLiteral("counter")},
                          {QStringLiteral("region_ids"), QJsonArray{region}}},
                         t);
    if (endpoint == QLatin1String("accounts-update"))
        return http.send("PATCH", QStringLiteral("/api/v1/accounts/") + freshTarget(region),
                         QJsonDocument(QJsonObject{{QStringLiteral("organisation"), QStringLiteral("OCMW")}})
                             .toJson(QJsonDocument::Compact),
                         t);
    if (endpoint == QLatin1String("accounts-reset-password") || endpoint == QLatin1String("accounts-sign-out")) {
        const QString action = endpoint.mid(QStringLiteral("accounts-").size());
        return http.post(QStringLiteral("/api/v1/accounts/%1/%2").arg(freshTarget(region), action), {}, t);
    }
    if (endpoint == QLatin1String("audit"))
        return http.get(QStringLiteral("/api/v1/audit?limit=500"), t);
    if (endpoint == QLatin1String("audit-export"))
        return http.post(QStringLiteral("/api/v1/audit/exports"),
                         {{QStringLiteral("entity"), QStringLiteral("applications")},
                          {QStringLiteral("rows"), 12},
                          {QStringLiteral("format"), QStringLiteral("csv")},
                          {QStringLiteral("region_id"), region}},
                         t);
    if (endpoint == QLatin1String("anonymisation-retention"))
        return http.get(QStringLiteral("/api/v1/anonymisation/retention"), t);
    if (endpoint == QLatin1String("anonymisation-retention-put"))
        return http.send(
            "PUT", QStringLiteral("/api/v1/anonymisation/retention/") + region,
            QJsonDocument(QJsonObject{{QStringLiteral("family_years"), 5}, {QStringLiteral("message_years"), 2}})
                .toJson(QJsonDocument::Compact),
            t);
    if (endpoint == QLatin1String("anonymisation-dry-run"))
        return http.post(QStringLiteral("/api/v1/anonymisation/runs"),
                         {{QStringLiteral("region_id"), region}, {QStringLiteral("dry_run"), true}}, t);
    // public-locations: the caller's token is sent and must change nothing.
    return http.get(QStringLiteral("/api/v1/public/locations?region_id=%1&lang=fr").arg(region), t);
}

void TestServerAdminMatrix::matrix_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("own");
    const QStringList callers{QStringLiteral("admin"), QStringLiteral("coordinator"), QStringLiteral("counter"),
                              QStringLiteral("referrer"), QStringLiteral("deactivated")};
    const QStringList endpoints{QStringLiteral("accounts-list"),
                                QStringLiteral("accounts-create"),
                                QStringLiteral("accounts-update"),
                                QStringLiteral("accounts-reset-password"),
                                QStringLiteral("accounts-sign-out"),
                                QStringLiteral("audit"),
                                QStringLiteral("audit-export"),
                                QStringLiteral("anonymisation-retention"),
                                QStringLiteral("anonymisation-retention-put"),
                                QStringLiteral("anonymisation-dry-run"),
                                QStringLiteral("public-locations")};
    for (const QString& caller : callers) {
        for (const QString& endpoint : endpoints) {
            for (const bool own : {true, false})
                QTest::addRow("%s %s %s", qPrintable(caller), qPrintable(endpoint), own ? "own" : "other")
                    << caller << endpoint << own;
        }
    }
}

void TestServerAdminMatrix::matrix()
{
    QFETCH(QString, caller);
    QFETCH(QString, endpoint);
    QFETCH(bool, own);
    const QString region = own ? kOwn : kOther;
    const int expected = expectedStatus(caller, endpoint, own);
    const HttpReply reply = call(caller, endpoint, region);
    QVERIFY2(reply.status == expected, qPrintable(QStringLiteral("expected %1, got %2: %3")
                                                      .arg(expected)
                                                      .arg(reply.status)
                                                      .arg(QString::fromUtf8(reply.body.left(300)))));
    if (expected == 403)
        QCOMPARE(reply.errorCode(), caller == QLatin1String("deactivated") ? QStringLiteral("account_disabled")
                                                                           : QStringLiteral("forbidden"));
    // Nothing of another region in any answer, except to an admin (every region is its own) and the public listing
    // of the region asked for.
    const bool mayReadOther =
        caller == QLatin1String("admin") || (endpoint == QLatin1String("public-locations") && !own);
    if (!mayReadOther) {
        QVERIFY2(!reply.body.contains(m_secretOf.value(kOther).toUtf8()), reply.body.left(300).constData());
        QVERIFY2(!reply.body.contains(m_locationOf.value(kOther).toUtf8()), reply.body.left(300).constData());
        QVERIFY2(!reply.body.contains("regie.mec"), reply.body.left(300).constData());
        QVERIFY2(!reply.body.contains("\"region_id\":\"mechelen\""), reply.body.left(300).constData());
    }
    // The public listing: the asked region's published location, nothing personal, the same for every caller.
    if (endpoint == QLatin1String("public-locations")) {
        QVERIFY(reply.body.contains(m_secretOf.value(region).toUtf8()));
        QVERIFY(!reply.body.contains("first_name"));
        QVERIFY(!reply.body.contains("national_number"));
    }
}

QTEST_GUILESS_MAIN(TestServerAdminMatrix)
#include "TestServerAdminMatrix.moc"

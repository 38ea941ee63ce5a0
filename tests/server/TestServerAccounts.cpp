#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "auth/AccountAdmin.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// The account endpoints (docs/PROTOCOL.md "Accounts"): the authorisation matrix — every role (admin,
// coordinator, counter, referrer, a deactivated account) × a target account of its own region and one of
// another region × every new endpoint — against the status the rules give, written down here independently of
// the server's code; then the rules one by one: nothing of another region in an answer, only admins grant
// admin, no region a coordinator lacks, the last active admin, unique user names, a deactivated account's
// tokens, one-time passwords that must be changed, and a person's own new password.
using namespace TestMutations;

namespace {

const QString kAntwerpen = QStringLiteral("antwerpen");
const QString kMechelen = QStringLiteral("mechelen");

enum class Target { Own, Other };

// The rules as a person reads them off docs/PROTOCOL.md: admins act everywhere, a coordinator on non-admin
// accounts of its own region, nobody else; a deactivated account's token is refused before anything.
int expectedStatus(const QString& caller, const QString& endpoint, Target target)
{
    if (caller == QLatin1String("deactivated"))
        return 403;
    if (endpoint == QLatin1String("change-own-password"))
        return 200;
    const bool manages =
        caller == QLatin1String("admin") || (caller == QLatin1String("coordinator") && target == Target::Own);
    const bool readsLists = caller == QLatin1String("admin") || caller == QLatin1String("coordinator");
    if (endpoint == QLatin1String("list") || endpoint == QLatin1String("audit"))
        return readsLists ? 200 : 403;
    if (!manages)
        return 403;
    return endpoint == QLatin1String("create") ? 201 : 200;
}

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void listsShowNothingOfAnotherRegion();
    void onlyAdminsGrantAdminAndCoordinatorsOnlyTheirRegions();
    void badFieldsAreInvalid();
    void lastActiveAdminStays();
    void userNamesAreUnique();
    void deactivationStopsTokensAtOnce();
    void signOutEndsEverySession();
    void oneTimePasswordMustBeChanged();
    void ownPasswordRules();

private:
    HttpReply patch(const QString& caller, const QString& accountId, const QJsonObject& body);
    HttpReply post(const QString& caller, const QString& path, const QJsonObject& body = {});
    HttpReply get(const QString& caller, const QString& path);
    QString token(const QString& caller) const { return m_accounts.token(m_userOf.value(caller, caller)); }
    // A fresh counter account in `region`, signed in (the endpoints that end sessions need fresh targets).
    QString freshTarget(const QString& region);

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
    QHash<QString, QString> m_userOf; // role of the matrix → user name
    int m_made = 0;
};

void TestServerAccounts::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("beheer"), QStringLiteral("admin"), {}},
                                {QStringLiteral("regie.ant"), QStringLiteral("coordinator"), {kAntwerpen}},
                                {QStringLiteral("loket.ant"), QStringLiteral("counter"), {kAntwerpen}},
                                {QStringLiteral("toeleider.ant"), QStringLiteral("referrer"), {kAntwerpen}},
                                {QStringLiteral("weg.ant"), QStringLiteral("coordinator"), {kAntwerpen}},
                                {QStringLiteral("regie.mec"), QStringLiteral("coordinator"), {kMechelen}}},
                               &error),
             qPrintable(error));
    m_userOf = {{QStringLiteral("admin"), QStringLiteral("beheer")},
                {QStringLiteral("coordinator"), QStringLiteral("regie.ant")},
                {QStringLiteral("counter"), QStringLiteral("loket.ant")},
                {QStringLiteral("referrer"), QStringLiteral("toeleider.ant")},
                {QStringLiteral("deactivated"), QStringLiteral("weg.ant")}};
    QVERIFY2(AccountAdmin(m_server.storage()).setActive(QStringLiteral("weg.ant"), false, &error), qPrintable(error));
}

HttpReply TestServerAccounts::patch(const QString& caller, const QString& accountId, const QJsonObject& body)
{
    return m_server.http().send("PATCH", QStringLiteral("/api/v1/accounts/") + accountId,
                                QJsonDocument(body).toJson(QJsonDocument::Compact), token(caller));
}

HttpReply TestServerAccounts::post(const QString& caller, const QString& path, const QJsonObject& body)
{
    return m_server.http().post(path, body, token(caller));
}

HttpReply TestServerAccounts::get(const QString& caller, const QString& path)
{
    return m_server.http().get(path, token(caller));
}

QString TestServerAccounts::freshTarget(const QString& region)
{
    const QString username = QStringLiteral("doel.%1").arg(++m_made);
    QString error;
    if (!m_accounts.add(username, QStringLiteral("counter"), {region}, &error))
        qWarning() << error;
    return username;
}

void TestServerAccounts::matrix_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("target");
    const QStringList callers{QStringLiteral("admin"), QStringLiteral("coordinator"), QStringLiteral("counter"),
                              QStringLiteral("referrer"), QStringLiteral("deactivated")};
    const QStringList endpoints{QStringLiteral("list"),
                                QStringLiteral("create"),
                                QStringLiteral("update"),
                                QStringLiteral("reset-password"),
                                QStringLiteral("sign-out"),
                                QStringLiteral("audit"),
                                QStringLiteral("change-own-password")};
    for (const QString& caller : callers) {
        for (const QString& endpoint : endpoints) {
            for (const Target target : {Target::Own, Target::Other}) {
                const QString where = target == Target::Own ? QStringLiteral("own") : QStringLiteral("other");
                QTest::addRow("%s %s %s", qPrintable(caller), qPrintable(endpoint), qPrintable(where))
                    << caller << endpoint << int(target);
            }
        }
    }
}

void TestServerAccounts::matrix()
{
    QFETCH(QString, caller);
    QFETCH(QString, endpoint);
    QFETCH(int, target);
    const Target where = Target(target);
    const QString region = where == Target::Own ? kAntwerpen : kMechelen;
    const QString targetName = freshTarget(region);
    const QString targetId = m_accounts.accountId(targetName);
    QVERIFY(!targetId.isEmpty());
    const int expected = expectedStatus(caller, endpoint, where);
    HttpReply reply;
    if (endpoint == QLatin1String("list")) {
        reply = get(caller, QStringLiteral("/api/v1/accounts"));
    } else if (endpoint == QLatin1String("create")) {
        reply = post(caller, QStringLiteral("/api/v1/accounts"),
                     {{QStringLiteral("username"), QStringLiteral("nieuw.%1").arg(++m_made)},
                      {QStringLiteral("role"), QStringLiteral("counter")},
                      {QStringLiteral("region_ids"), QJsonArray{region}}});
    } else if (endpoint == QLatin1String("update")) {
        reply = patch(caller, targetId, {{QStringLiteral("organisation"), QStringLiteral("Huis van het Kind")}});
    } else if (endpoint == QLatin1String("reset-password") || endpoint == QLatin1String("sign-out")) {
        reply = post(caller, QStringLiteral("/api/v1/accounts/%1/%2").arg(targetId, endpoint));
    } else if (endpoint == QLatin1String("audit")) {
        reply = get(caller, QStringLiteral("/api/v1/audit?entity_id=") + targetId);
    } else {
        // Every signed-in account chooses its own password; the caller keeps "secret" for the rows after it.
        const QString next = QStringLiteral("lang-genoeg-%1").arg(++m_made);
        reply = post(
            caller, QStringLiteral("/api/v1/auth/password"),
            {{QStringLiteral("current_password"), QStringLiteral("secret")}, {QStringLiteral("new_password"), next}});
        if (reply.status == 200) {
            QString error;
            QVERIFY2(
                AccountAdmin(m_server.storage()).setPassword(m_userOf.value(caller), QStringLiteral("secret"), &error),
                qPrintable(error));
            QVERIFY2(m_accounts.signIn(m_userOf.value(caller), &error), qPrintable(error));
        }
    }
    QVERIFY2(reply.status == expected, qPrintable(QStringLiteral("expected %1, got %2: %3")
                                                      .arg(expected)
                                                      .arg(reply.status)
                                                      .arg(QString::fromUtf8(reply.body))));
    if (caller == QLatin1String("deactivated"))
        QCOMPARE(reply.errorCode(), QStringLiteral("account_disabled"));
    else if (expected == 403)
        QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    // A refusal tells nothing of the target: neither its user name nor its id.
    if (reply.status >= 400) {
        QVERIFY(!reply.body.contains(targetName.toUtf8()));
        QVERIFY(!reply.body.contains(targetId.toUtf8()));
    }
    const std::optional<Account> after = m_server.storage().accountById(targetId);
    QVERIFY(after);
    if (endpoint == QLatin1String("update"))
        QCOMPARE(after->organisation == QLatin1String("Huis van het Kind"), reply.status == 200);
    if (endpoint == QLatin1String("reset-password")) {
        QCOMPARE(after->mustChangePassword, reply.status == 200);
        QCOMPARE(reply.json.value(QStringLiteral("one_time_password")).toString().size(), reply.status == 200 ? 16 : 0);
    }
    if (endpoint == QLatin1String("reset-password") || endpoint == QLatin1String("sign-out")) {
        // The target's own token ends exactly when the call succeeded.
        const HttpReply me = m_server.http().get(QStringLiteral("/api/v1/me"), m_accounts.token(targetName));
        QCOMPARE(me.status, reply.status == 200 ? 401 : 200);
    }
    if (endpoint == QLatin1String("audit") && reply.status == 200) {
        const QJsonArray events = reply.json.value(QStringLiteral("events")).toArray();
        // The target's creation and sign-in are audited; a coordinator sees them only in its own region.
        QCOMPARE(events.isEmpty(), caller == QLatin1String("coordinator") && where == Target::Other);
        for (const QJsonValue& e : events) {
            QCOMPARE(str(e.toObject(), "entity_id"), targetId);
            QCOMPARE(str(e.toObject(), "region_id"), region);
        }
    }
}

void TestServerAccounts::listsShowNothingOfAnotherRegion()
{
    freshTarget(kMechelen);
    const HttpReply mine = get(QStringLiteral("coordinator"), QStringLiteral("/api/v1/accounts"));
    QCOMPARE(mine.status, 200);
    const QJsonArray accounts = mine.json.value(QStringLiteral("accounts")).toArray();
    QVERIFY(!accounts.isEmpty());
    QStringList names;
    for (const QJsonValue& v : accounts) {
        const QJsonObject a = v.toObject();
        names.append(str(a, "username"));
        QVERIFY(str(a, "role") != QLatin1String("admin"));
        QCOMPARE(a.value(QStringLiteral("region_ids")).toArray(), QJsonArray{kAntwerpen});
        for (const char* field : {"email", "organisation", "active", "last_sign_in_at", "must_change_password"})
            QVERIFY2(a.contains(QLatin1String(field)), field);
    }
    QVERIFY(names.contains(QStringLiteral("loket.ant")));
    QVERIFY(!names.contains(QStringLiteral("regie.mec")));
    QVERIFY(!names.contains(QStringLiteral("beheer")));
    QVERIFY(!QString::fromUtf8(mine.body).contains(kMechelen));
    // The admin sees every account, with when it last signed in.
    const HttpReply all = get(QStringLiteral("admin"), QStringLiteral("/api/v1/accounts"));
    QCOMPARE(all.status, 200);
    bool sawMechelen = false;
    for (const QJsonValue& v : all.json.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject a = v.toObject();
        sawMechelen = sawMechelen || str(a, "username") == QLatin1String("regie.mec");
        if (str(a, "username") == QLatin1String("beheer"))
            QVERIFY(!str(a, "last_sign_in_at").isEmpty());
    }
    QVERIFY(sawMechelen);
}

void TestServerAccounts::onlyAdminsGrantAdminAndCoordinatorsOnlyTheirRegions()
{
    const QString target = m_accounts.accountId(freshTarget(kAntwerpen));
    HttpReply r = post(QStringLiteral("coordinator"), QStringLiteral("/api/v1/accounts"),
                       {{QStringLiteral("username"), QStringLiteral("baas.1")},
                        {QStringLiteral("role"), QStringLiteral("admin")},
                        {QStringLiteral("region_ids"), QJsonArray{kAntwerpen}}});
    QCOMPARE(r.status, 403);
    QVERIFY(!m_server.storage().accountByUsername(QStringLiteral("baas.1")));
    r = patch(QStringLiteral("coordinator"), target, {{QStringLiteral("role"), QStringLiteral("admin")}});
    QCOMPARE(r.status, 403);
    r = patch(QStringLiteral("coordinator"), target,
              {{QStringLiteral("region_ids"), QJsonArray{kAntwerpen, kMechelen}}});
    QCOMPARE(r.status, 403);
    r = post(QStringLiteral("coordinator"), QStringLiteral("/api/v1/accounts"),
             {{QStringLiteral("username"), QStringLiteral("twee.regios")},
              {QStringLiteral("role"), QStringLiteral("counter")},
              {QStringLiteral("region_ids"), QJsonArray{kAntwerpen, kMechelen}}});
    QCOMPARE(r.status, 403);
    QCOMPARE(m_server.storage().accountById(target)->regionIds, QStringList{kAntwerpen});
    QCOMPARE(m_server.storage().accountById(target)->role, QStringLiteral("counter"));
    // A coordinator may make a counter of its region a coordinator; an admin may make anyone an admin.
    r = patch(QStringLiteral("coordinator"), target, {{QStringLiteral("role"), QStringLiteral("coordinator")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(str(r.json.value(QStringLiteral("account")).toObject(), "role"), QStringLiteral("coordinator"));
    r = patch(QStringLiteral("admin"), target, {{QStringLiteral("role"), QStringLiteral("admin")}});
    QCOMPARE(r.status, 200);
    // Now an admin, the account is out of the coordinator's reach.
    r = patch(QStringLiteral("coordinator"), target, {{QStringLiteral("display_name"), QStringLiteral("X")}});
    QCOMPARE(r.status, 403);
}

void TestServerAccounts::badFieldsAreInvalid()
{
    const QString target = m_accounts.accountId(freshTarget(kAntwerpen));
    const QList<QPair<QJsonObject, QString>> bad{
        {{{QStringLiteral("role"), QStringLiteral("baas")}}, QStringLiteral("role:")},
        {{{QStringLiteral("region_ids"), QJsonArray{QStringLiteral("gent")}}}, QStringLiteral("region_ids:")},
        {{{QStringLiteral("region_ids"), QJsonArray()}}, QStringLiteral("region_ids:")},
        {{{QStringLiteral("email"), QStringLiteral("geen-adres")}}, QStringLiteral("email:")},
        {{{QStringLiteral("active"), QStringLiteral("ja")}}, QStringLiteral("active:")},
        {{{QStringLiteral("username"), QStringLiteral("ander")}}, QStringLiteral("username:")},
        {{{QStringLiteral("password_hash"), QStringLiteral("x")}}, QStringLiteral("password_hash:")},
        {QJsonObject(), QStringLiteral("give at least one")},
    };
    const qint64 version = m_server.storage().accountById(target)->version;
    for (const auto& [body, field] : bad) {
        const HttpReply r = patch(QStringLiteral("admin"), target, body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid"));
        QVERIFY2(r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .startsWith(field),
                 r.body.constData());
    }
    QCOMPARE(m_server.storage().accountById(target)->version, version); // nothing written
    const HttpReply unknown = patch(QStringLiteral("admin"), QStringLiteral("no-such-id"),
                                    {{QStringLiteral("display_name"), QStringLiteral("X")}});
    QCOMPARE(unknown.status, 404);
}

void TestServerAccounts::lastActiveAdminStays()
{
    const QString admin = m_accounts.accountId(QStringLiteral("beheer"));
    // Earlier rows may have made other admins: leave "beheer" the only active one.
    for (const Account& a : m_server.storage().accounts()) {
        if (a.role == QLatin1String("admin") && a.id != admin)
            QCOMPARE(patch(QStringLiteral("admin"), a.id, {{QStringLiteral("active"), false}}).status, 200);
    }
    HttpReply r = patch(QStringLiteral("admin"), admin, {{QStringLiteral("active"), false}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("last_admin"));
    r = patch(QStringLiteral("admin"), admin, {{QStringLiteral("role"), QStringLiteral("coordinator")}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("last_admin"));
    QString error;
    QVERIFY(!AccountAdmin(m_server.storage()).setActive(QStringLiteral("beheer"), false, &error)); // the operator too
    QCOMPARE(m_server.storage().accountById(admin)->active, true);
    QCOMPARE(m_server.storage().accountById(admin)->role, QStringLiteral("admin"));
    // With a second active admin the first may step down.
    r = post(QStringLiteral("admin"), QStringLiteral("/api/v1/accounts"),
             {{QStringLiteral("username"), QStringLiteral("beheer.twee")},
              {QStringLiteral("role"), QStringLiteral("admin")}});
    QCOMPARE(r.status, 201);
    const QString second = str(r.json.value(QStringLiteral("account")).toObject(), "id");
    QCOMPARE(patch(QStringLiteral("admin"), second, {{QStringLiteral("active"), false}}).status, 200);
    QCOMPARE(patch(QStringLiteral("admin"), admin, {{QStringLiteral("active"), false}}).status, 409);
    QCOMPARE(patch(QStringLiteral("admin"), second, {{QStringLiteral("active"), true}}).status, 200);
    QCOMPARE(patch(QStringLiteral("admin"), second,
                   {{QStringLiteral("role"), QStringLiteral("coordinator")},
                    {QStringLiteral("region_ids"), QJsonArray{kMechelen}}})
                 .status,
             200);
}

void TestServerAccounts::userNamesAreUnique()
{
    for (const QString& name : {QStringLiteral("loket.ant"), QStringLiteral("LOKET.ANT")}) {
        const HttpReply r = post(QStringLiteral("admin"), QStringLiteral("/api/v1/accounts"),
                                 {{QStringLiteral("username"), name},
                                  {QStringLiteral("role"), QStringLiteral("counter")},
                                  {QStringLiteral("region_ids"), QJsonArray{kAntwerpen}}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("username_taken"));
    }
}

void TestServerAccounts::deactivationStopsTokensAtOnce()
{
    const QString name = freshTarget(kAntwerpen);
    const QString id = m_accounts.accountId(name);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), m_accounts.token(name)).status, 200);
    QCOMPARE(patch(QStringLiteral("coordinator"), id, {{QStringLiteral("active"), false}}).status, 200);
    const HttpReply me = m_server.http().get(QStringLiteral("/api/v1/me"), m_accounts.token(name));
    QCOMPARE(me.status, 403);
    QCOMPARE(me.errorCode(), QStringLiteral("account_disabled"));
    QCOMPARE(m_accounts.push(name, {insert(QStringLiteral("parents"), parentRow(kAntwerpen))}).status, 403);
    const HttpReply refreshed =
        m_server.http().post(QStringLiteral("/api/v1/auth/refresh"),
                             {{QStringLiteral("refresh_token"), m_accounts.session(name).refreshToken}});
    QCOMPARE(refreshed.status, 403);
    QVERIFY(!m_server.login(name, QStringLiteral("secret")).isValid());
    QCOMPARE(patch(QStringLiteral("coordinator"), id, {{QStringLiteral("active"), true}}).status, 200);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), m_accounts.token(name)).status, 200);
}

void TestServerAccounts::signOutEndsEverySession()
{
    const QString name = freshTarget(kAntwerpen);
    const TestServer::Session laptop = m_accounts.session(name);
    const TestServer::Session desktop = m_server.login(name, QStringLiteral("secret"));
    QVERIFY(desktop.isValid());
    const HttpReply r =
        post(QStringLiteral("admin"), QStringLiteral("/api/v1/accounts/%1/sign-out").arg(m_accounts.accountId(name)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("revoked_sessions")).toInt(), 2);
    for (const TestServer::Session& s : {laptop, desktop}) {
        QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken).status, 401);
        QCOMPARE(m_server.http()
                     .post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), s.refreshToken}})
                     .status,
                 401);
    }
    QVERIFY(m_server.login(name, QStringLiteral("secret")).isValid()); // the password stays
}

void TestServerAccounts::oneTimePasswordMustBeChanged()
{
    HttpReply r = post(QStringLiteral("coordinator"), QStringLiteral("/api/v1/accounts"),
                       {{QStringLiteral("username"), QStringLiteral("nieuwe.collega")},
                        {QStringLiteral("display_name"), QStringLiteral("Nieuwe Collega")},
                        {QStringLiteral("role"), QStringLiteral("counter")},
                        {QStringLiteral("region_ids"), QJsonArray{kAntwerpen}},
                        {QStringLiteral("organisation"), QStringLiteral("Stad Antwerpen")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    const QString oneTime = str(r.json, "one_time_password");
    QCOMPARE(oneTime.size(), 16);
    const QJsonObject created = r.json.value(QStringLiteral("account")).toObject();
    QCOMPARE(created.value(QStringLiteral("must_change_password")).toBool(), true);
    QCOMPARE(str(created, "organisation"), QStringLiteral("Stad Antwerpen"));

    HttpReply login = m_server.http().post(
        QStringLiteral("/api/v1/auth/login"),
        {{QStringLiteral("username"), QStringLiteral("nieuwe.collega")}, {QStringLiteral("password"), oneTime}});
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json.value(QStringLiteral("must_change_password")).toBool(), true);
    const QString token = str(login.json, "access_token");
    for (const QString& path : {QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/sync/pull"),
                                QStringLiteral("/api/v1/accounts"), QStringLiteral("/api/v1/audit")}) {
        const HttpReply refused = m_server.http().get(path, token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("password_change_required"));
    }
    QCOMPARE(m_server
                 .push(token, QStringLiteral("client-nieuw"),
                       {withMid(insert(QStringLiteral("parents"), parentRow(kAntwerpen)), 1)})
                 .errorCode(),
             QStringLiteral("password_change_required"));
    const QJsonObject change{{QStringLiteral("current_password"), oneTime},
                             {QStringLiteral("new_password"), QStringLiteral("mijn-eigen-wachtwoord")}};
    QCOMPARE(m_server.http().post(QStringLiteral("/api/v1/auth/password"), change, token).status, 200);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), token).status, 200); // this session goes on
    QVERIFY(!m_server.login(QStringLiteral("nieuwe.collega"), oneTime).isValid());
    login = m_server.http().post(QStringLiteral("/api/v1/auth/login"),
                                 {{QStringLiteral("username"), QStringLiteral("nieuwe.collega")},
                                  {QStringLiteral("password"), QStringLiteral("mijn-eigen-wachtwoord")}});
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json.value(QStringLiteral("must_change_password")).toBool(), false);

    // A reset: the old password and every session end, and the new one-time password must be changed again.
    const QString id = str(created, "id");
    r = post(QStringLiteral("coordinator"), QStringLiteral("/api/v1/accounts/%1/reset-password").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), token).status, 401);
    QVERIFY(!m_server.login(QStringLiteral("nieuwe.collega"), QStringLiteral("mijn-eigen-wachtwoord")).isValid());
    login = m_server.http().post(QStringLiteral("/api/v1/auth/login"),
                                 {{QStringLiteral("username"), QStringLiteral("nieuwe.collega")},
                                  {QStringLiteral("password"), str(r.json, "one_time_password")}});
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json.value(QStringLiteral("must_change_password")).toBool(), true);
    // Signing out stays possible meanwhile.
    QCOMPARE(m_server.http().post(QStringLiteral("/api/v1/auth/logout"), {}, str(login.json, "access_token")).status,
             200);
}

void TestServerAccounts::ownPasswordRules()
{
    const QString name = freshTarget(kMechelen);
    const QString token = m_accounts.token(name);
    const auto attempt = [this, &token](const QString& current, const QString& next) {
        return m_server.http().post(
            QStringLiteral("/api/v1/auth/password"),
            {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), next}}, token);
    };
    HttpReply r = attempt(QStringLiteral("niet-juist"), QStringLiteral("lang-genoeg-wachtwoord"));
    QCOMPARE(r.status, 422);
    QVERIFY(str(r.json.value(QStringLiteral("error")).toObject(), "message")
                .startsWith(QStringLiteral("current_password")));
    r = attempt(QStringLiteral("secret"), QStringLiteral("kort"));
    QCOMPARE(r.status, 422);
    QVERIFY(
        str(r.json.value(QStringLiteral("error")).toObject(), "message").startsWith(QStringLiteral("new_password")));
    r = attempt(QStringLiteral("secret"), name.toUpper()); // the user name, whatever its case
    QCOMPARE(r.status, 422);
    r = m_server.http().post(QStringLiteral("/api/v1/auth/password"), {{QStringLiteral("new_password"), 5}}, token);
    QCOMPARE(r.status, 400);
    QVERIFY(m_server.login(name, QStringLiteral("secret")).isValid()); // nothing changed so far
    r = attempt(QStringLiteral("secret"), QStringLiteral("een-heel-nieuw-wachtwoord"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QStringLiteral("revoked_sessions")).toInt() >= 1); // the sign-in just above
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), token).status, 200);
    QVERIFY(!m_server.login(name, QStringLiteral("secret")).isValid());
    QVERIFY(m_server.login(name, QStringLiteral("een-heel-nieuw-wachtwoord")).isValid());
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "TestServerAccounts.moc"

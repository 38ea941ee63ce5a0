#include "TestServer.h"
#include "auth/AccountAdmin.h"
#include "auth/TokenGenerator.h"
#include "protocol/ApiConstants.h"
#include "storage/ServerStorage.h"
#include "sync/ApiClient.h"

#include <QJsonArray>
#include <QtTest>

// Health, login, rate limiting (per user name and per client address), token rotation and reuse, logout,
// password changes and the error format (docs/PROTOCOL.md "Authentication" and "Sessions").
class TestServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthAnswersWithEpoch();
    void loginRightAndWrong();
    void rateLimitCountsFailuresPerUserName();
    void rateLimitCountsUnknownUserNames();
    void successResetsFailureCount();
    void rateLimitCountsFailuresPerAddress();
    void failedSignInLogsAddressButNoSecrets();
    void refreshRotatesTokens();
    void reusedRefreshTokenRevokesTheSession();
    void passwordChangeRevokesEverySession();
    void clientSharesOneRefreshBetweenRequests();
    void requestsWithoutValidTokenAre401();
    void logoutRevokesSession();
    void disabledAccountIs403();
    void malformedJsonIs400();
    void tooLargeBodyIs413();
    void unknownPathIsJson404();
    void restartKeepsEpochAndSessions();

private:
    QJsonObject credentials(const QString& user, const QString& password) const
    {
        return {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}};
    }
    HttpReply loginRaw(const QString& user, const QString& password)
    {
        return m_server.http().post(QStringLiteral("/api/v1/auth/login"), credentials(user, password));
    }
    HttpReply loginFrom(const char* address, const QString& user, const QString& password)
    {
        return m_server.http().postFrom(QHostAddress(QString::fromLatin1(address)),
                                        QStringLiteral("/api/v1/auth/login"), credentials(user, password));
    }
    HttpReply refreshWith(const QString& refreshToken)
    {
        return m_server.http().post(QStringLiteral("/api/v1/auth/refresh"),
                                    {{QStringLiteral("refresh_token"), refreshToken}});
    }
    int meStatus(const QString& accessToken)
    {
        return m_server.http().get(QStringLiteral("/api/v1/me"), accessToken).status;
    }

    TestServer m_server{TestServer::Empty};
};

void TestServerAuth::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const char* name : {"anna", "bert", "carla", "dirk", "eva"})
        QVERIFY(
            !m_server.createAccount(QString::fromLatin1(name), QStringLiteral("counter"), {QStringLiteral("mechelen")})
                 .isEmpty());
}

void TestServerAuth::healthAnswersWithEpoch()
{
    const HttpReply r = m_server.http().get(QStringLiteral("/api/v1/health"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(r.json.value(QStringLiteral("epoch")).toString().size(), 32);
    QVERIFY(!r.json.value(QStringLiteral("version")).toString().isEmpty());
    QVERIFY(r.header("content-type").startsWith("application/json"));
}

void TestServerAuth::loginRightAndWrong()
{
    const HttpReply ok = loginRaw(QStringLiteral("anna"), QStringLiteral("secret"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json.value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(ok.json.value(QStringLiteral("access_token")).toString().size(), 43); // 32 bytes base64url
    QVERIFY(ok.json.value(QStringLiteral("refresh_token")).toString() !=
            ok.json.value(QStringLiteral("access_token")).toString());
    const QJsonObject account = ok.json.value(QStringLiteral("account")).toObject();
    QCOMPARE(account.value(QStringLiteral("username")).toString(), QStringLiteral("anna"));
    QCOMPARE(account.value(QStringLiteral("role")).toString(), QStringLiteral("counter"));
    QCOMPARE(account.value(QStringLiteral("region_ids")).toArray(), QJsonArray{QStringLiteral("mechelen")});
    QVERIFY(!account.contains(QStringLiteral("password_hash")));

    const HttpReply wrong = loginRaw(QStringLiteral("anna"), QStringLiteral("nope"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
    QVERIFY(
        !wrong.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
}

void TestServerAuth::rateLimitCountsFailuresPerUserName()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(loginRaw(QStringLiteral("bert"), QStringLiteral("wrong")).status, 401);
    const HttpReply limited = loginRaw(QStringLiteral("bert"), QStringLiteral("secret"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = limited.header("retry-after").toInt();
    QVERIFY(retryAfter > 0 && retryAfter <= 900);
    // Another user name is not affected.
    QCOMPARE(loginRaw(QStringLiteral("carla"), QStringLiteral("secret")).status, 200);
}

void TestServerAuth::rateLimitCountsUnknownUserNames()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(loginRaw(QStringLiteral("nobody"), QStringLiteral("x")).status, 401);
    const HttpReply limited = loginRaw(QStringLiteral("nobody"), QStringLiteral("x"));
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.header("retry-after").isEmpty());
}

void TestServerAuth::successResetsFailureCount()
{
    for (int i = 0; i < 4; ++i)
        QCOMPARE(loginRaw(QStringLiteral("dirk"), QStringLiteral("wrong")).status, 401);
    QCOMPARE(loginRaw(QStringLiteral("dirk"), QStringLiteral("secret")).status, 200);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(loginRaw(QStringLiteral("dirk"), QStringLiteral("wrong")).status, 401);
    // Four failures after the reset: still below the limit of five.
    QCOMPARE(loginRaw(QStringLiteral("dirk"), QStringLiteral("secret")).status, 200);
}

// Password spraying: one wrong password for each of many user names, all from one address. No name reaches its
// own limit, but the address does, and then even a right password from it is refused; other addresses are not.
void TestServerAuth::rateLimitCountsFailuresPerAddress()
{
    for (int i = 0; i < Protocol::kLoginAddressFailureLimit; ++i)
        QCOMPARE(loginFrom("127.0.0.2", QStringLiteral("spray%1").arg(i), QStringLiteral("Zomer2026")).status, 401);
    const HttpReply limited = loginFrom("127.0.0.2", QStringLiteral("eva"), QStringLiteral("secret"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = limited.header("retry-after").toInt();
    QVERIFY(retryAfter > 0 && retryAfter <= Protocol::kLoginWindowSeconds);
    QCOMPARE(loginFrom("127.0.0.3", QStringLiteral("eva"), QStringLiteral("secret")).status, 200);
    QCOMPARE(loginRaw(QStringLiteral("eva"), QStringLiteral("secret")).status, 200);
}

namespace {
QStringList* g_logged = nullptr;
void collectLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logged->append(message);
}
} // namespace

// A failed sign-in is logged with the client's address; never with the password, nor the user name typed.
void TestServerAuth::failedSignInLogsAddressButNoSecrets()
{
    QStringList logged;
    g_logged = &logged;
    const QtMessageHandler previous = qInstallMessageHandler(collectLog);
    const HttpReply failed = loginFrom("127.0.0.4", QStringLiteral("carla"), QStringLiteral("Geheim-Wachtwoord-42"));
    qInstallMessageHandler(previous);
    g_logged = nullptr;
    QCOMPARE(failed.status, 401);
    const QString all = logged.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("sign-in failed from 127.0.0.4")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Geheim-Wachtwoord-42")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("carla")), qPrintable(all));
}

void TestServerAuth::refreshRotatesTokens()
{
    const TestServer::Session s = m_server.login(QStringLiteral("eva"), QStringLiteral("secret"));
    QVERIFY(s.isValid());
    const HttpReply first = m_server.http().post(QStringLiteral("/api/v1/auth/refresh"),
                                                 {{QStringLiteral("refresh_token"), s.refreshToken}});
    QCOMPARE(first.status, 200);
    const QString newAccess = first.json.value(QStringLiteral("access_token")).toString();
    const QString newRefresh = first.json.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(newAccess != s.accessToken && newRefresh != s.refreshToken);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), newAccess).status, 200);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken).status, 401); // rotated away
    const HttpReply reused = m_server.http().post(QStringLiteral("/api/v1/auth/refresh"),
                                                  {{QStringLiteral("refresh_token"), s.refreshToken}});
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), QStringLiteral("unauthorized"));
    // The reuse ended the session: the pair it rotated to is refused too (reusedRefreshTokenRevokesTheSession).
    QCOMPARE(m_server.http()
                 .post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), newRefresh}})
                 .status,
             401);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), newAccess).status, 401);
}

// A rotated refresh token presented again ends the whole session it belongs to, the tokens it was rotated to
// included, with the ordinary 401 body and an audit event; other sessions of the account stay.
void TestServerAuth::reusedRefreshTokenRevokesTheSession()
{
    QVERIFY(!m_server.createAccount(QStringLiteral("reuse"), QStringLiteral("counter"), {QStringLiteral("mechelen")})
                 .isEmpty());
    const TestServer::Session s = m_server.login(QStringLiteral("reuse"), QStringLiteral("secret"));
    const TestServer::Session otherDevice = m_server.login(QStringLiteral("reuse"), QStringLiteral("secret"));
    QVERIFY(s.isValid() && otherDevice.isValid());
    const HttpReply first = refreshWith(s.refreshToken);
    QCOMPARE(first.status, 200);
    const HttpReply second = refreshWith(first.json.value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(second.status, 200);
    const QString access = second.json.value(QStringLiteral("access_token")).toString();
    const QString refresh = second.json.value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(meStatus(access), 200);

    const HttpReply reused = refreshWith(s.refreshToken); // rotated away two refreshes ago
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), QStringLiteral("unauthorized"));
    QCOMPARE(reused.json.keys(), QStringList{QStringLiteral("error")});
    QCOMPARE(meStatus(access), 401);
    QCOMPARE(refreshWith(refresh).status, 401);
    QCOMPARE(meStatus(otherDevice.accessToken), 200);
    QCOMPARE(refreshWith(otherDevice.refreshToken).status, 200);

    const std::optional<SessionRecord> session =
        m_server.storage().sessionByRefreshHash(TokenGenerator::hashToken(refresh));
    QVERIFY(session && session->revoked);
    QStringList actions;
    for (const AuditRecord& event : m_server.storage().auditOf(QStringLiteral("session"), session->id))
        actions.append(event.action);
    QVERIFY2(actions.contains(QStringLiteral("auth.refresh_reused")), qPrintable(actions.join(QLatin1Char(' '))));
}

// `account passwd` (AccountAdmin::setPassword) ends every session of the account at once; other accounts keep
// theirs.
void TestServerAuth::passwordChangeRevokesEverySession()
{
    QVERIFY(!m_server.createAccount(QStringLiteral("wissel"), QStringLiteral("counter"), {QStringLiteral("mechelen")})
                 .isEmpty());
    const TestServer::Session laptop = m_server.login(QStringLiteral("wissel"), QStringLiteral("secret"));
    const TestServer::Session desktop = m_server.login(QStringLiteral("wissel"), QStringLiteral("secret"));
    const TestServer::Session other = m_server.login(QStringLiteral("eva"), QStringLiteral("secret"));
    QVERIFY(laptop.isValid() && desktop.isValid() && other.isValid());
    QString error;
    QVERIFY2(
        AccountAdmin(m_server.storage()).setPassword(QStringLiteral("wissel"), QStringLiteral("nieuw-geheim"), &error),
        qPrintable(error));
    for (const TestServer::Session& s : {laptop, desktop}) {
        const HttpReply me = m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(refreshWith(s.refreshToken).status, 401);
    }
    QCOMPARE(meStatus(other.accessToken), 200);
    QCOMPARE(loginRaw(QStringLiteral("wissel"), QStringLiteral("secret")).status, 401);
    QVERIFY(m_server.login(QStringLiteral("wissel"), QStringLiteral("nieuw-geheim")).isValid());
}

// The desktop client's ApiClient: two requests that meet an expired access token together share one refresh,
// since a second refresh with the same token would be reuse and end the session.
void TestServerAuth::clientSharesOneRefreshBetweenRequests()
{
    QVERIFY(!m_server.createAccount(QStringLiteral("samen"), QStringLiteral("counter"), {QStringLiteral("mechelen")})
                 .isEmpty());
    const TestServer::Session s = m_server.login(QStringLiteral("samen"), QStringLiteral("secret"));
    QVERIFY(s.isValid());
    ApiClient api(QUrl(m_server.baseUrl()));
    api.setTokens(QStringLiteral("an-access-token-that-expired"), s.refreshToken);
    QSignalSpy rotated(&api, &ApiClient::tokensRotated);
    QSignalSpy expired(&api, &ApiClient::sessionExpired);
    QVector<int> statuses;
    for (int i = 0; i < 2; ++i)
        api.get(QStringLiteral("/me"), QUrlQuery(), [&statuses](const ApiResult& r) { statuses.append(r.status); });
    QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 2, 15000);
    QCOMPARE(statuses, QVector<int>({200, 200}));
    QCOMPARE(rotated.count(), 1);
    QCOMPARE(expired.count(), 0);
    QCOMPARE(meStatus(api.accessToken()), 200);
}

void TestServerAuth::requestsWithoutValidTokenAre401()
{
    const HttpReply none = m_server.http().get(QStringLiteral("/api/v1/sync/pull"));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), QStringLiteral("unauthorized"));
    const HttpReply garbage = m_server.http().get(QStringLiteral("/api/v1/me"), QStringLiteral("garbage-token"));
    QCOMPARE(garbage.status, 401);
    QCOMPARE(garbage.errorCode(), QStringLiteral("unauthorized"));
}

void TestServerAuth::logoutRevokesSession()
{
    const TestServer::Session s = m_server.login(QStringLiteral("anna"), QStringLiteral("secret"));
    QVERIFY(s.isValid());
    const HttpReply me = m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("username")).toString(), QStringLiteral("anna"));
    QCOMPARE(m_server.http().post(QStringLiteral("/api/v1/auth/logout"), {}, s.accessToken).status, 200);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken).status, 401);
    QCOMPARE(m_server.http()
                 .post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), s.refreshToken}})
                 .status,
             401);
}

void TestServerAuth::disabledAccountIs403()
{
    const TestServer::Session s = m_server.login(QStringLiteral("carla"), QStringLiteral("secret"));
    QVERIFY(s.isValid());
    AccountAdmin admin(m_server.storage());
    QString error;
    QVERIFY2(admin.setActive(QStringLiteral("carla"), false, &error), qPrintable(error));
    const HttpReply me = m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken);
    QCOMPARE(me.status, 403);
    QCOMPARE(me.errorCode(), QStringLiteral("account_disabled"));
    QCOMPARE(loginRaw(QStringLiteral("carla"), QStringLiteral("secret")).status, 403);
}

void TestServerAuth::malformedJsonIs400()
{
    const HttpReply login = m_server.http().postRaw(QStringLiteral("/api/v1/auth/login"), "{not json");
    QCOMPARE(login.status, 400);
    QCOMPARE(login.errorCode(), QStringLiteral("malformed"));
    const HttpReply missing = m_server.http().post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("user"), 1}});
    QCOMPARE(missing.status, 400);
}

void TestServerAuth::tooLargeBodyIs413()
{
    const QByteArray big(9 * 1024 * 1024, 'x');
    const HttpReply r = m_server.http().postRaw(QStringLiteral("/api/v1/sync/push"), big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QStringLiteral("too_large"));
    // The server still serves afterwards.
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/health")).status, 200);
}

void TestServerAuth::unknownPathIsJson404()
{
    const HttpReply r = m_server.http().get(QStringLiteral("/api/v1/nothing-here"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    const HttpReply wrongMethod = m_server.http().get(QStringLiteral("/api/v1/sync/push"));
    QCOMPARE(wrongMethod.status, 405);
}

void TestServerAuth::restartKeepsEpochAndSessions()
{
    const TestServer::Session s = m_server.login(QStringLiteral("eva"), QStringLiteral("secret"));
    QVERIFY(s.isValid());
    const QString epoch =
        m_server.http().get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("epoch")).toString();
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("epoch")).toString(),
             epoch);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken).status, 200);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "TestServerAuth.moc"

#include "AccountAdmin.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QtTest>

// Health, login, rate limiting, token rotation, logout and the error format (DESIGN §4).
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
    void refreshRotatesTokens();
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
    QCOMPARE(m_server.http()
                 .post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), newRefresh}})
                 .status,
             200);
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

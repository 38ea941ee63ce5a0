#include "TestOidcProvider.h"
#include "TestProcess.h"
#include "TestServer.h"
#include "auth/AccountAdmin.h"
#include "auth/OidcCodeFlow.h"
#include "auth/OidcProviderConfig.h"
#include "protocol/ApiConstants.h"
#include "storage/ServerStorage.h"
#include "store/cache/ClientProfile.h"
#include "sync/ClientSession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

// Sign-in with an identity provider (docs/ARCHITECTURE.md "Sign-in with an identity provider") against a real
// OpenID provider: oidc-provider from npm in a node process (tests/oidc). The client's code flow (OidcCodeFlow,
// PKCE) runs for real; the test plays the browser by HTTP through the provider's login and consent pages. Tokens the
// provider would never issue (another audience, expired) are minted with its own key. Each refusal is asserted by
// its error code. Needs node and the provider installed by the fixture oidc_provider_install: never skipped.
class TestServerOidc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badProviderConfigIsRefused();
    void providersAreAnnounced();
    void linkedSubjectSignsInThroughTheBrowser();
    void firstSignInLinksByVerifiedEmail();
    void unverifiedEmailIsNotLinked();
    void unknownSubjectIsRefused();
    void deactivatedAccountIsRefused();
    void operatorLinkRefusesMistakes();
    void mintedTokenWithRightClaimsIsAccepted();
    void wrongAudienceIsRefused();
    void expiredTokenIsRefused();
    void tamperedSignatureIsRefused();
    void otherNonceIsRefused();
    void unknownProviderIsRefused();
    void unreachableProviderIsSaidSo();
    void accountOfAnotherRegionIsRefused();
    void refusedTokensCountTowardsTheAddressLimit();
    void clientExplainsRefusalInPlainWords();

private:
    struct Flow {
        QString idToken;
        QString nonce;
    };
    // The whole code flow as the desktop client runs it, with the test as the browser signing in as `login`.
    Flow runFlow(const QString& login);
    HttpReply postToken(const QString& idToken, const QString& nonce);
    QJsonObject claims(const QString& subject, const QString& nonce) const;
    TestProcess runCli(const QStringList& arguments);
    QString accountIdOf(const QString& username);

    TestOidcProvider m_provider;
    TestServer m_server{TestServer::Empty};
    QString m_config;
};

void TestServerOidc::initTestCase()
{
    QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
    m_config = m_provider.writeConfig({{QStringLiteral("link_by_email"), true}});
    QVERIFY(!m_config.isEmpty());
    const QString config = m_config;
    m_server.configure([config](ServerOptions& options) { options.oidcConfig = config; });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(
        !m_server.createAccount(QStringLiteral("linked.user"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
             .isEmpty());
    QVERIFY(
        !m_server
             .createAccount(QStringLiteral("disabled.user"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
             .isEmpty());
    for (const auto& [name, email] :
         {std::pair{"byemail.user", "byemail@example.test"}, std::pair{"unverified.user", "unverified@example.test"}}) {
        Account account;
        account.username = QLatin1String(name);
        account.role = QStringLiteral("counter");
        account.regionIds = {QStringLiteral("antwerpen")};
        account.email = QLatin1String(email);
        QString error;
        QVERIFY2(!AccountAdmin(m_server.storage()).create(account, QStringLiteral("secret"), &error).isEmpty(),
                 qPrintable(error));
    }
    // Linked once by the operator, as the subcommand does it beside the running server.
    for (const auto& [user, subject] :
         {std::pair{"linked.user", "subject-linked"}, std::pair{"disabled.user", "subject-disabled"}}) {
        const TestProcess linked =
            runCli({QStringLiteral("account"), QStringLiteral("link-identity"), QLatin1String(user),
                    QStringLiteral("--provider"), QStringLiteral("test-idp"), QStringLiteral("--subject"),
                    QLatin1String(subject)});
        QVERIFY2(linked.exitCode == 0, qPrintable(linked.err));
    }
}

TestProcess TestServerOidc::runCli(const QStringList& arguments)
{
    QStringList args{QStringLiteral("--oidc-config"), m_config};
    args << arguments;
    if (m_server.databaseUrl().isEmpty())
        args << QStringLiteral("--data") << m_server.dataDir();
    else
        args << QStringLiteral("--database") << m_server.databaseUrl();
    return TestProcess::run(QStringLiteral(OPVANGLOKET_SERVER_BINARY), args);
}

QString TestServerOidc::accountIdOf(const QString& username)
{
    const std::optional<Account> account = m_server.storage().accountByUsername(username);
    return account ? account->id : QString();
}

TestServerOidc::Flow TestServerOidc::runFlow(const QString& login)
{
    const HttpReply announced = m_server.http().get(QStringLiteral("/api/v1/auth/providers"));
    const QVector<IdentityProvider> providers = IdentityProvider::listFromJson(announced.json);
    if (providers.size() != 1)
        return {};
    QUrl browserUrl;
    OidcCodeFlow flow(providers.first(), [&browserUrl](const QUrl& url) { browserUrl = url; });
    QSignalSpy succeeded(&flow, &OidcCodeFlow::succeeded);
    QSignalSpy failed(&flow, &OidcCodeFlow::failed);
    QString error;
    if (!flow.start(&error) || !browserUrl.isValid()) {
        qWarning() << "flow did not start:" << error;
        return {};
    }
    const QUrlQuery asked(browserUrl);
    if (asked.queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256") ||
        asked.queryItemValue(QStringLiteral("nonce")) != flow.nonce()) {
        qWarning() << "no PKCE or nonce in" << browserUrl.path();
        return {};
    }
    if (!m_provider.signIn(browserUrl, login)) {
        qWarning() << "browser step failed:" << m_provider.errorString();
        return {};
    }
    if (succeeded.isEmpty() && failed.isEmpty())
        succeeded.wait(30000);
    if (succeeded.isEmpty()) {
        qWarning() << "flow failed:" << failed;
        return {};
    }
    return {succeeded.first().at(0).toString(), succeeded.first().at(1).toString()};
}

HttpReply TestServerOidc::postToken(const QString& idToken, const QString& nonce)
{
    return m_server.http().post(QStringLiteral("/api/v1/auth/oidc"),
                                {{QStringLiteral("provider_id"), QStringLiteral("test-idp")},
                                 {QStringLiteral("id_token"), idToken},
                                 {QStringLiteral("nonce"), nonce},
                                 {QStringLiteral("device"), QStringLiteral("test")}});
}

QJsonObject TestServerOidc::claims(const QString& subject, const QString& nonce) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{QStringLiteral("iss"), m_provider.issuer()},
            {QStringLiteral("aud"), QStringLiteral("opvangloket")},
            {QStringLiteral("sub"), subject},
            {QStringLiteral("nonce"), nonce},
            {QStringLiteral("iat"), double(now)},
            {QStringLiteral("exp"), double(now + 600)}};
}

void TestServerOidc::badProviderConfigIsRefused()
{
    const QByteArray good =
        QStringLiteral("[{\"id\":\"x\",\"display_name\":\"X\",\"issuer\":\"%1\",\"client_id\":\"c\","
                       "\"region_ids\":[\"antwerpen\"]}]")
            .arg(m_provider.issuer())
            .toUtf8();
    QVector<OidcProvider> providers;
    QString error;
    QVERIFY2(OidcProviderConfig::parse(good, &providers, &error), qPrintable(error));
    QCOMPARE(providers.size(), 1);
    const QVector<std::pair<QByteArray, QString>> bad{
        {QByteArray(good).replace("antwerpen", "atlantis"), QStringLiteral("unknown region \"atlantis\"")},
        {QByteArray(good).replace("http://127.0.0.1", "http://idp.example"), QStringLiteral("issuer must be")},
        {QByteArray(good).replace("\"client_id\"", "\"secret\""), QStringLiteral("unknown key \"secret\"")},
        {QByteArray("{\"id\":\"x\"}"), QStringLiteral("must be a JSON array")},
        {QByteArray(good).replace("]}]", "]},") + good.mid(1), QStringLiteral("id \"x\" is used twice")}};
    for (const auto& [json, reason] : bad) {
        providers.clear();
        QVERIFY2(!OidcProviderConfig::parse(json, &providers, &error), json.constData());
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(providers.isEmpty());
    }
    // The server does not start on a bad file, and says why.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bad.first().first);
    file.close();
    const TestProcess refused =
        TestProcess::run(QStringLiteral(OPVANGLOKET_SERVER_BINARY),
                         {QStringLiteral("--oidc-config"), file.fileName(), QStringLiteral("--data"), dir.path(),
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("unknown region \"atlantis\"")), qPrintable(refused.err));
}

void TestServerOidc::providersAreAnnounced()
{
    const HttpReply reply = m_server.http().get(QStringLiteral("/api/v1/auth/providers"));
    QCOMPARE(reply.status, 200);
    const QJsonArray list = reply.json.value(QStringLiteral("providers")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject provider = list.first().toObject();
    QCOMPARE(provider.value(QStringLiteral("id")).toString(), QStringLiteral("test-idp"));
    QCOMPARE(provider.value(QStringLiteral("display_name")).toString(), QStringLiteral("Test IdP"));
    QCOMPARE(provider.value(QStringLiteral("client_id")).toString(), QStringLiteral("opvangloket"));
    QCOMPARE(provider.value(QStringLiteral("region_ids")).toArray(), QJsonArray{QStringLiteral("antwerpen")});
    // From the provider's discovery document.
    QCOMPARE(provider.value(QStringLiteral("authorization_endpoint")).toString(),
             m_provider.issuer() + QStringLiteral("/auth"));
    QCOMPARE(provider.value(QStringLiteral("token_endpoint")).toString(),
             m_provider.issuer() + QStringLiteral("/token"));
    QVERIFY(!provider.contains(QStringLiteral("client_secret")));
}

void TestServerOidc::linkedSubjectSignsInThroughTheBrowser()
{
    const Flow flow = runFlow(QStringLiteral("subject-linked"));
    QVERIFY(!flow.idToken.isEmpty());
    const HttpReply reply = postToken(flow.idToken, flow.nonce);
    QCOMPARE(reply.status, 200);
    const QJsonObject account = reply.json.value(QStringLiteral("account")).toObject();
    QCOMPARE(account.value(QStringLiteral("username")).toString(), QStringLiteral("linked.user"));
    // The server's own tokens, as after a password: they work, and refresh.
    const QString access = reply.json.value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), access).status, 200);
    const HttpReply refreshed = m_server.http().post(
        QStringLiteral("/api/v1/auth/refresh"),
        {{QStringLiteral("refresh_token"), reply.json.value(QStringLiteral("refresh_token")).toString()}});
    QCOMPARE(refreshed.status, 200);
    // The provider's token is for one sign-in: its nonce was this flow's.
    QCOMPARE(postToken(flow.idToken, QStringLiteral("another-nonce")).errorCode(),
             QStringLiteral("oidc_nonce_mismatch"));
    AuditQuery query;
    query.accountId = accountIdOf(QStringLiteral("linked.user"));
    query.action = QStringLiteral("auth.login_oidc");
    QCOMPARE(m_server.storage().auditEvents(query).size(), 1);
}

void TestServerOidc::firstSignInLinksByVerifiedEmail()
{
    const QString accountId = accountIdOf(QStringLiteral("byemail.user"));
    QVERIFY(!m_server.storage().identityOfAccount(QStringLiteral("test-idp"), accountId));
    Flow flow = runFlow(QStringLiteral("subject-by-email"));
    QVERIFY(!flow.idToken.isEmpty());
    HttpReply reply = postToken(flow.idToken, flow.nonce);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("account")).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("byemail.user"));
    const auto linked = m_server.storage().identityOfAccount(QStringLiteral("test-idp"), accountId);
    QVERIFY(linked);
    QCOMPARE(linked->subject, QStringLiteral("subject-by-email"));
    QCOMPARE(linked->method, QStringLiteral("email"));
    AuditQuery query;
    query.action = QStringLiteral("account.identity_linked");
    query.entityId = accountId;
    const QVector<AuditEntry> audited = m_server.storage().auditEvents(query);
    QCOMPARE(audited.size(), 1);
    QVERIFY(!audited.first().summary.contains(QStringLiteral("subject-by-email"))); // never the subject
    QVERIFY(!audited.first().summary.contains(QStringLiteral("@")));                // nor the address
    // The next sign-in finds the link by subject.
    flow = runFlow(QStringLiteral("subject-by-email"));
    QCOMPARE(postToken(flow.idToken, flow.nonce).status, 200);
}

void TestServerOidc::unverifiedEmailIsNotLinked()
{
    const Flow flow = runFlow(QStringLiteral("subject-unverified"));
    QVERIFY(!flow.idToken.isEmpty());
    const HttpReply reply = postToken(flow.idToken, flow.nonce);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_unknown_subject"));
    QVERIFY(!m_server.storage().identityOfAccount(QStringLiteral("test-idp"),
                                                  accountIdOf(QStringLiteral("unverified.user"))));
}

void TestServerOidc::unknownSubjectIsRefused()
{
    const Flow flow = runFlow(QStringLiteral("subject-unknown"));
    QVERIFY(!flow.idToken.isEmpty());
    const HttpReply reply = postToken(flow.idToken, flow.nonce);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_unknown_subject"));
    QVERIFY(!reply.json.contains(QStringLiteral("access_token")));
}

void TestServerOidc::deactivatedAccountIsRefused()
{
    QString error;
    QVERIFY2(AccountAdmin(m_server.storage()).setActive(QStringLiteral("disabled.user"), false, &error),
             qPrintable(error));
    const Flow flow = runFlow(QStringLiteral("subject-disabled"));
    QVERIFY(!flow.idToken.isEmpty());
    const HttpReply reply = postToken(flow.idToken, flow.nonce);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("account_disabled"));
}

void TestServerOidc::operatorLinkRefusesMistakes()
{
    const auto link = [this](const QString& user, const QString& provider, const QString& subject) {
        return runCli({QStringLiteral("account"), QStringLiteral("link-identity"), user, QStringLiteral("--provider"),
                       provider, QStringLiteral("--subject"), subject});
    };
    TestProcess result =
        link(QStringLiteral("unverified.user"), QStringLiteral("test-idp"), QStringLiteral("subject-linked"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("linked to another account")), qPrintable(result.err));
    result = link(QStringLiteral("linked.user"), QStringLiteral("test-idp"), QStringLiteral("subject-new"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("linked to another subject")), qPrintable(result.err));
    result = link(QStringLiteral("nobody"), QStringLiteral("test-idp"), QStringLiteral("subject-new"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("no account named")), qPrintable(result.err));
    result = link(QStringLiteral("linked.user"), QStringLiteral("other-idp"), QStringLiteral("subject-new"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("no provider \"other-idp\"")), qPrintable(result.err));
}

void TestServerOidc::mintedTokenWithRightClaimsIsAccepted()
{
    // The control of the minted cases below: with nothing wrong, a minted token is accepted, so their refusals are
    // for the one claim each changes.
    const QString token = m_provider.mint(claims(QStringLiteral("subject-linked"), QStringLiteral("n-control")));
    QVERIFY(!token.isEmpty());
    QCOMPARE(postToken(token, QStringLiteral("n-control")).status, 200);
}

void TestServerOidc::wrongAudienceIsRefused()
{
    QJsonObject other = claims(QStringLiteral("subject-linked"), QStringLiteral("n-aud"));
    other.insert(QStringLiteral("aud"), QStringLiteral("another-application"));
    HttpReply reply = postToken(m_provider.mint(other), QStringLiteral("n-aud"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_wrong_audience"));
    // Several audiences: ours among them is not enough without azp naming us.
    other.insert(QStringLiteral("aud"),
                 QJsonArray{QStringLiteral("opvangloket"), QStringLiteral("another-application")});
    other.insert(QStringLiteral("azp"), QStringLiteral("another-application"));
    reply = postToken(m_provider.mint(other), QStringLiteral("n-aud"));
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_wrong_audience"));
}

void TestServerOidc::expiredTokenIsRefused()
{
    QJsonObject old = claims(QStringLiteral("subject-linked"), QStringLiteral("n-exp"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    old.insert(QStringLiteral("iat"), double(now - 7200));
    old.insert(QStringLiteral("exp"), double(now - 3600));
    const HttpReply reply = postToken(m_provider.mint(old), QStringLiteral("n-exp"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_token_expired"));
}

void TestServerOidc::tamperedSignatureIsRefused()
{
    // A real token of one subject, its claims changed to another's: the signature no longer covers them.
    const Flow flow = runFlow(QStringLiteral("subject-unknown"));
    QVERIFY(!flow.idToken.isEmpty());
    QStringList parts = flow.idToken.split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 3);
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), options);
    QVERIFY(payload.contains("\"subject-unknown\""));
    payload.replace("\"subject-unknown\"", "\"subject-linked\"");
    parts[1] = QString::fromLatin1(payload.toBase64(options));
    HttpReply reply = postToken(parts.join(QLatin1Char('.')), flow.nonce);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_signature_invalid"));
    // A flipped byte of the signature itself.
    parts = flow.idToken.split(QLatin1Char('.'));
    QByteArray signature = QByteArray::fromBase64(parts.at(2).toLatin1(), options);
    signature[10] = char(signature.at(10) ^ 0x01);
    parts[2] = QString::fromLatin1(signature.toBase64(options));
    reply = postToken(parts.join(QLatin1Char('.')), flow.nonce);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_signature_invalid"));
    // Signed with the provider's key but naming a key id it does not publish (the server fetched its keys again).
    reply = postToken(
        m_provider.mint(claims(QStringLiteral("subject-linked"), flow.nonce), QStringLiteral("other-kid")), flow.nonce);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_signature_invalid"));
    // "alg": "none" with no signature.
    const QByteArray none = QByteArrayLiteral("{\"alg\":\"none\"}").toBase64(options);
    reply = postToken(QString::fromLatin1(none) + QLatin1Char('.') + flow.idToken.split(QLatin1Char('.')).at(1) +
                          QStringLiteral(".x"),
                      flow.nonce);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_signature_invalid"));
}

void TestServerOidc::otherNonceIsRefused()
{
    const HttpReply reply = postToken(m_provider.mint(claims(QStringLiteral("subject-linked"), QStringLiteral("n-1"))),
                                      QStringLiteral("n-2"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_nonce_mismatch"));
}

void TestServerOidc::unknownProviderIsRefused()
{
    const HttpReply reply = m_server.http().post(QStringLiteral("/api/v1/auth/oidc"),
                                                 {{QStringLiteral("provider_id"), QStringLiteral("other-idp")},
                                                  {QStringLiteral("id_token"), QStringLiteral("x.y.z")},
                                                  {QStringLiteral("nonce"), QStringLiteral("n")}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_unknown_provider"));
}

void TestServerOidc::unreachableProviderIsSaidSo()
{
    // A provider whose issuer nothing answers at: announced without endpoints, so the client says so before any
    // browser opens, and a token for it is refused as "provider unavailable", not as the person's fault.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("oidc.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[{\"id\":\"test-idp\",\"display_name\":\"Gone\",\"issuer\":\"http://127.0.0.1:9\","
               "\"client_id\":\"opvangloket\",\"region_ids\":[\"antwerpen\"]}]");
    file.close();
    TestServer server(TestServer::Empty);
    const QString path = file.fileName();
    server.configure([path](ServerOptions& options) { options.oidcConfig = path; });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QVector<IdentityProvider> providers =
        IdentityProvider::listFromJson(server.http().get(QStringLiteral("/api/v1/auth/providers")).json);
    QCOMPARE(providers.size(), 1);
    QVERIFY(!providers.first().isReachable());
    bool opened = false;
    OidcCodeFlow flow(providers.first(), [&opened](const QUrl&) { opened = true; });
    QString error;
    QVERIFY(!flow.start(&error));
    QVERIFY(!opened);
    QVERIFY2(error.contains(QStringLiteral("Gone cannot be reached")), qPrintable(error));
    const HttpReply reply = server.http().post(
        QStringLiteral("/api/v1/auth/oidc"),
        {{QStringLiteral("provider_id"), QStringLiteral("test-idp")},
         {QStringLiteral("id_token"), m_provider.mint(claims(QStringLiteral("subject-linked"), QStringLiteral("n")))},
         {QStringLiteral("nonce"), QStringLiteral("n")}});
    QCOMPARE(reply.status, 502);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_provider_unavailable"));
}

void TestServerOidc::accountOfAnotherRegionIsRefused()
{
    // The provider serves Antwerpen; a Mechelen account linked to it all the same does not sign in with it.
    const QString id = m_server.createAccount(QStringLiteral("mechelen.user"), QStringLiteral("counter"),
                                              {QStringLiteral("mechelen")});
    QVERIFY(!id.isEmpty());
    const TestProcess linked =
        runCli({QStringLiteral("account"), QStringLiteral("link-identity"), QStringLiteral("mechelen.user"),
                QStringLiteral("--provider"), QStringLiteral("test-idp"), QStringLiteral("--subject"),
                QStringLiteral("subject-mechelen")});
    QVERIFY2(linked.exitCode == 0, qPrintable(linked.err));
    const HttpReply reply =
        postToken(m_provider.mint(claims(QStringLiteral("subject-mechelen"), QStringLiteral("n-region"))),
                  QStringLiteral("n-region"));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("oidc_wrong_region"));
}

void TestServerOidc::refusedTokensCountTowardsTheAddressLimit()
{
    // A server of its own: its address limit starts at zero. Refused tokens count like wrong passwords, so after
    // the limit even a good token waits.
    TestServer server(TestServer::Empty);
    const QString config = m_config;
    server.configure([config](ServerOptions& options) { options.oidcConfig = config; });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const auto post = [&server](const QString& token, const QString& nonce) {
        return server.http().post(QStringLiteral("/api/v1/auth/oidc"),
                                  {{QStringLiteral("provider_id"), QStringLiteral("test-idp")},
                                   {QStringLiteral("id_token"), token},
                                   {QStringLiteral("nonce"), nonce}});
    };
    const QString token = m_provider.mint(claims(QStringLiteral("subject-linked"), QStringLiteral("n-a")));
    for (int i = 0; i < Protocol::kLoginAddressFailureLimit; ++i)
        QCOMPARE(post(token, QStringLiteral("n-b")).errorCode(), QStringLiteral("oidc_nonce_mismatch"));
    const HttpReply limited = post(token, QStringLiteral("n-a")); // its own nonce: good but for the limit
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
}

void TestServerOidc::clientExplainsRefusalInPlainWords()
{
    // The desktop client's path: ClientSession posts the token and words the refusal; a good one opens the account.
    QTemporaryDir profileDir;
    ClientProfile profile(profileDir.path());
    const QUrl server(m_server.baseUrl());
    Flow flow = runFlow(QStringLiteral("subject-unknown"));
    ClientSession refused(profile, server);
    QString error;
    ApiResult detail;
    QVERIFY(!refused.signInWithProvider(QStringLiteral("test-idp"), flow.idToken, flow.nonce,
                                        ClientSession::Keychain::Skip, &error, &detail));
    QCOMPARE(detail.error.code, QStringLiteral("oidc_unknown_subject"));
    QVERIFY2(error.contains(QStringLiteral("No Opvangloket account is linked")), qPrintable(error));
    flow = runFlow(QStringLiteral("subject-linked"));
    ClientSession session(profile, server);
    QVERIFY2(session.signInWithProvider(QStringLiteral("test-idp"), flow.idToken, flow.nonce,
                                        ClientSession::Keychain::Skip, &error),
             qPrintable(error));
    QCOMPARE(session.account().username, QStringLiteral("linked.user"));
    QVERIFY(session.isOpen());
}

QTEST_GUILESS_MAIN(TestServerOidc)
#include "TestServerOidc.moc"

#include "AuthService.h"

#include "PasswordHasher.h"
#include "ServerLogging.h"
#include "ServerStorage.h"
#include "TokenGenerator.h"
#include "WriteTransaction.h"
#include "protocol/ApiConstants.h"

AuthService::AuthService(ServerStorage& storage)
    : m_storage(storage)
    , m_limiter(Protocol::kLoginFailureLimit, Protocol::kLoginWindowSeconds)
{
}

ApiReply AuthService::unauthorized(const QString& message)
{
    return ApiReply::error(401, QStringLiteral("unauthorized"), message);
}

ApiReply AuthService::login(const QString& username, const QString& password, const QString& device)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int retryAfter = m_limiter.retryAfterSeconds(username, now);
    if (retryAfter > 0) {
        ApiReply reply = ApiReply::error(429, QStringLiteral("rate_limited"),
                                         QStringLiteral("Too many failed sign-ins for this user name; try again "
                                                        "in %1 seconds.")
                                             .arg(retryAfter),
                                         {{QStringLiteral("retry_after"), retryAfter}});
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        return reply;
    }
    const std::optional<Account> account = m_storage.accountByUsername(username.trimmed());
    if (m_dummyHash.isEmpty())
        m_dummyHash = PasswordHasher::hash(TokenGenerator::newToken());
    // Unknown names cost the same hash check, so timing does not tell which names exist.
    const bool ok = PasswordHasher::verify(account ? account->passwordHash : m_dummyHash, password) && account;
    if (!ok) {
        m_limiter.recordFailure(username, now);
        auditFailure(account ? account->id : QString());
        qCInfo(lcServerAuth) << "sign-in failed";
        return ApiReply::error(401, QStringLiteral("invalid_credentials"),
                               QStringLiteral("The user name or password is not right."));
    }
    m_limiter.reset(username);
    if (!account->active)
        return ApiReply::error(403, QStringLiteral("account_disabled"), QStringLiteral("This account is disabled."));
    SessionRecord session;
    session.id = TokenGenerator::randomHex(16);
    session.accountId = account->id;
    session.device = device.left(200);
    return issueTokens(*account, session, QStringLiteral("auth.login"));
}

ApiReply AuthService::issueTokens(const Account& account, SessionRecord session, const QString& action)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString access = TokenGenerator::newToken();
    const QString refresh = TokenGenerator::newToken();
    const bool isNew = session.accessHash.isEmpty();
    session.accessHash = TokenGenerator::hashToken(access);
    session.refreshHash = TokenGenerator::hashToken(refresh);
    session.accessExpiresAt = now.addSecs(Protocol::kAccessTokenSeconds);
    session.refreshExpiresAt = now.addSecs(Protocol::kRefreshTokenSeconds);
    WriteTransaction tx(m_storage);
    if (isNew)
        m_storage.insertSession(session);
    else
        m_storage.updateSession(session);
    m_storage.appendAudit({account.id, action, QStringLiteral("session"), session.id, QString()});
    tx.commit();
    return ApiReply::ok({{QStringLiteral("access_token"), access},
                         {QStringLiteral("refresh_token"), refresh},
                         {QStringLiteral("expires_in"), Protocol::kAccessTokenSeconds},
                         {QStringLiteral("account"), account.toJson()}});
}

void AuthService::auditFailure(const QString& accountId)
{
    WriteTransaction tx(m_storage);
    m_storage.appendAudit({accountId, QStringLiteral("auth.login_failed"), QStringLiteral("session"), QString(),
                           accountId.isEmpty() ? QStringLiteral("unknown user name") : QString()});
    tx.commit();
}

ApiReply AuthService::refresh(const QString& refreshToken)
{
    if (refreshToken.isEmpty())
        return unauthorized(QStringLiteral("A refresh token is required."));
    std::optional<SessionRecord> session = m_storage.sessionByRefreshHash(TokenGenerator::hashToken(refreshToken));
    if (!session || session->revoked || session->refreshExpiresAt <= QDateTime::currentDateTimeUtc())
        return unauthorized(QStringLiteral("The refresh token is not valid any more; sign in again."));
    const std::optional<Account> account = m_storage.accountById(session->accountId);
    if (!account)
        return unauthorized(QStringLiteral("The account no longer exists."));
    if (!account->active)
        return ApiReply::error(403, QStringLiteral("account_disabled"), QStringLiteral("This account is disabled."));
    return issueTokens(*account, *session, QStringLiteral("auth.refresh"));
}

ApiReply AuthService::logout(const AuthContext& context)
{
    SessionRecord session = context.session;
    session.revoked = true;
    WriteTransaction tx(m_storage);
    m_storage.updateSession(session);
    m_storage.appendAudit(
        {context.account.id, QStringLiteral("auth.logout"), QStringLiteral("session"), session.id, QString()});
    tx.commit();
    return ApiReply::ok({{QStringLiteral("status"), QStringLiteral("logged_out")}});
}

bool AuthService::authenticate(const QByteArray& authorization, AuthContext* context, ApiReply* failure)
{
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(prefix)) {
        *failure = unauthorized(QStringLiteral("Sign in first: this request needs a bearer token."));
        return false;
    }
    const QString token = QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
    const std::optional<SessionRecord> session = m_storage.sessionByAccessHash(TokenGenerator::hashToken(token));
    if (!session || session->revoked || session->accessExpiresAt <= QDateTime::currentDateTimeUtc()) {
        *failure = unauthorized(QStringLiteral("The access token is expired or not valid."));
        return false;
    }
    const std::optional<Account> account = m_storage.accountById(session->accountId);
    if (!account) {
        *failure = unauthorized(QStringLiteral("The account no longer exists."));
        return false;
    }
    if (!account->active) {
        *failure =
            ApiReply::error(403, QStringLiteral("account_disabled"), QStringLiteral("This account is disabled."));
        return false;
    }
    *context = AuthContext{*account, *session, AccessScope::forAccount(*account)};
    return true;
}

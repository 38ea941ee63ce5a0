#include "auth/AuthService.h"

#include "auth/AccountAdmin.h"
#include "auth/AccountPolicy.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenGenerator.h"
#include "protocol/ApiConstants.h"
#include "service/ServerLogging.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"

AuthService::AuthService(ServerStorage& storage)
    : m_storage(storage)
    , m_limiter(Protocol::kLoginFailureLimit, Protocol::kLoginWindowSeconds)
    , m_addressLimiter(Protocol::kLoginAddressFailureLimit, Protocol::kLoginWindowSeconds)
{
}

ApiReply AuthService::unauthorized(const QString& message)
{
    return ApiReply::error(401, QStringLiteral("unauthorized"), message);
}

QString AuthService::addressKey(const QHostAddress& address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4); // also an IPv4-mapped IPv6 address
    if (isIpv4)
        return QHostAddress(ipv4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    // One subscriber usually holds a whole /64: counting by it keeps a sprayer from escaping the limit by
    // moving to the next address.
    Q_IPV6ADDR prefix = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        prefix[i] = 0;
    return QHostAddress(prefix).toString() + QStringLiteral("/64");
}

std::optional<ApiReply> AuthService::rateLimited(const QString& username, const QString& addressKey,
                                                 const QDateTime& now)
{
    const int forName = m_limiter.retryAfterSeconds(username, now);
    const int forAddress = addressKey.isEmpty() ? 0 : m_addressLimiter.retryAfterSeconds(addressKey, now);
    const int retryAfter = qMax(forName, forAddress);
    if (retryAfter <= 0)
        return std::nullopt;
    qCInfo(lcServerAuth).noquote() << "sign-in refused from" << addressKey << "(too many failures for the"
                                   << (forAddress >= forName ? "address)" : "user name)");
    const QString message = forAddress >= forName
                                ? QStringLiteral("Too many failed sign-ins from this address; try again in %1 seconds.")
                                : QStringLiteral("Too many failed sign-ins for this user name; try again in %1 "
                                                 "seconds.");
    ApiReply reply = ApiReply::error(429, QStringLiteral("rate_limited"), message.arg(retryAfter),
                                     {{QStringLiteral("retry_after"), retryAfter}});
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    return reply;
}

ApiReply AuthService::login(const QString& username, const QString& password, const QString& device,
                            const QHostAddress& clientAddress)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString address = clientAddress.isNull() ? QString() : addressKey(clientAddress);
    if (const std::optional<ApiReply> limited = rateLimited(username, address, now)) {
        auditRefusal(username, QStringLiteral("rate limited"));
        return *limited;
    }
    const std::optional<Account> account = m_storage.accountByUsername(username.trimmed());
    if (m_dummyHash.isEmpty())
        m_dummyHash = PasswordHasher::hash(TokenGenerator::newToken());
    // Unknown names cost the same hash check, so timing does not tell which names exist.
    const bool ok = PasswordHasher::verify(account ? account->passwordHash : m_dummyHash, password) && account;
    if (!ok) {
        recordFailure(username, address, account, now);
        return ApiReply::error(401, QStringLiteral("invalid_credentials"),
                               QStringLiteral("The user name or password is not right."));
    }
    // Only the name's count starts afresh: one right password must not reset what an address sprayed.
    m_limiter.reset(username);
    if (!account->active) {
        auditRefusal(account->username, QStringLiteral("account disabled"));
        return ApiReply::error(403, QStringLiteral("account_disabled"), QStringLiteral("This account is disabled."));
    }
    SessionRecord session;
    session.id = TokenGenerator::randomHex(16);
    session.accountId = account->id;
    session.device = device.left(200);
    return issueTokens(*account, session, QStringLiteral("auth.login"));
}

ApiReply AuthService::signInVerified(const Account& account, const QString& device, const QString& action)
{
    if (!account.active) {
        auditRefusal(account.username, QStringLiteral("account disabled"));
        return ApiReply::error(403, QStringLiteral("account_disabled"), QStringLiteral("This account is disabled."));
    }
    SessionRecord session;
    session.id = TokenGenerator::randomHex(16);
    session.accountId = account.id;
    session.device = device.left(200);
    return issueTokens(account, session, action);
}

std::optional<ApiReply> AuthService::addressLimited(const QHostAddress& clientAddress)
{
    const QString address = clientAddress.isNull() ? QString() : addressKey(clientAddress);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int retryAfter = address.isEmpty() ? 0 : m_addressLimiter.retryAfterSeconds(address, now);
    if (retryAfter <= 0)
        return std::nullopt;
    ApiReply reply = ApiReply::error(
        429, QStringLiteral("rate_limited"),
        QStringLiteral("Too many failed sign-ins from this address; try again in %1 seconds.").arg(retryAfter),
        {{QStringLiteral("retry_after"), retryAfter}});
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    return reply;
}

void AuthService::recordRefusedToken(const QHostAddress& clientAddress, const std::optional<Account>& account,
                                     const QString& summary)
{
    const QString address = clientAddress.isNull() ? QString() : addressKey(clientAddress);
    if (!address.isEmpty())
        m_addressLimiter.recordFailure(address, QDateTime::currentDateTimeUtc());
    qCInfo(lcServerAuth).noquote() << "identity provider sign-in refused from"
                                   << (address.isEmpty() ? QStringLiteral("?") : address) << ":" << summary;
    auditRefusal(account, summary);
}

void AuthService::auditRefusal(const QString& username, const QString& summary)
{
    // The account id when the name is known, never the name typed (it may be a person's name).
    auditRefusal(m_storage.accountByUsername(username.trimmed()), summary);
}

void AuthService::auditRefusal(const std::optional<Account>& account, const QString& summary)
{
    AuditEvent event{account ? account->id : QString(), QStringLiteral("auth.login_refused"), QStringLiteral("session"),
                     QString(), summary};
    event.regionId = account ? AccountPolicy::auditRegion(*account) : QString();
    WriteTransaction tx(m_storage);
    m_storage.appendAudit(event);
    tx.commit();
}

void AuthService::recordFailure(const QString& username, const QString& addressKey,
                                const std::optional<Account>& account, const QDateTime& now)
{
    m_limiter.recordFailure(username, now);
    if (!addressKey.isEmpty())
        m_addressLimiter.recordFailure(addressKey, now);
    const QString accountId = account ? account->id : QString();
    // The address and the account id, never the user name typed (it may be a person's name) or the password.
    qCInfo(lcServerAuth).noquote() << "sign-in failed from" << (addressKey.isEmpty() ? QStringLiteral("?") : addressKey)
                                   << (account ? QStringLiteral("for account ") + accountId
                                               : QStringLiteral("for an unknown user name"));
    AuditEvent event{accountId, QStringLiteral("auth.login_failed"), QStringLiteral("session"), QString(),
                     accountId.isEmpty() ? QStringLiteral("unknown user name") : QStringLiteral("wrong password")};
    event.regionId = account ? AccountPolicy::auditRegion(*account) : QString();
    WriteTransaction tx(m_storage);
    m_storage.appendAudit(event);
    tx.commit();
}

ApiReply AuthService::issueTokens(const Account& account, SessionRecord session, const QString& action)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString access = TokenGenerator::newToken();
    const QString refresh = TokenGenerator::newToken();
    const bool isNew = session.accessHash.isEmpty();
    const QByteArray replacedRefresh = session.refreshHash;
    session.accessHash = TokenGenerator::hashToken(access);
    session.refreshHash = TokenGenerator::hashToken(refresh);
    session.accessExpiresAt = now.addSecs(Protocol::kAccessTokenSeconds);
    session.refreshExpiresAt = now.addSecs(Protocol::kRefreshTokenSeconds);
    WriteTransaction tx(m_storage);
    if (isNew) {
        m_storage.insertSession(session);
    } else {
        m_storage.updateSession(session);
        m_storage.retireRefreshHash(session.id, replacedRefresh); // presented again, it is reuse
    }
    if (isNew)
        m_storage.recordSignIn(account.id, now.toString(Qt::ISODateWithMs));
    AuditEvent event{account.id, action, QStringLiteral("session"), session.id, QString()};
    event.regionId = AccountPolicy::auditRegion(account);
    m_storage.appendAudit(event);
    tx.commit();
    return ApiReply::ok({{QStringLiteral("access_token"), access},
                         {QStringLiteral("refresh_token"), refresh},
                         {QStringLiteral("expires_in"), Protocol::kAccessTokenSeconds},
                         {QStringLiteral("must_change_password"), account.mustChangePassword},
                         {QStringLiteral("account"), account.toJson()}});
}

ApiReply AuthService::refresh(const QString& refreshToken)
{
    if (refreshToken.isEmpty())
        return unauthorized(QStringLiteral("A refresh token is required."));
    const QByteArray hash = TokenGenerator::hashToken(refreshToken);
    std::optional<SessionRecord> session = m_storage.sessionByRefreshHash(hash);
    if (!session) {
        const std::optional<SessionRecord> reused = m_storage.sessionByRetiredRefreshHash(hash);
        if (reused)
            return refuseReusedToken(*reused);
    }
    if (!session || session->revoked || session->refreshExpiresAt <= QDateTime::currentDateTimeUtc())
        return unauthorized(QStringLiteral("The refresh token is not valid any more; sign in again."));
    const std::optional<Account> account = m_storage.accountById(session->accountId);
    if (!account)
        return unauthorized(QStringLiteral("The account no longer exists."));
    if (!account->active)
        return ApiReply::error(403, QStringLiteral("account_disabled"), QStringLiteral("This account is disabled."));
    return issueTokens(*account, *session, QStringLiteral("auth.refresh"));
}

ApiReply AuthService::refuseReusedToken(const SessionRecord& session)
{
    // A rotated refresh token came back: either its holder or whoever took it from them uses a copy. Which
    // one cannot be told, so the session ends with every token it issued (OAuth 2.0 Security BCP, refresh
    // token rotation), the current ones included; docs/PROTOCOL.md "Sessions".
    WriteTransaction tx(m_storage);
    const bool wasOpen = m_storage.revokeSession(session.id);
    AuditEvent event{session.accountId, QStringLiteral("auth.refresh_reused"), QStringLiteral("session"), session.id,
                     wasOpen ? QStringLiteral("rotated refresh token presented again; session revoked")
                             : QStringLiteral("rotated refresh token presented again; session was revoked")};
    if (const std::optional<Account> account = m_storage.accountById(session.accountId))
        event.regionId = AccountPolicy::auditRegion(*account);
    m_storage.appendAudit(event);
    tx.commit();
    qCWarning(lcServerAuth).noquote() << "a rotated refresh token was presented again: session" << session.id
                                      << (wasOpen ? "revoked" : "was revoked already");
    if (wasOpen && m_revoked)
        m_revoked();
    return unauthorized(QStringLiteral("The refresh token is not valid any more; sign in again."));
}

ApiReply AuthService::logout(const AuthContext& context)
{
    WriteTransaction tx(m_storage);
    m_storage.revokeSession(context.session.id);
    AuditEvent event{context.account.id, QStringLiteral("auth.logout"), QStringLiteral("session"), context.session.id,
                     QString()};
    event.regionId = AccountPolicy::auditRegion(context.account); // as its sign-in, so its coordinator reads both
    m_storage.appendAudit(event);
    tx.commit();
    if (m_revoked)
        m_revoked();
    return ApiReply::ok({{QStringLiteral("status"), QStringLiteral("logged_out")}});
}

ApiReply AuthService::changePassword(const AuthContext& context, const QString& currentPassword,
                                     const QString& newPassword)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString username = context.account.username;
    if (const std::optional<ApiReply> limited = rateLimited(username, QString(), now))
        return *limited;
    if (!PasswordHasher::verify(context.account.passwordHash, currentPassword)) {
        recordFailure(username, QString(), context.account, now);
        return ApiReply::error(422, QStringLiteral("invalid"), QStringLiteral("current_password: is not right"));
    }
    if (newPassword == currentPassword)
        return ApiReply::error(422, QStringLiteral("invalid"),
                               QStringLiteral("new_password: must differ from the current password"));
    const AccountOutcome outcome =
        AccountAdmin(m_storage).changeOwnPassword(context.account, context.session.id, newPassword);
    if (!outcome.ok())
        return ApiReply::error(outcome.status, outcome.code, outcome.message);
    if (outcome.revokedSessions > 0 && m_revoked)
        m_revoked();
    return ApiReply::ok({{QStringLiteral("status"), QStringLiteral("password_changed")},
                         {QStringLiteral("revoked_sessions"), outcome.revokedSessions},
                         {QStringLiteral("account"), outcome.account.toJson()}});
}

bool AuthService::authenticate(const QByteArray& authorization, AuthContext* context, ApiReply* failure,
                               PasswordGate gate)
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
    if (account->mustChangePassword && gate == PasswordGate::Enforce) {
        *failure = ApiReply::error(403, QStringLiteral("password_change_required"),
                                   QStringLiteral("Choose a new password first (POST /api/v1/auth/password)."));
        return false;
    }
    *context = AuthContext{*account, *session, AccessScope::forAccount(*account)};
    return true;
}

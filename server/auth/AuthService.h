#pragma once

#include "auth/AuthContext.h"
#include "auth/LoginRateLimiter.h"
#include "http/ApiReply.h"

#include <QHostAddress>
#include <QString>
#include <functional>
#include <optional>

class ServerStorage;

// Login, token refresh and logout (docs/PROTOCOL.md "Authentication" and "Sessions"), and the bearer-token
// check of every other request. Sign-in failures are throttled per user name and per client address.
class AuthService
{
public:
    explicit AuthService(ServerStorage& storage);

    ApiReply login(const QString& username, const QString& password, const QString& device,
                   const QHostAddress& clientAddress = QHostAddress());
    ApiReply refresh(const QString& refreshToken);
    ApiReply logout(const AuthContext& context);
    // POST /auth/password: the signed-in person's own new password (docs/PROTOCOL.md "Accounts"). A wrong current
    // password counts as a failed sign-in of the account's user name.
    ApiReply changePassword(const AuthContext& context, const QString& currentPassword, const QString& newPassword);
    // What a request may do while its account still has a one-time password (docs/PROTOCOL.md "Accounts").
    enum class PasswordGate {
        Enforce,      // 403 password_change_required
        AllowPending, // POST /auth/password and POST /auth/logout
    };
    // Fills context from an "Authorization: Bearer ..." header, or returns the 401/403 reply.
    bool authenticate(const QByteArray& authorization, AuthContext* context, ApiReply* failure,
                      PasswordGate gate = PasswordGate::Enforce);
    // Sign-in vouched for by an identity provider (OidcSignIn) rather than a password: the account is refused when
    // disabled (audited), else a session starts exactly as after a password. The address limit applies alike: a
    // refused ID token counts as a failed sign-in of the address.
    ApiReply signInVerified(const Account& account, const QString& device, const QString& action);
    std::optional<ApiReply> addressLimited(const QHostAddress& clientAddress);
    void recordRefusedToken(const QHostAddress& clientAddress, const std::optional<Account>& account,
                            const QString& summary);
    // Called after this service revoked a session (logout, refresh-token reuse), so that the notify sockets of
    // that session close now rather than at NotifyHub's next sweep.
    void setRevocationListener(std::function<void()> listener) { m_revoked = std::move(listener); }

private:
    ApiReply issueTokens(const Account& account, SessionRecord session, const QString& action);
    ApiReply refuseReusedToken(const SessionRecord& session);
    // The 429 reply while the user name or the address is over its limit.
    std::optional<ApiReply> rateLimited(const QString& username, const QString& addressKey, const QDateTime& now);
    void recordFailure(const QString& username, const QString& addressKey, const std::optional<Account>& account,
                       const QDateTime& now);
    static QString addressKey(const QHostAddress& address);
    static ApiReply unauthorized(const QString& message);
    // A sign-in refused for another reason than a wrong password (disabled account, rate limit), audited.
    void auditRefusal(const QString& username, const QString& summary);
    void auditRefusal(const std::optional<Account>& account, const QString& summary);

    ServerStorage& m_storage;
    LoginRateLimiter m_limiter;        // per user name
    LoginRateLimiter m_addressLimiter; // per client address: many user names from one address (spraying)
    QString m_dummyHash;
    std::function<void()> m_revoked;
};

#pragma once

#include "ApiReply.h"
#include "AuthContext.h"
#include "LoginRateLimiter.h"

#include <QString>

class ServerStorage;

// Login, token refresh and logout (DESIGN §4, §6), and the bearer-token check of every other request.
class AuthService
{
public:
    explicit AuthService(ServerStorage& storage);

    ApiReply login(const QString& username, const QString& password, const QString& device);
    ApiReply refresh(const QString& refreshToken);
    ApiReply logout(const AuthContext& context);
    // Fills context from an "Authorization: Bearer ..." header, or returns the 401/403 reply.
    bool authenticate(const QByteArray& authorization, AuthContext* context, ApiReply* failure);

private:
    ApiReply issueTokens(const Account& account, SessionRecord session, const QString& action);
    void auditFailure(const QString& accountId);
    static ApiReply unauthorized(const QString& message);

    ServerStorage& m_storage;
    LoginRateLimiter m_limiter;
    QString m_dummyHash;
};

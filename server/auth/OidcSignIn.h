#pragma once

#include "auth/Account.h"
#include "auth/IdTokenVerifier.h"
#include "auth/OidcDirectory.h"
#include "http/ApiReply.h"

#include <QHostAddress>
#include <QJsonObject>
#include <optional>

class AuthService;
class ServerStorage;

// Sign-in with an identity provider, the server's half (docs/PROTOCOL.md "Sign-in with an identity provider"):
// announces the configured providers (GET /auth/providers) and turns an ID token the client got from one into the
// server's own session (POST /auth/oidc) once IdTokenVerifier accepted it and its subject maps to an active
// account of the provider's regions: a linked subject, or a first sign-in linked by verified e-mail when the
// provider allows it. Every refusal has its own error code; the client words it.
class OidcSignIn
{
public:
    OidcSignIn(ServerStorage& storage, AuthService& auth);

    void setProviders(const QVector<OidcProvider>& providers);
    ApiReply providers();
    ApiReply signIn(const QJsonObject& body, const QHostAddress& clientAddress);

private:
    struct Refusal {
        QString code;
        QString message;
    };
    // The account the verified claims stand for, or the refusal (unknown subject, wrong region).
    std::optional<Account> accountFor(const OidcProvider& provider, const QJsonObject& claims, Refusal* refusal);
    ApiReply refuse(const QHostAddress& clientAddress, const std::optional<Account>& account, int status,
                    const QString& code, const QString& message);
    static bool servesRegionsOf(const OidcProvider& provider, const Account& account);

    ServerStorage& m_storage;
    AuthService& m_auth;
    OidcDirectory m_directory;
    IdTokenVerifier m_verifier{m_directory};
};

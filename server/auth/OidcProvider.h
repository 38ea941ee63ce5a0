#pragma once

#include <QString>
#include <QStringList>

// One identity provider the server trusts for sign-in (--oidc-config, docs/ARCHITECTURE.md "Sign-in with an
// identity provider"): whose ID tokens it accepts (issuer, client_id) and for which regions it is offered. The
// client is public: no secret here, PKCE protects the code.
struct OidcProvider {
    QString id;          // short, stable: stored with every linked subject
    QString displayName; // "Sign in with <display name>"
    QString issuer;   // exactly the `iss` of its ID tokens; discovery is at <issuer>/.well-known/openid-configuration
    QString clientId; // the `aud` its ID tokens must carry
    QStringList regionIds;
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("email")};
    // First sign-in of an unlinked subject: link it to the one active account with that e-mail, when the provider
    // says the address is verified. Otherwise only an admin or operator links (account link-identity).
    bool linkByEmail = false;
};

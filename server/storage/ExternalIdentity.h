#pragma once

#include <QString>

// A person's subject at an identity provider, linked to one account (table external_identities): signing in with
// that provider's ID token signs in as the account (docs/ARCHITECTURE.md "Sign-in with an identity provider").
struct ExternalIdentity {
    QString providerId;
    QString subject; // the provider's `sub`: stable, never shown, never logged
    QString accountId;
    QString linkedAt; // UTC ISO-8601 with milliseconds
    QString linkedBy; // the admin account that linked it; empty for an operator or a link by e-mail
    QString method;   // "operator", "admin" or "email"
};

#pragma once

#include "auth/Account.h"
#include "auth/OidcProvider.h"

#include <QString>

class ServerStorage;

// Links a provider's subject to an account, once (table external_identities): by the operator (`account
// link-identity`), or on a first sign-in by the verified e-mail when the provider allows it. Each link is one write
// transaction with its audit event; the subject itself is never in the audit summary or the log.
class IdentityLinks
{
public:
    explicit IdentityLinks(ServerStorage& storage);

    // The operator's subcommand: false with *error when the account, provider or link is wrong.
    bool linkByOperator(const OidcProvider& provider, const QString& username, const QString& subject, QString* error);
    // The one active account whose e-mail is `email` (case-insensitive), when exactly one has it and it has no
    // subject of this provider yet; linked and audited. Empty when there is no such account.
    std::optional<Account> linkByEmail(const OidcProvider& provider, const QString& subject, const QString& email);

private:
    void link(const OidcProvider& provider, const Account& account, const QString& subject, const QString& method);

    ServerStorage& m_storage;
};

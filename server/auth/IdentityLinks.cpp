#include "auth/IdentityLinks.h"

#include "auth/AccountPolicy.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"

IdentityLinks::IdentityLinks(ServerStorage& storage)
    : m_storage(storage)
{
}

void IdentityLinks::link(const OidcProvider& provider, const Account& account, const QString& subject,
                         const QString& method)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_storage.linkIdentity(ExternalIdentity{provider.id, subject, account.id, now, QString(), method});
    AuditEvent event{QString(), QStringLiteral("account.identity_linked"), QStringLiteral("accounts"), account.id,
                     QStringLiteral("provider %1 linked (%2)").arg(provider.id, method)};
    event.regionId = AccountPolicy::auditRegion(account);
    m_storage.appendAudit(event);
}

bool IdentityLinks::linkByOperator(const OidcProvider& provider, const QString& username, const QString& subject,
                                   QString* error)
{
    if (subject.isEmpty() || subject.size() > 255) {
        *error = QStringLiteral("give the subject (the provider's \"sub\", at most 255 characters)");
        return false;
    }
    WriteTransaction tx(m_storage);
    const std::optional<Account> account = m_storage.accountByUsername(username);
    if (!account) {
        *error = QStringLiteral("no account named %1").arg(username);
        return false;
    }
    if (const auto taken = m_storage.identityBySubject(provider.id, subject)) {
        *error = taken->accountId == account->id ? QStringLiteral("already linked to this account")
                                                 : QStringLiteral("this subject is linked to another account");
        return false;
    }
    if (m_storage.identityOfAccount(provider.id, account->id)) {
        *error = QStringLiteral("the account is linked to another subject of this provider already");
        return false;
    }
    link(provider, *account, subject, QStringLiteral("operator"));
    tx.commit();
    return true;
}

std::optional<Account> IdentityLinks::linkByEmail(const OidcProvider& provider, const QString& subject,
                                                  const QString& email)
{
    if (email.trimmed().isEmpty())
        return std::nullopt;
    WriteTransaction tx(m_storage);
    std::optional<Account> found;
    for (const Account& account : m_storage.accounts()) {
        if (!account.active || account.email.compare(email.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            return std::nullopt; // two accounts share the address: an admin decides
        found = account;
    }
    if (!found || m_storage.identityOfAccount(provider.id, found->id))
        return std::nullopt;
    link(provider, *found, subject, QStringLiteral("email"));
    tx.commit();
    return found;
}

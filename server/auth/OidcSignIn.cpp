#include "auth/OidcSignIn.h"

#include "auth/AuthService.h"
#include "auth/IdentityLinks.h"
#include "protocol/AccountInfo.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>

OidcSignIn::OidcSignIn(ServerStorage& storage, AuthService& auth)
    : m_storage(storage)
    , m_auth(auth)
{
}

void OidcSignIn::setProviders(const QVector<OidcProvider>& providers)
{
    m_directory = OidcDirectory(providers);
}

ApiReply OidcSignIn::providers()
{
    QJsonArray list;
    for (const OidcProvider& provider : m_directory.providers()) {
        QJsonObject entry{{QStringLiteral("id"), provider.id},
                          {QStringLiteral("display_name"), provider.displayName},
                          {QStringLiteral("issuer"), provider.issuer},
                          {QStringLiteral("client_id"), provider.clientId},
                          {QStringLiteral("region_ids"), QJsonArray::fromStringList(provider.regionIds)},
                          {QStringLiteral("scopes"), QJsonArray::fromStringList(provider.scopes)}};
        QJsonObject document;
        QString error;
        // Without the endpoints the client cannot start; it says the provider is out of reach.
        if (m_directory.discovery(provider, &document, &error)) {
            entry.insert(QStringLiteral("authorization_endpoint"),
                         document.value(QLatin1String("authorization_endpoint")));
            entry.insert(QStringLiteral("token_endpoint"), document.value(QLatin1String("token_endpoint")));
        }
        list.append(entry);
    }
    return ApiReply::ok({{QStringLiteral("providers"), list}});
}

ApiReply OidcSignIn::refuse(const QHostAddress& clientAddress, const std::optional<Account>& account, int status,
                            const QString& code, const QString& message)
{
    m_auth.recordRefusedToken(clientAddress, account, QStringLiteral("identity provider: %1").arg(code));
    return ApiReply::error(status, code, message);
}

bool OidcSignIn::servesRegionsOf(const OidcProvider& provider, const Account& account)
{
    if (account.role == QLatin1String("admin") && account.regionIds.isEmpty())
        return true; // an admin of every region
    for (const QString& region : account.regionIds) {
        if (provider.regionIds.contains(region))
            return true;
    }
    return false;
}

std::optional<Account> OidcSignIn::accountFor(const OidcProvider& provider, const QJsonObject& claims, Refusal* refusal)
{
    const QString subject = claims.value(QLatin1String("sub")).toString();
    std::optional<Account> account;
    if (const auto linked = m_storage.identityBySubject(provider.id, subject))
        account = m_storage.accountById(linked->accountId);
    const bool verified = claims.value(QLatin1String("email_verified")).toBool(false);
    if (!account && provider.linkByEmail && verified)
        account =
            IdentityLinks(m_storage).linkByEmail(provider, subject, claims.value(QLatin1String("email")).toString());
    if (!account) {
        *refusal = {QStringLiteral("oidc_unknown_subject"),
                    QStringLiteral("No account is linked to this identity; ask an administrator.")};
        return std::nullopt;
    }
    if (!servesRegionsOf(provider, *account)) {
        *refusal = {QStringLiteral("oidc_wrong_region"),
                    QStringLiteral("This identity provider does not serve the account's regions.")};
        return std::nullopt;
    }
    return account;
}

ApiReply OidcSignIn::signIn(const QJsonObject& body, const QHostAddress& clientAddress)
{
    const QString providerId = body.value(QLatin1String("provider_id")).toString();
    const QJsonValue idToken = body.value(QLatin1String("id_token"));
    const QJsonValue nonce = body.value(QLatin1String("nonce"));
    if (providerId.isEmpty() || !idToken.isString() || !nonce.isString())
        return ApiReply::error(400, QStringLiteral("malformed"),
                               QStringLiteral("Give \"provider_id\", \"id_token\" and \"nonce\"."));
    const OidcProvider* provider = m_directory.find(providerId);
    if (!provider)
        return ApiReply::error(404, QStringLiteral("oidc_unknown_provider"),
                               QStringLiteral("This server has no identity provider with that id."));
    if (const std::optional<ApiReply> limited = m_auth.addressLimited(clientAddress))
        return *limited;
    const IdTokenVerifier::Result result = m_verifier.verify(*provider, idToken.toString(), nonce.toString());
    if (result.errorCode == QLatin1String("oidc_provider_unavailable"))
        return ApiReply::error(502, result.errorCode, result.message); // not the person's fault: not counted
    if (!result.ok())
        return refuse(clientAddress, std::nullopt, 401, result.errorCode, result.message);
    Refusal refusal;
    const std::optional<Account> account = accountFor(*provider, result.claims, &refusal);
    if (!account)
        return refuse(clientAddress, std::nullopt, 403, refusal.code, refusal.message);
    return m_auth.signInVerified(*account, body.value(QLatin1String("device")).toString(),
                                 QStringLiteral("auth.login_oidc"));
}

#include "IdentityProvider.h"

#include <QJsonArray>

namespace {
QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}
} // namespace

IdentityProvider IdentityProvider::fromJson(const QJsonObject& json)
{
    IdentityProvider provider;
    provider.id = json.value(QLatin1String("id")).toString();
    provider.displayName = json.value(QLatin1String("display_name")).toString();
    provider.issuer = json.value(QLatin1String("issuer")).toString();
    provider.clientId = json.value(QLatin1String("client_id")).toString();
    provider.regionIds = strings(json.value(QLatin1String("region_ids")));
    provider.scopes = strings(json.value(QLatin1String("scopes")));
    if (provider.scopes.isEmpty())
        provider.scopes = QStringList{QStringLiteral("openid")};
    provider.authorizationEndpoint =
        QUrl(json.value(QLatin1String("authorization_endpoint")).toString(), QUrl::StrictMode);
    provider.tokenEndpoint = QUrl(json.value(QLatin1String("token_endpoint")).toString(), QUrl::StrictMode);
    return provider;
}

QVector<IdentityProvider> IdentityProvider::listFromJson(const QJsonObject& answer)
{
    QVector<IdentityProvider> list;
    for (const QJsonValue& value : answer.value(QLatin1String("providers")).toArray()) {
        const IdentityProvider provider = fromJson(value.toObject());
        if (!provider.id.isEmpty() && !provider.clientId.isEmpty())
            list.append(provider);
    }
    return list;
}

#include "auth/OidcProviderConfig.h"

#include "domain/RegionCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

bool OidcProviderConfig::load(const QString& path, QVector<OidcProvider>* providers, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--oidc-config: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!parse(file.readAll(), providers, error)) {
        *error = QStringLiteral("--oidc-config %1: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool OidcProviderConfig::parse(const QByteArray& json, QVector<OidcProvider>* providers, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = QStringLiteral("must be a JSON array of providers");
        return false;
    }
    QVector<OidcProvider> read;
    QSet<QString> ids;
    const QJsonArray entries = doc.array();
    for (int i = 0; i < entries.size(); ++i) {
        OidcProvider provider;
        QString entryError;
        if (!entries.at(i).isObject() || !parseOne(entries.at(i).toObject(), &provider, &entryError)) {
            *error = QStringLiteral("provider %1: %2")
                         .arg(i + 1)
                         .arg(entryError.isEmpty() ? QStringLiteral("must be an object") : entryError);
            return false;
        }
        if (ids.contains(provider.id)) {
            *error = QStringLiteral("provider %1: id \"%2\" is used twice").arg(i + 1).arg(provider.id);
            return false;
        }
        ids.insert(provider.id);
        read.append(provider);
    }
    *providers = read;
    return true;
}

bool OidcProviderConfig::checkIssuer(const QString& issuer, QString* error)
{
    const QUrl url(issuer, QUrl::StrictMode);
    const bool loopback = url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost") ||
                          url.host() == QLatin1String("::1");
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment() ||
        !(url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && loopback))) {
        *error = QStringLiteral("issuer must be an https:// URL (http:// only on loopback) without query");
        return false;
    }
    return true;
}

bool OidcProviderConfig::parseOne(const QJsonObject& entry, OidcProvider* provider, QString* error)
{
    static const QSet<QString> known{QStringLiteral("id"),         QStringLiteral("display_name"),
                                     QStringLiteral("issuer"),     QStringLiteral("client_id"),
                                     QStringLiteral("region_ids"), QStringLiteral("link_by_email"),
                                     QStringLiteral("scopes")};
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown key \"%1\"").arg(it.key());
            return false;
        }
    }
    for (const char* key : {"id", "display_name", "issuer", "client_id"}) {
        if (!entry.value(QLatin1String(key)).isString() || entry.value(QLatin1String(key)).toString().isEmpty()) {
            *error = QStringLiteral("\"%1\" must be a non-empty string").arg(QLatin1String(key));
            return false;
        }
    }
    provider->id = entry.value(QLatin1String("id")).toString();
    if (!QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$")).match(provider->id).hasMatch()) {
        *error = QStringLiteral("id must be lower-case letters, digits, '.', '_' or '-' (at most 64)");
        return false;
    }
    provider->displayName = entry.value(QLatin1String("display_name")).toString();
    provider->issuer = entry.value(QLatin1String("issuer")).toString();
    provider->clientId = entry.value(QLatin1String("client_id")).toString();
    if (!checkIssuer(provider->issuer, error))
        return false;
    const QJsonValue regions = entry.value(QLatin1String("region_ids"));
    if (!regions.isArray() || regions.toArray().isEmpty()) {
        *error = QStringLiteral("\"region_ids\" must be a non-empty array of region ids");
        return false;
    }
    for (const QJsonValue& region : regions.toArray()) {
        if (!RegionCatalog::isRegionId(region.toString())) {
            *error = QStringLiteral("unknown region \"%1\" (known: %2)")
                         .arg(region.toString(), RegionCatalog::ids().join(QStringLiteral(", ")));
            return false;
        }
        provider->regionIds.append(region.toString());
    }
    const QJsonValue link = entry.value(QLatin1String("link_by_email"));
    if (!link.isUndefined() && !link.isBool()) {
        *error = QStringLiteral("\"link_by_email\" must be true or false");
        return false;
    }
    provider->linkByEmail = link.toBool(false);
    const QJsonValue scopes = entry.value(QLatin1String("scopes"));
    if (!scopes.isUndefined()) {
        QStringList list;
        for (const QJsonValue& scope : scopes.toArray())
            list.append(scope.toString());
        if (!scopes.isArray() || !list.contains(QStringLiteral("openid")) || list.contains(QString())) {
            *error = QStringLiteral("\"scopes\" must be an array of scope names including \"openid\"");
            return false;
        }
        provider->scopes = list;
    }
    return true;
}

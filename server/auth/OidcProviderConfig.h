#pragma once

#include "auth/OidcProvider.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

// Reads the identity providers of --oidc-config: a JSON array of {id, display_name, issuer, client_id, region_ids,
// link_by_email?, scopes?}. Anything wrong (unknown key, unknown region, an issuer that is not https:// off
// loopback, two providers for one id) is refused with a message naming the entry; nothing is half-read.
class OidcProviderConfig
{
public:
    static bool load(const QString& path, QVector<OidcProvider>* providers, QString* error);
    static bool parse(const QByteArray& json, QVector<OidcProvider>* providers, QString* error);

private:
    static bool parseOne(const QJsonObject& entry, OidcProvider* provider, QString* error);
    static bool checkIssuer(const QString& issuer, QString* error);
};

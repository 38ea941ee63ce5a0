#pragma once

#include "auth/OidcProvider.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QVector>

// What the server knows of each configured identity provider beyond its configuration: the endpoints of its
// discovery document and its signing keys (JWKS) as PEM by key id. Fetched on first need with a short timeout and
// kept; the keys are fetched again once when a token names a key id not seen yet (the provider rotated its keys),
// at most every kRefetchSeconds, so that made-up key ids cannot make the server hammer the provider.
class OidcDirectory
{
public:
    static constexpr int kTimeoutSeconds = 5;
    static constexpr int kRefetchSeconds = 30;
    static constexpr int kDiscoverySeconds = 3600;

    explicit OidcDirectory(QVector<OidcProvider> providers = {});

    const QVector<OidcProvider>& providers() const { return m_providers; }
    const OidcProvider* find(const QString& id) const;
    // The discovery document of the provider (cached); false with *error when it cannot be had.
    bool discovery(const OidcProvider& provider, QJsonObject* document, QString* error);
    // The PEM of the provider's signing key `kid`; empty when there is none (after one refetch), with
    // *unreachable telling whether the provider's documents could not be had at all.
    QByteArray signingKey(const OidcProvider& provider, const QString& kid, bool* unreachable);

private:
    struct Known {
        QJsonObject discovery;
        QDateTime discoveredAt;
        QDateTime discoveryFailedAt;     // a provider out of reach is not asked again for kRefetchSeconds
        QHash<QString, QByteArray> keys; // kid -> PEM
        QDateTime keysFetchedAt;
    };
    bool fetchKeys(const OidcProvider& provider, Known& known, QString* error);
    static bool fetchJson(const QString& url, QJsonObject* json, QString* error);

    QVector<OidcProvider> m_providers;
    QHash<QString, Known> m_known; // by provider id
};

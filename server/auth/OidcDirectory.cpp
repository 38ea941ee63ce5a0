#include "auth/OidcDirectory.h"

#include "auth/JwkPem.h"
#include "service/ServerLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <curl/curl.h>

namespace {

constexpr qsizetype kMaxDocumentBytes = 1024 * 1024;

size_t collect(char* data, size_t size, size_t count, void* target)
{
    auto* body = static_cast<QByteArray*>(target);
    if (body->size() + qsizetype(size * count) > kMaxDocumentBytes)
        return 0; // too large: curl stops with a write error
    body->append(data, qsizetype(size * count));
    return size * count;
}

} // namespace

OidcDirectory::OidcDirectory(QVector<OidcProvider> providers)
    : m_providers(std::move(providers))
{
}

const OidcProvider* OidcDirectory::find(const QString& id) const
{
    for (const OidcProvider& provider : m_providers) {
        if (provider.id == id)
            return &provider;
    }
    return nullptr;
}

bool OidcDirectory::fetchJson(const QString& url, QJsonObject* json, QString* error)
{
    CURL* curl = curl_easy_init();
    if (!curl) {
        *error = QStringLiteral("no HTTP client");
        return false;
    }
    QByteArray body;
    const QByteArray address = url.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(OidcDirectory::kTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK || status != 200) {
        *error = code != CURLE_OK ? QString::fromUtf8(curl_easy_strerror(code))
                                  : QStringLiteral("HTTP status %1").arg(status);
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return false;
    }
    *json = doc.object();
    return true;
}

bool OidcDirectory::discovery(const OidcProvider& provider, QJsonObject* document, QString* error)
{
    Known& known = m_known[provider.id];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!known.discovery.isEmpty() && known.discoveredAt.secsTo(now) < kDiscoverySeconds) {
        *document = known.discovery;
        return true;
    }
    if (known.discoveryFailedAt.isValid() && known.discoveryFailedAt.secsTo(now) < kRefetchSeconds) {
        *error = QStringLiteral("the provider was out of reach a moment ago");
        return false;
    }
    known.discoveryFailedAt = now; // until the fetch below succeeds
    QString issuer = provider.issuer;
    if (issuer.endsWith(QLatin1Char('/')))
        issuer.chop(1);
    QJsonObject fetched;
    if (!fetchJson(issuer + QStringLiteral("/.well-known/openid-configuration"), &fetched, error)) {
        qCWarning(lcServerAuth).noquote() << "identity provider" << provider.id << "discovery failed:" << *error;
        return false;
    }
    // OpenID Connect Discovery 1.0 section 4.3: the document must name the issuer it was fetched for.
    if (fetched.value(QLatin1String("issuer")).toString() != provider.issuer ||
        !fetched.value(QLatin1String("jwks_uri")).isString()) {
        *error = QStringLiteral("the discovery document names another issuer or no jwks_uri");
        qCWarning(lcServerAuth).noquote() << "identity provider" << provider.id << ":" << *error;
        return false;
    }
    known.discovery = fetched;
    known.discoveredAt = now;
    known.discoveryFailedAt = QDateTime();
    *document = fetched;
    return true;
}

bool OidcDirectory::fetchKeys(const OidcProvider& provider, Known& known, QString* error)
{
    known.keysFetchedAt = QDateTime::currentDateTimeUtc(); // a failed try counts too: no retry storm
    QJsonObject document;
    if (!discovery(provider, &document, error))
        return false;
    QJsonObject jwks;
    if (!fetchJson(document.value(QLatin1String("jwks_uri")).toString(), &jwks, error)) {
        qCWarning(lcServerAuth).noquote() << "identity provider" << provider.id << "keys not fetched:" << *error;
        return false;
    }
    QHash<QString, QByteArray> keys;
    for (const QJsonValue& value : jwks.value(QLatin1String("keys")).toArray()) {
        const QJsonObject jwk = value.toObject();
        const QString use = jwk.value(QLatin1String("use")).toString(QStringLiteral("sig"));
        const QByteArray pem = JwkPem::rsaPublicKey(jwk);
        if (use == QLatin1String("sig") && !pem.isEmpty())
            keys.insert(jwk.value(QLatin1String("kid")).toString(), pem);
    }
    known.keys = keys;
    qCInfo(lcServerAuth).noquote() << "identity provider" << provider.id << ":" << keys.size() << "signing key(s)";
    return true;
}

QByteArray OidcDirectory::signingKey(const OidcProvider& provider, const QString& kid, bool* unreachable)
{
    Known& known = m_known[provider.id];
    *unreachable = false;
    if (!known.keys.contains(kid)) {
        const bool mayFetch = !known.keysFetchedAt.isValid() ||
                              known.keysFetchedAt.secsTo(QDateTime::currentDateTimeUtc()) >= kRefetchSeconds;
        QString error;
        if (mayFetch && !fetchKeys(provider, known, &error))
            *unreachable = true;
        else if (!mayFetch && known.keys.isEmpty())
            *unreachable = true; // the last fetch failed a moment ago
    }
    return known.keys.value(kid);
}

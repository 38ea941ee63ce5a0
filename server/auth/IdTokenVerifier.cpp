#include "auth/IdTokenVerifier.h"

#include "auth/OidcDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdlib>
#include <jwt.h>

IdTokenVerifier::IdTokenVerifier(OidcDirectory& directory)
    : m_directory(directory)
{
}

IdTokenVerifier::Result IdTokenVerifier::failure(const QString& code, const QString& message)
{
    return Result{code, message, {}};
}

bool IdTokenVerifier::readHeader(const QString& idToken, QJsonObject* header)
{
    const QStringList parts = idToken.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(2).isEmpty())
        return false;
    const QByteArray json =
        QByteArray::fromBase64(parts.at(0).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    *header = doc.object();
    return doc.isObject();
}

IdTokenVerifier::Result IdTokenVerifier::verify(const OidcProvider& provider, const QString& idToken,
                                                const QString& nonce, const QDateTime& now)
{
    QJsonObject claims;
    Result signature = checkSignature(provider, idToken, &claims);
    if (!signature.ok())
        return signature;
    Result result = checkClaims(provider, claims, nonce, now);
    if (result.ok())
        result.claims = claims;
    return result;
}

IdTokenVerifier::Result IdTokenVerifier::checkSignature(const OidcProvider& provider, const QString& idToken,
                                                        QJsonObject* claims)
{
    QJsonObject header;
    if (idToken.size() > 16 * 1024 || !readHeader(idToken, &header))
        return failure(QStringLiteral("oidc_token_malformed"), QStringLiteral("The ID token is not a signed JWT."));
    // Only RS256: never "none", never a symmetric algorithm keyed with the public key.
    if (header.value(QLatin1String("alg")).toString() != QLatin1String("RS256"))
        return failure(QStringLiteral("oidc_signature_invalid"), QStringLiteral("The ID token is not signed RS256."));
    bool unreachable = false;
    const QByteArray pem =
        m_directory.signingKey(provider, header.value(QLatin1String("kid")).toString(), &unreachable);
    if (pem.isEmpty() && unreachable)
        return failure(QStringLiteral("oidc_provider_unavailable"),
                       QStringLiteral("The identity provider's keys cannot be fetched."));
    if (pem.isEmpty())
        return failure(QStringLiteral("oidc_signature_invalid"),
                       QStringLiteral("The ID token is signed with a key the provider does not publish."));
    const QByteArray token = idToken.toLatin1();
    jwt_t* jwt = nullptr;
    const int status =
        jwt_decode(&jwt, token.constData(), reinterpret_cast<const unsigned char*>(pem.constData()), int(pem.size()));
    if (status != 0 || !jwt || jwt_get_alg(jwt) != JWT_ALG_RS256) {
        jwt_free(jwt);
        return failure(QStringLiteral("oidc_signature_invalid"),
                       QStringLiteral("The ID token's signature does not verify."));
    }
    char* grants = jwt_get_grants_json(jwt, nullptr);
    const QJsonDocument doc = QJsonDocument::fromJson(grants ? QByteArray(grants) : QByteArray());
    std::free(grants);
    jwt_free(jwt);
    if (!doc.isObject())
        return failure(QStringLiteral("oidc_token_malformed"), QStringLiteral("The ID token has no claims."));
    *claims = doc.object();
    return {};
}

IdTokenVerifier::Result IdTokenVerifier::checkClaims(const OidcProvider& provider, const QJsonObject& claims,
                                                     const QString& nonce, const QDateTime& now)
{
    if (claims.value(QLatin1String("iss")).toString() != provider.issuer)
        return failure(QStringLiteral("oidc_wrong_issuer"), QStringLiteral("The ID token comes from another issuer."));
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    const QJsonArray audiences = aud.isArray() ? aud.toArray() : QJsonArray{aud};
    const bool forUs = audiences.contains(QJsonValue(provider.clientId));
    const QJsonValue azp = claims.value(QLatin1String("azp"));
    if (!forUs || (audiences.size() > 1 && azp.toString() != provider.clientId) ||
        (!azp.isUndefined() && azp.toString() != provider.clientId))
        return failure(QStringLiteral("oidc_wrong_audience"),
                       QStringLiteral("The ID token was issued for another application."));
    const qint64 at = now.toSecsSinceEpoch();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    const QJsonValue iat = claims.value(QLatin1String("iat"));
    if (!exp.isDouble() || !iat.isDouble())
        return failure(QStringLiteral("oidc_token_malformed"), QStringLiteral("The ID token has no exp or iat."));
    if (qint64(exp.toDouble()) + kLeewaySeconds <= at)
        return failure(QStringLiteral("oidc_token_expired"), QStringLiteral("The ID token has expired."));
    if (qint64(iat.toDouble()) - kLeewaySeconds > at)
        return failure(QStringLiteral("oidc_token_not_yet_valid"),
                       QStringLiteral("The ID token is issued in the future; check the clocks."));
    if (nonce.isEmpty() || claims.value(QLatin1String("nonce")).toString() != nonce)
        return failure(QStringLiteral("oidc_nonce_mismatch"),
                       QStringLiteral("The ID token was not issued for this sign-in."));
    if (claims.value(QLatin1String("sub")).toString().isEmpty())
        return failure(QStringLiteral("oidc_token_malformed"), QStringLiteral("The ID token has no subject."));
    return {};
}

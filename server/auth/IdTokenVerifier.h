#pragma once

#include "auth/OidcProvider.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

class OidcDirectory;

// Checks an ID token (OpenID Connect Core 1.0, 3.1.3.7) the client got from a provider: RS256 signature against
// the provider's published key (libjwt, key as PEM), then iss, aud (and azp when there are several audiences),
// exp and iat with a small leeway, and the nonce the client made for this sign-in. Any failure names its reason
// as a protocol error code (docs/PROTOCOL.md "Sign-in with an identity provider").
class IdTokenVerifier
{
public:
    static constexpr int kLeewaySeconds = 60;

    struct Result {
        QString errorCode; // empty: valid
        QString message;   // for the client's log; the client words its own sentence from the code
        QJsonObject claims;
        bool ok() const { return errorCode.isEmpty(); }
    };

    explicit IdTokenVerifier(OidcDirectory& directory);
    Result verify(const OidcProvider& provider, const QString& idToken, const QString& nonce,
                  const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    static Result failure(const QString& code, const QString& message);
    static bool readHeader(const QString& idToken, QJsonObject* header);
    Result checkSignature(const OidcProvider& provider, const QString& idToken, QJsonObject* claims);
    static Result checkClaims(const OidcProvider& provider, const QJsonObject& claims, const QString& nonce,
                              const QDateTime& now);

    OidcDirectory& m_directory;
};

#pragma once

#include <QByteArray>
#include <QJsonObject>

// libjwt 1.10 (Debian 12) verifies RS256 with a PEM public key; a provider publishes its keys as JWK (RFC 7517):
// the RSA modulus `n` and exponent `e` in base64url. This turns one into the other with OpenSSL, nothing more.
class JwkPem
{
public:
    // The SubjectPublicKeyInfo PEM of an RSA JWK ({"kty":"RSA","n":..., "e":...}); empty when the key is not one.
    static QByteArray rsaPublicKey(const QJsonObject& jwk);
};

#pragma once

#include <QByteArray>
#include <QString>

// Bearer tokens: 256 random bits (libsodium), base64url without padding. Only their SHA-256 is stored.
class TokenGenerator
{
public:
    static QString newToken();
    static QByteArray hashToken(const QString& token);
    // A random id (hex) for the server epoch and session rows.
    static QString randomHex(int bytes);
};

#include "auth/TokenGenerator.h"

#include "auth/PasswordHasher.h"

#include <QCryptographicHash>
#include <sodium.h>

QString TokenGenerator::newToken()
{
    PasswordHasher::initialize();
    QByteArray raw(32, '\0');
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray TokenGenerator::hashToken(const QString& token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString TokenGenerator::randomHex(int bytes)
{
    PasswordHasher::initialize();
    QByteArray raw(bytes, '\0');
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return QString::fromLatin1(raw.toHex());
}

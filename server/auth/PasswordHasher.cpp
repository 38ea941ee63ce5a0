#include "auth/PasswordHasher.h"

#include "storage/StorageError.h"

#include <sodium.h>

bool PasswordHasher::initialize()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString PasswordHasher::hash(const QString& password)
{
    initialize();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw StorageError(QStringLiteral("password hashing ran out of memory"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    initialize();
    if (hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

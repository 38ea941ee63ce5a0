#pragma once

#include <QString>

// Argon2id password hashes through libsodium (crypto_pwhash_str, interactive limits).
class PasswordHasher
{
public:
    // Calls sodium_init() once; false when libsodium cannot be used.
    static bool initialize();
    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
};

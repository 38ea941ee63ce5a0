#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// Secrets (the refresh token) in the operating system's keychain through QtKeychain. There is no
// plaintext fallback: when no keychain is available the caller is told so, in words a person understands,
// and must ask for the password at every start.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Result {
        bool ok = false;
        bool noKeychain = false; // no secret service / keychain on this machine
        bool notFound = false;
        QString secret;
        QString error; // plain words
    };

    explicit CredentialStore(QObject* parent = nullptr);

    static QString keyFor(const QString& server, const QString& username);

    // These run the keychain job to completion in a local event loop.
    Result write(const QString& key, const QString& secret);
    Result read(const QString& key);
    Result remove(const QString& key);

    static QString noKeychainMessage();

private:
    Result run(QKeychain::Job* job);
};

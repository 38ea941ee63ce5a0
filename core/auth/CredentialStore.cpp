#include "CredentialStore.h"

#include "AuthLog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {
const char* kService = "Opvangloket";
}

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{
}

QString CredentialStore::keyFor(const QString& server, const QString& username)
{
    return QStringLiteral("refresh-token:%1@%2").arg(username, server);
}

QString CredentialStore::noKeychainMessage()
{
    return QCoreApplication::translate(
        "CredentialStore",
        "No keychain is available on this computer, so Opvangloket cannot remember your sign-in safely. "
        "You will have to enter your password every time you start. Ask your IT department to enable the "
        "system keychain (Secret Service, Windows Credential Manager or macOS Keychain).");
}

CredentialStore::Result CredentialStore::run(QKeychain::Job* job)
{
    Result result;
    QEventLoop loop;
    job->setAutoDelete(false);
    bool finished = false;
    connect(job, &QKeychain::Job::finished, &loop, [&]() {
        finished = true;
        loop.quit();
    });
    // A keychain that never answers (a locked desktop keyring with nobody to unlock it) must not hang us.
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        result.noKeychain = true;
        result.error = noKeychainMessage();
        qCInfo(lcAuth) << "keychain did not answer in time";
        return result; // the job is parented to this store and cleaned up with it
    }
    switch (job->error()) {
    case QKeychain::NoError:
        result.ok = true;
        break;
    case QKeychain::EntryNotFound:
        result.notFound = true;
        result.error = QCoreApplication::translate("CredentialStore", "No saved sign-in was found.");
        break;
    case QKeychain::AccessDenied:
        result.error =
            QCoreApplication::translate("CredentialStore", "The keychain refused access: %1").arg(job->errorString());
        break;
    default:
        // No backend, no session bus, no Secret Service on it ("Cannot autolaunch D-Bus…"), or anything else
        // that means: this computer has no keychain we can use. Say so plainly instead of failing silently.
        result.noKeychain = true;
        result.error = noKeychainMessage();
        break;
    }
    if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job); read && result.ok)
        result.secret = read->textData();
    if (!result.ok)
        qCInfo(lcAuth) << "keychain request failed:" << job->error() << job->errorString();
    job->deleteLater();
    return result;
}

CredentialStore::Result CredentialStore::write(const QString& key, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    job->setTextData(secret);
    job->setInsecureFallback(false);
    return run(job);
}

CredentialStore::Result CredentialStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    return run(job);
}

CredentialStore::Result CredentialStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    return run(job);
}

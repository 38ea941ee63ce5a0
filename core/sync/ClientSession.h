#pragma once

#include "ApiResult.h"
#include "protocol/AccountInfo.h"

#include <QObject>
#include <QScopedPointer>
#include <QUrl>

class ApiClient;
class CacheCheck;
class ClientProfile;
class CredentialStore;
class LocalCache;
class NotifyClient;
class SyncEngine;
class SyncScheduler;

// A signed-in person on one server: the API client with its tokens, the cache file of that account and
// the sync engine between them. Used alike by the desktop client and the CLI.
class ClientSession : public QObject
{
    Q_OBJECT

public:
    enum class Keychain { Use, Skip };
    enum class ResumeResult { Online, Offline, NeedPassword, Failed };

    ClientSession(ClientProfile& profile, const QUrl& server, QObject* parent = nullptr);
    ~ClientSession() override;

    // Signs in with a password and opens the account's cache. With Keychain::Skip (--password-stdin)
    // nothing is written to the keychain.
    // detail (optional) receives the server's answer, so a caller can tell "unreachable" (networkError)
    // from "refused" (error.code, retryAfterSeconds).
    bool signIn(const QString& username, const QString& password, Keychain keychain, QString* error,
                ApiResult* detail = nullptr);
    // Signs in with an ID token an identity provider issued for this sign-in (OidcCodeFlow): the server checks it
    // and answers as to a password sign-in. The user name is the account's, as the server states it.
    bool signInWithProvider(const QString& providerId, const QString& idToken, const QString& nonce, Keychain keychain,
                            QString* error, ApiResult* detail = nullptr);
    // Signs in again with the refresh token from the keychain; opens the cache offline when the server
    // cannot be reached.
    ResumeResult resume(const QString& username, QString* error);
    // Opens the cache of a previous session without any network.
    bool openOffline(const QString& username, QString* error);
    void signOut();
    // Keeps the cache current from now on: pokes, reconnects, a 60 s fall-back and retries with back-off.
    // Not while offline-only (no tokens): then the person syncs by hand once the network is back.
    void startBackgroundSync();

    QUrl server() const { return m_server; }
    const AccountInfo& account() const { return m_account; }
    bool isOnline() const { return m_online; }
    // Signed in with a one-time password: the server answers nothing but a password change until it is made.
    bool mustChangePassword() const { return m_mustChangePassword; }
    void passwordChanged() { m_mustChangePassword = false; }
    bool isOpen() const;
    // Set when the keychain could not be used; the UI shows it to the person.
    QString keychainWarning() const { return m_keychainWarning; }
    // Set when the profile's CA file (--ca-file) could not be used: only the system store is trusted then.
    QString tlsWarning() const { return m_tlsWarning; }
    // The background check found the cache file damaged (see CacheCheck): background sync has stopped and
    // the next start repairs the file; the UI tells the person.
    bool isCacheDamaged() const { return m_cacheDamaged; }

    LocalCache& cache() { return *m_cache; }
    SyncEngine& sync() { return *m_sync; }
    ApiClient& api() { return *m_api; }
    SyncScheduler& scheduler() { return *m_scheduler; }
    NotifyClient& notify() { return *m_notify; }

signals:
    void onlineChanged(bool online);
    // The account's role or regions as the server now states them (after an operator changed them).
    void accountChanged();
    void cacheDamaged();

private:
    bool openCache(const QString& username, QString* error);
    // What a sign-in answer (password or identity provider) leads to: the tokens kept, the account's cache open.
    bool acceptSignIn(const ApiResult& reply, const QString& username, QString* error);
    void refreshAccount();
    void storeRefreshToken(const QString& token);
    void setOnline(bool online);
    void onCacheChecked(const QString& damage);

    ClientProfile& m_profile;
    QUrl m_server;
    AccountInfo m_account;
    QString m_username;
    bool m_online = false;
    bool m_useKeychain = false;
    bool m_mustChangePassword = false;
    QString m_keychainWarning;
    QString m_tlsWarning;
    bool m_cacheDamaged = false;
    CacheCheck* m_cacheCheck = nullptr;
    QScopedPointer<LocalCache> m_cache;
    ApiClient* m_api = nullptr;
    SyncEngine* m_sync = nullptr;
    NotifyClient* m_notify = nullptr;
    SyncScheduler* m_scheduler = nullptr;
    CredentialStore* m_credentials = nullptr;
};

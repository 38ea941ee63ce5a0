#include "ClientSession.h"

#include "ApiClient.h"
#include "NotifyClient.h"
#include "SyncEngine.h"
#include "SyncLog.h"
#include "SyncScheduler.h"
#include "TlsTrust.h"
#include "auth/CredentialStore.h"
#include "auth/OidcCodeFlow.h"
#include "store/cache/CacheCheck.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/outbox/OutboxSalvage.h"

#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QUrlQuery>

ClientSession::ClientSession(ClientProfile& profile, const QUrl& server, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_server(server)
    , m_cache(new LocalCache)
    , m_api(new ApiClient(server, this))
    , m_sync(new SyncEngine(*m_cache, *m_api, this))
    , m_notify(new NotifyClient(*m_api, this))
    , m_scheduler(new SyncScheduler(*m_sync, m_notify, this))
    , m_credentials(new CredentialStore(this))
{
    m_sync->setKeepAckedDays(profile.keepAckedDays());
    // The API client and the notify socket trust the same: the system store and the profile's CA file.
    QSslConfiguration tls;
    if (!TlsTrust::configuration(profile.caFile(), &tls, &m_tlsWarning))
        qCWarning(lcSync).noquote() << m_tlsWarning;
    m_api->setSslConfiguration(tls);
    connect(m_api, &ApiClient::tokensRotated, this, &ClientSession::storeRefreshToken);
    connect(m_sync, &SyncEngine::connectivityChanged, this, &ClientSession::setOnline);
    // A resync may mean an operator changed this account's regions: what the window says must follow.
    connect(m_sync, &SyncEngine::resyncStarted, this, &ClientSession::refreshAccount);
}

ClientSession::~ClientSession()
{
    delete m_scheduler;
    m_scheduler = nullptr;
    delete m_notify;
    m_notify = nullptr;
    delete m_sync; // holds queries on the cache; must go before it
    m_sync = nullptr;
}

bool ClientSession::signIn(const QString& username, const QString& password, Keychain keychain, QString* error,
                           ApiResult* detail)
{
    m_useKeychain = keychain == Keychain::Use;
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device"), QSysInfo::machineHostName()}};
    const ApiResult reply = m_api->postBlocking(QStringLiteral("/auth/login"), body);
    if (detail)
        *detail = reply;
    setOnline(!reply.networkError);
    if (!reply.ok()) {
        *error = reply.describe();
        if (reply.tlsRefused && !m_tlsWarning.isEmpty())
            *error += QLatin1Char(' ') + m_tlsWarning; // why the operator's CA was not trusted
        return false;
    }
    return acceptSignIn(reply, username, error);
}

bool ClientSession::signInWithProvider(const QString& providerId, const QString& idToken, const QString& nonce,
                                       Keychain keychain, QString* error, ApiResult* detail)
{
    m_useKeychain = keychain == Keychain::Use;
    const QJsonObject body{{QStringLiteral("provider_id"), providerId},
                           {QStringLiteral("id_token"), idToken},
                           {QStringLiteral("nonce"), nonce},
                           {QStringLiteral("device"), QSysInfo::machineHostName()}};
    const ApiResult reply = m_api->postBlocking(QStringLiteral("/auth/oidc"), body);
    if (detail)
        *detail = reply;
    setOnline(!reply.networkError);
    if (!reply.ok()) {
        *error = OidcCodeFlow::describeRefusal(reply);
        return false;
    }
    const QString username =
        reply.json.value(QStringLiteral("account")).toObject().value(QStringLiteral("username")).toString();
    return acceptSignIn(reply, username, error);
}

bool ClientSession::acceptSignIn(const ApiResult& reply, const QString& username, QString* error)
{
    m_api->setTokens(reply.json.value(QStringLiteral("access_token")).toString(),
                     reply.json.value(QStringLiteral("refresh_token")).toString());
    m_account = AccountInfo::fromJson(reply.json.value(QStringLiteral("account")).toObject());
    m_mustChangePassword = reply.json.value(QStringLiteral("must_change_password")).toBool();
    setOnline(true);
    storeRefreshToken(m_api->refreshToken());
    m_profile.remember(m_server, username);
    return openCache(username, error);
}

ClientSession::ResumeResult ClientSession::resume(const QString& username, QString* error)
{
    m_useKeychain = true;
    const CredentialStore::Result saved = m_credentials->read(CredentialStore::keyFor(m_server.toString(), username));
    if (!saved.ok) {
        if (saved.noKeychain)
            m_keychainWarning = saved.error;
        *error = saved.error;
        return ResumeResult::NeedPassword;
    }
    m_api->setTokens(QString(), saved.secret);
    // Any authenticated call refreshes the access token first.
    const ApiResult me = m_api->getBlocking(QStringLiteral("/me"));
    if (me.networkError) {
        setOnline(false);
        return openOffline(username, error) ? ResumeResult::Offline : ResumeResult::Failed;
    }
    if (!me.ok()) {
        *error = me.describe();
        return ResumeResult::NeedPassword;
    }
    m_account = AccountInfo::fromJson(me.json);
    setOnline(true);
    m_profile.remember(m_server, username);
    return openCache(username, error) ? ResumeResult::Online : ResumeResult::Failed;
}

bool ClientSession::openOffline(const QString& username, QString* error)
{
    if (!QFile::exists(m_profile.cachePath(m_server, username))) {
        *error = tr("There is no offline copy for this account yet; connect to the server once first.");
        return false;
    }
    if (!openCache(username, error))
        return false;
    m_account =
        AccountInfo::fromJson(QJsonDocument::fromJson(m_cache->state(QStringLiteral("account")).toUtf8()).object());
    return true;
}

bool ClientSession::openCache(const QString& username, QString* error)
{
    m_username = username;
    const QString path = m_profile.cachePath(m_server, username);
    const LocalCache::Check check =
        m_profile.checkCachesInBackground() ? LocalCache::Check::Deferred : LocalCache::Check::Now;
    LocalCache::OpenStatus status = m_cache->open(path, check);
    if (status == LocalCache::OpenStatus::Corrupt) {
        // Never delete: the damaged file may hold unsent work. A fresh cache is filled by a full pull, and
        // gets the outbox and conflicts the damage left readable.
        const QString aside = LocalCache::moveAside(path);
        status = m_cache->open(path);
        OutboxSalvage::Result salvaged;
        QString salvageError;
        if (status == LocalCache::OpenStatus::Ok && !OutboxSalvage::salvage(aside, *m_cache, &salvaged, &salvageError))
            qCWarning(lcSync) << "nothing could be salvaged from the damaged cache:" << salvageError;
    }
    if (status != LocalCache::OpenStatus::Ok) {
        *error = m_cache->errorString();
        return false;
    }
    if (!m_cache->isChecked()) { // opened without the check: run it now, beside the window
        if (!m_cacheCheck) {
            m_cacheCheck = new CacheCheck(this);
            connect(m_cacheCheck, &CacheCheck::finished, this, &ClientSession::onCacheChecked);
        }
        m_cacheCheck->start(path);
    }
    if (m_account.isValid())
        m_cache->setState(QStringLiteral("account"),
                          QString::fromUtf8(QJsonDocument(m_account.toJson()).toJson(QJsonDocument::Compact)));
    return true;
}

void ClientSession::onCacheChecked(const QString& damage)
{
    if (damage.isEmpty())
        return;
    // Writing on into a damaged file could spread the damage; what is in the outbox is salvaged at the next
    // start (openCache), everything else comes from the server again.
    m_scheduler->stop();
    m_cacheDamaged = true;
    emit cacheDamaged();
}

void ClientSession::refreshAccount()
{
    m_api->get(QStringLiteral("/me"), QUrlQuery(), [this](const ApiResult& me) {
        const AccountInfo account = AccountInfo::fromJson(me.json);
        if (!me.ok() || !account.isValid())
            return; // the next resync or sign-in tries again; the server enforces the scope meanwhile
        m_account = account;
        if (m_cache->isOpen())
            m_cache->setState(QStringLiteral("account"),
                              QString::fromUtf8(QJsonDocument(m_account.toJson()).toJson(QJsonDocument::Compact)));
        emit accountChanged();
    });
}

void ClientSession::startBackgroundSync()
{
    if (m_cacheDamaged)
        return;
    if (!m_api->refreshToken().isEmpty() || !m_api->accessToken().isEmpty())
        m_notify->start();
    m_scheduler->start();
}

bool ClientSession::isOpen() const
{
    return m_cache->isOpen();
}

void ClientSession::signOut()
{
    if (m_online)
        m_api->postBlocking(QStringLiteral("/auth/logout"), QJsonObject());
    if (m_useKeychain)
        m_credentials->remove(CredentialStore::keyFor(m_server.toString(), m_username));
    m_api->setTokens(QString(), QString());
}

void ClientSession::storeRefreshToken(const QString& token)
{
    if (!m_useKeychain || token.isEmpty() || (m_username.isEmpty() && m_account.username.isEmpty()))
        return;
    const QString user = m_account.username.isEmpty() ? m_username : m_account.username;
    const CredentialStore::Result r = m_credentials->write(CredentialStore::keyFor(m_server.toString(), user), token);
    if (!r.ok) {
        m_keychainWarning = r.error;
        qCInfo(lcSync) << "refresh token not saved in the keychain";
    }
}

void ClientSession::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

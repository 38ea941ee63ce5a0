#include "service/SyncServer.h"

#include "auth/OidcProviderConfig.h"
#include "auth/PasswordHasher.h"
#include "http/ApiHandlers.h"
#include "http/HttpFrontend.h"
#include "http/TlsCredentials.h"
#include "mail/MailDelivery.h"
#include "mail/MailWriteHook.h"
#include "mail/PasswordMail.h"
#include "protocol/ApiConstants.h"
#include "service/ServerLogging.h"
#include "storage/ServerStorage.h"
#include "storage/StorageError.h"
#include "storage/StorageFactory.h"
#include "sync/DigestService.h"
#include "sync/OfferExpiry.h"
#include "sync/OfferWriteHook.h"

#include "http/ConnectionRouter.h"
#include <QElapsedTimer>

#include <QTcpServer>
#include <QWebSocket>
#include <QWebSocketServer>

SyncServer::SyncServer(QObject* parent)
    : QObject(parent)
{
}

SyncServer::~SyncServer()
{
    m_offerExpiry.reset();
    m_mail.reset();
    m_http.reset();
    m_handlers.reset();
    m_webSockets.reset();
    m_storage.reset();
}

ServerStorage& SyncServer::storage()
{
    return *m_storage;
}

QString SyncServer::baseUrl() const
{
    const QString host = m_options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_options.listenAddress.toString() + QLatin1Char(']')
                             : m_options.listenAddress.toString();
    return QStringLiteral("%1://%2:%3")
        .arg(m_tls.isNull() ? QStringLiteral("http") : QStringLiteral("https"), host)
        .arg(m_port);
}

bool SyncServer::start(const ServerOptions& options, QString* error)
{
    m_options = options;
    if (!PasswordHasher::initialize()) {
        *error = QStringLiteral("libsodium could not be initialised");
        m_failure = StartFailure::BadOptions;
        return false;
    }
    const bool tls = !options.tlsCert.isEmpty() || !options.tlsKey.isEmpty();
    if (!tls && !options.listenAddress.isLoopback() && !options.insecureHttp) {
        *error = QStringLiteral("refusing plain HTTP on the non-loopback address %1: passwords would cross the network "
                                "in clear. Give --tls-cert and --tls-key, or --insecure-http if a TLS proxy stands "
                                "in front")
                     .arg(options.listenAddress.toString());
        m_failure = StartFailure::BadOptions;
        return false;
    }
    if (tls && !TlsCredentials::load(options.tlsCert, options.tlsKey, &m_tls, error)) {
        m_failure = StartFailure::BadOptions;
        return false;
    }
    if (!MailDelivery::checkOptions(options, error)) {
        m_failure = StartFailure::BadOptions;
        return false;
    }
    QVector<OidcProvider> providers;
    if (!options.oidcConfig.isEmpty() && !OidcProviderConfig::load(options.oidcConfig, &providers, error)) {
        m_failure = StartFailure::BadOptions;
        return false;
    }
    StorageFactory::Failure failure;
    m_storage = StorageFactory::open(options, error, &failure);
    if (!m_storage) {
        m_failure = failure == StorageFactory::Failure::Unsupported ? StartFailure::Unsupported : StartFailure::Storage;
        return false;
    }
    if ((options.demo || options.demoApplications > 0) && !seedDemo(options, error)) {
        m_failure = StartFailure::Storage;
        return false;
    }
    purgeExpired();
    m_purgeTimer.setInterval(6 * 3600 * 1000);
    connect(&m_purgeTimer, &QTimer::timeout, this, &SyncServer::purgeExpired);
    m_purgeTimer.start();
    m_handlers = std::make_unique<ApiHandlers>(*m_storage);
    m_handlers->notifyHub().setSweepInterval(options.notifySweepMs);
    m_handlers->identityProviders().setProviders(providers);
    m_handlers->anonymisation().setMailDir(options.smtpUrl.isEmpty() ? options.mailDir : QString());
    // What an offer means follows a pushed write in its transaction (WriteHook), before the parent mail, so a mail
    // reads the rows as the offer rules left them; the sync room knows nothing of mail.
    m_handlers->pushService().addWriteHook(std::make_unique<OfferWriteHook>(*m_storage));
    m_handlers->pushService().addWriteHook(std::make_unique<MailWriteHook>(*m_storage));
    // A one-time password is mailed only when asked for, and only with a relay or a mail folder.
    if (auto mail = std::make_shared<PasswordMail>(options); mail->isAvailable())
        m_handlers->accountService().setPasswordMailer(
            [mail](const Account& account, const QString& password) { return mail->send(account, password); });
    if (!m_storage->watchForeignCommits([this](qint64 first, qint64 last) { pokeForeignCommit(first, last); }, error)) {
        m_failure = StartFailure::Storage;
        return false;
    }
    if (!listen(options, error))
        return false;
    startOfferExpiry(options);
    startMail(options);
    return true;
}

void SyncServer::startOfferExpiry(const ServerOptions& options)
{
    m_offerExpiry = std::make_unique<OfferExpiry>(*m_storage, options.offerExpirySeconds);
    m_offerExpiry->setCommitListener(
        [this](const QVector<CommittedRow>& rows) { m_handlers->notifyHub().notifyCommit(rows); });
    m_offerExpiry->start();
}

void SyncServer::startMail(const ServerOptions& options)
{
    m_mail = std::make_unique<MailDelivery>(*m_storage, options);
    m_mail->setCommitListener(
        [this](const QVector<CommittedRow>& rows) { m_handlers->notifyHub().notifyCommit(rows); });
    m_mail->start();
}

bool SyncServer::seedDemo(const ServerOptions& options, QString* error)
{
    if (!m_storage->isEmpty()) {
        qCInfo(lcServerDemo) << "database not empty; demo data not seeded again";
        return true;
    }
    if (!options.seedDemo) {
        *error = QStringLiteral("this program has no demo data to seed");
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    try {
        options.seedDemo(*m_storage, options.demoApplications);
    } catch (const StorageError& e) {
        *error = QStringLiteral("seeding demo data failed: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    m_demoSeconds = timer.elapsed() / 1000.0;
    qCInfo(lcServerDemo) << "demo data seeded in" << m_demoSeconds << "s";
    return true;
}

bool SyncServer::listen(const ServerOptions& options, QString* error)
{
    m_http = std::make_unique<HttpFrontend>(*m_handlers);
    m_webSockets =
        std::make_unique<QWebSocketServer>(QStringLiteral("opvangloket-notify"), QWebSocketServer::NonSecureMode);
    connect(m_webSockets.get(), &QWebSocketServer::newConnection, this, [this] {
        while (m_webSockets->hasPendingConnections()) {
            std::unique_ptr<QWebSocket> socket(m_webSockets->nextPendingConnection());
            // Set before the socket reads its first frame (it reads on a queued signal): a client that has not
            // authenticated yet must not make the server buffer a large frame (docs/PROTOCOL.md "Input limits").
            socket->setMaxAllowedIncomingFrameSize(Protocol::kMaxNotifyMessageBytes);
            socket->setMaxAllowedIncomingMessageSize(Protocol::kMaxNotifyMessageBytes);
            m_handlers->notifyHub().accept(std::move(socket));
        }
    });
    auto* tcp = new ConnectionRouter(*m_webSockets, m_http.get());
    if (!m_tls.isNull())
        tcp->setTls(m_tls);
    if (!tcp->listen(options.listenAddress, options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(options.listenAddress.toString())
                     .arg(options.port)
                     .arg(tcp->errorString());
        m_failure = StartFailure::Listen;
        return false;
    }
    m_port = tcp->serverPort();
    m_http->bind(tcp);
    return true;
}

void SyncServer::pokeForeignCommit(qint64 firstSeq, qint64 lastSeq)
{
    constexpr int kRowLimit = 1000; // beyond this (bulk loads) every socket is poked
    try {
        const QVector<CommittedRow> rows = m_storage->committedRows(firstSeq, lastSeq, kRowLimit + 1);
        m_handlers->notifyHub().notifyForeignCommit(lastSeq, rows, rows.size() <= kRowLimit);
    } catch (const StorageError& e) {
        qCWarning(lcServerStorage) << "reading a foreign commit failed:" << e.what();
    }
}

void SyncServer::purgeExpired()
{
    try {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int removed = m_storage->purgeTombstones(now.addDays(-qMax(1, m_options.tombstoneDays)));
        if (removed > 0)
            qCInfo(lcServerStorage) << "purged" << removed << "tombstones";
        // A token retired longer ago than a refresh token lives would be refused as expired anyway.
        m_storage->purgeRetiredRefreshHashes(now.addSecs(-Protocol::kRefreshTokenSeconds));
    } catch (const StorageError& e) {
        qCWarning(lcServerStorage) << "purging tombstones or retired tokens failed:" << e.what();
    }
}

QJsonObject SyncServer::digest(const AccessScope& scope)
{
    return DigestService(*m_storage).compute(scope);
}

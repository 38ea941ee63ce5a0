#pragma once

#include "service/ServerOptions.h"

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <memory>

class ApiHandlers;
class HttpFrontend;
class MailDelivery;
class OfferExpiry;
class ServerStorage;
class AccessScope;
class QWebSocketServer;

// The central sync server as a library object: opens (and migrates) the storage, seeds demo data when
// asked, and serves the HTTP API of docs/PROTOCOL.md on the event loop of the calling thread. On PostgreSQL it
// also pokes its notify sockets for commits of other instances on the same database.
//
//   SyncServer server;
//   ServerOptions options;            // listen 127.0.0.1:8787, data dir, demo ...
//   options.port = 0;                 // any free port
//   QString error;
//   if (!server.start(options, &error)) ...
//   qDebug() << server.baseUrl();     // "http://127.0.0.1:<port>"
class SyncServer : public QObject
{
    Q_OBJECT
public:
    enum class StartFailure { None, BadOptions, Unsupported, Storage, Listen };

    explicit SyncServer(QObject* parent = nullptr);
    ~SyncServer() override;

    bool start(const ServerOptions& options, QString* error);
    StartFailure lastFailure() const { return m_failure; }
    quint16 port() const { return m_port; }
    QString baseUrl() const; // "http://127.0.0.1:<port>", or https:// with TLS
    ServerStorage& storage();
    // The digest of GET /sync/digest for any scope (tests: compare two servers' contents).
    QJsonObject digest(const AccessScope& scope);
    // Delivers queued mail and writes offer reminders (tests drive it with runOnce() and a clock of their own).
    MailDelivery& mailDelivery() { return *m_mail; }
    // Expires sent offers past their respond-by date (tests drive it with runOnce() and a clock of their own).
    OfferExpiry& offerExpiry() { return *m_offerExpiry; }
    // Seconds the last demo seeding took, or -1 if none ran.
    double demoSeedSeconds() const { return m_demoSeconds; }

private:
    bool seedDemo(const ServerOptions& options, QString* error);
    bool listen(const ServerOptions& options, QString* error);
    void startMail(const ServerOptions& options);
    void startOfferExpiry(const ServerOptions& options);
    // Tombstones past --tombstone-days, and retired refresh tokens past a refresh token's lifetime.
    void purgeExpired();
    // Another server instance on the same database committed seqs first..last: poke our sockets.
    void pokeForeignCommit(qint64 firstSeq, qint64 lastSeq);

    std::unique_ptr<ServerStorage> m_storage;
    std::unique_ptr<ApiHandlers> m_handlers;
    std::unique_ptr<HttpFrontend> m_http;
    std::unique_ptr<QWebSocketServer> m_webSockets;
    std::unique_ptr<MailDelivery> m_mail;
    std::unique_ptr<OfferExpiry> m_offerExpiry;
    QTimer m_purgeTimer;
    ServerOptions m_options;
    QSslConfiguration m_tls; // null without TLS
    StartFailure m_failure = StartFailure::None;
    quint16 m_port = 0;
    double m_demoSeconds = -1;
};

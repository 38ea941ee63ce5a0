#pragma once

#include <QHostAddress>
#include <QString>

#include <functional>

class ServerStorage;

// Everything SyncServer::start() needs; filled by the command line of opvangloket-server or by tests.
struct ServerOptions {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8787;      // 0 picks a free port; SyncServer::port() tells which
    QString dataDir;          // holds opvangloket.sqlite
    QString databaseUrl;      // empty or sqlite:// = SQLite in dataDir; postgresql://user:pw@host:port/db
    bool demo = false;        // seed the demo data set when the database is empty
    int demoApplications = 0; // > 0: --demo-scale N, make N applications instead of the default set
    // Writes the demo data set into empty storage (applications 0: the default set); may throw StorageError. Given
    // by whoever links the demo library (app/server, tests/common): the server library itself has no demo data.
    std::function<void(ServerStorage& storage, int applications)> seedDemo;
    int tombstoneDays = 90;
    // Mail (MailDelivery): an SMTP relay, or without one a folder of .eml files; neither: messages stay queued.
    QString smtpUrl;           // smtp://host:port or smtps://host:port
    QString mailFrom;          // sender address; required with smtpUrl
    QString mailDir;           // write <message id>.eml here instead of sending
    int mailPollSeconds = 10;  // how often queued mail and offer reminders are looked at; 0: only when asked
    int mailMaxAttempts = 5;   // transient failures before a message is marked failed
    int mailRetrySeconds = 60; // first back-off; doubles per attempt, at most 6 hours
    // How often sent offers past their respond-by date are expired (OfferExpiry); 0: only when asked.
    int offerExpirySeconds = 600;
    // How often the notify sockets' sessions and accounts are re-read (NotifyHub::sweep); 0: only on events.
    int notifySweepMs = 5000;
    // TLS (docs/PROTOCOL.md "Transport"): PEM certificate (chain) and private key; HTTPS and WSS on the one port.
    QString tlsCert;
    QString tlsKey;
    // --insecure-http: plain HTTP on a non-loopback address (a TLS-terminating proxy in front, or a test network).
    bool insecureHttp = false;
    // --oidc-config: a JSON file of the identity providers offered for sign-in (OidcProviderConfig); empty: none.
    QString oidcConfig;
};

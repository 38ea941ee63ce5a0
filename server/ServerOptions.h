#pragma once

#include <QHostAddress>
#include <QString>

// Everything SyncServer::start() needs; filled by the command line of opvangloket-server or by tests.
struct ServerOptions {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8787;      // 0 picks a free port; SyncServer::port() tells which
    QString dataDir;          // holds opvangloket.sqlite
    QString databaseUrl;      // empty or sqlite:// = SQLite in dataDir; postgresql://user:pw@host:port/db
    bool demo = false;        // seed the demo data set when the database is empty
    int demoApplications = 0; // > 0: --demo-scale N, make N applications instead of the default set
    int tombstoneDays = 90;
    QString mailDir; // accepted, mail delivery comes later
    QString tlsCert;
    QString tlsKey;
};

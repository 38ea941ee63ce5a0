#pragma once

#include "TestDatabase.h"
#include "TestHttp.h"
#include "service/SyncServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class ServerStorage;

// An in-process opvangloket sync server for tests: SQLite in a fresh QTemporaryDir (or, in the _pg
// variants, a fresh PostgreSQL database: see TestDatabase), listening on 127.0.0.1 with a free port,
// served by the test's own event loop (TestHttp and QSignalSpy::wait keep it running). Usage:
//
//   TestServer server(TestServer::Demo);       // or TestServer::Empty (no accounts, no rows)
//   QVERIFY2(server.start(), qPrintable(server.errorString()));
//   TestServer::Session s = server.login(QStringLiteral("loket.mechelen"), QStringLiteral("demo"));
//   HttpReply r = server.http().get(QStringLiteral("/api/v1/sync/pull"), s.accessToken);
//   QCOMPARE(r.status, 200);
//
// Demo accounts (password "demo"): admin, regie.antwerpen, loket.antwerpen, loket.mechelen,
// loket.turnhout, toeleider.antwerpen. Each login costs one Argon2id check (~0.1-0.3 s).
class TestServer
{
public:
    enum DataSet { Empty, Demo };

    struct Session {
        QString accessToken;
        QString refreshToken;
        QJsonObject account;
        bool isValid() const { return !accessToken.isEmpty(); }
    };

    // demoApplications > 0 seeds that many applications (--demo-scale) instead of the default demo set.
    explicit TestServer(DataSet data = Empty, int demoApplications = 0);
    ~TestServer();

    // Changes the options of every later start()/restart() (e.g. mail settings). The mail round and the offer
    // expiry run only when a test asks (server().mailDelivery().runOnce(), server().offerExpiry().runOnce()) unless
    // the edit sets mailPollSeconds or offerExpirySeconds.
    void configure(std::function<void(ServerOptions&)> edit) { m_configure = std::move(edit); }
    bool start();
    // Stops the server and starts it again on the same data directory and, if possible, the same port
    // (fault tests: the epoch, accounts, tokens and rows survive). False with errorString() on failure.
    bool restart();
    // Stops the server (its database stays); restart() starts it again, e.g. after a test replaced the data
    // file as an operator restoring a backup would.
    void stop();
    QString errorString() const { return m_error; }
    QString baseUrl() const; // "http://127.0.0.1:<port>"
    quint16 port() const;
    QString dataDir() const; // the temporary data directory (deleted with the TestServer)
    // The options this server was started with, port 0: another SyncServer started with them shares the
    // database (a second instance on PostgreSQL; a restart on SQLite).
    ServerOptions options() const;
    QString databaseUrl() const { return m_databaseUrl; } // empty on SQLite
    SyncServer& server() { return *m_server; }
    ServerStorage& storage();
    TestHttp& http() { return *m_http; }

    // Creates an account directly in storage; returns its id (empty on failure, see errorString()).
    // regions: e.g. {"antwerpen"}; empty for an admin means all regions.
    QString createAccount(const QString& username, const QString& role, const QStringList& regions,
                          const QString& password = QStringLiteral("secret"));
    // POST /auth/login; an invalid Session when the login failed.
    Session login(const QString& username, const QString& password);
    // Pushes one batch for clientId (schema version 1) and returns the reply.
    HttpReply push(const QString& token, const QString& clientId, const QJsonArray& mutations);
    // Pulls every page from the beginning and returns all changes in order; on a failed page it returns
    // what it got so far and sets *ok (if given) to false.
    QVector<QJsonObject> pullAll(const QString& token, int limit = 1000, bool* ok = nullptr);
    // The row as storage holds it now; empty when there is none (never written, or deleted).
    QJsonObject storedRow(const QString& table, const QString& id);

private:
    DataSet m_data;
    int m_demoApplications;
    QTemporaryDir m_dir;
    TestDatabase m_database; // declared before m_server: dropped after the server closed its connections
    QString m_databaseUrl;
    std::unique_ptr<SyncServer> m_server;
    std::unique_ptr<TestHttp> m_http;
    quint16 m_stoppedPort = 0;
    QString m_error;
    std::function<void(ServerOptions&)> m_configure;
};

#include "TestServer.h"

#include "demo/DemoSeeder.h"

#include "auth/AccountAdmin.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>
#include <QUrlQuery>

TestServer::TestServer(DataSet data, int demoApplications)
    : m_data(data)
    , m_demoApplications(demoApplications)
{
}

TestServer::~TestServer()
{
    m_http.reset();
    m_server.reset();
}

bool TestServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (!m_database.prepare(&m_databaseUrl, &m_error))
        return false;
    ServerOptions options = this->options();
    options.demo = m_data == Demo;
    options.demoApplications = m_demoApplications;
    m_server = std::make_unique<SyncServer>();
    if (!m_server->start(options, &m_error))
        return false;
    m_http = std::make_unique<TestHttp>(m_server->baseUrl());
    return true;
}

void TestServer::stop()
{
    if (!m_server)
        return;
    m_stoppedPort = m_server->port();
    m_server.reset();
}

bool TestServer::restart()
{
    if (!m_http) {
        m_error = QStringLiteral("restart() before start()");
        return false;
    }
    const quint16 port = m_server ? m_server->port() : m_stoppedPort;
    m_server.reset();
    ServerOptions options = this->options();
    options.port = port;
    m_server = std::make_unique<SyncServer>();
    if (!m_server->start(options, &m_error)) {
        options.port = 0; // the old port is taken meanwhile: any free port
        m_server = std::make_unique<SyncServer>();
        if (!m_server->start(options, &m_error))
            return false;
    }
    m_http->setBaseUrl(m_server->baseUrl());
    return true;
}

QString TestServer::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QString();
}

quint16 TestServer::port() const
{
    return m_server ? m_server->port() : 0;
}

QString TestServer::dataDir() const
{
    return m_dir.path();
}

ServerOptions TestServer::options() const
{
    ServerOptions options;
    options.listenAddress = QHostAddress::LocalHost;
    options.port = 0;
    options.dataDir = m_dir.path();
    options.databaseUrl = m_databaseUrl;
    options.mailPollSeconds = 0;
    options.offerExpirySeconds = 0; // tests expire offers with their own clock (server().offerExpiry().runOnce())
    options.seedDemo = &DemoSeeder::seedInto;
    if (m_configure)
        m_configure(options);
    return options;
}

ServerStorage& TestServer::storage()
{
    return m_server->storage();
}

QString TestServer::createAccount(const QString& username, const QString& role, const QStringList& regions,
                                  const QString& password)
{
    Account account;
    account.username = username;
    account.role = role;
    account.regionIds = regions;
    AccountAdmin admin(storage());
    return admin.create(account, password, &m_error);
}

TestServer::Session TestServer::login(const QString& username, const QString& password)
{
    const HttpReply reply =
        m_http->post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("username"), username},
                                                            {QStringLiteral("password"), password},
                                                            {QStringLiteral("device"), QStringLiteral("test")}});
    Session session;
    if (reply.status != 200) {
        m_error = QStringLiteral("login %1 failed: %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
        return session;
    }
    session.accessToken = reply.json.value(QStringLiteral("access_token")).toString();
    session.refreshToken = reply.json.value(QStringLiteral("refresh_token")).toString();
    session.account = reply.json.value(QStringLiteral("account")).toObject();
    return session;
}

HttpReply TestServer::push(const QString& token, const QString& clientId, const QJsonArray& mutations)
{
    return m_http->post(QStringLiteral("/api/v1/sync/push"),
                        {{QStringLiteral("client_id"), clientId},
                         {QStringLiteral("schema_version"), 1},
                         {QStringLiteral("mutations"), mutations}},
                        token);
}

QVector<QJsonObject> TestServer::pullAll(const QString& token, int limit, bool* ok)
{
    QVector<QJsonObject> changes;
    QString cursor;
    for (int guard = 0; guard < 100000; ++guard) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        const HttpReply reply =
            m_http->get(QStringLiteral("/api/v1/sync/pull?") + query.toString(QUrl::FullyEncoded), token);
        if (reply.status != 200) {
            if (ok)
                *ok = false;
            return changes;
        }
        for (const QJsonValue& v : reply.json.value(QStringLiteral("changes")).toArray())
            changes.append(v.toObject());
        cursor = reply.json.value(QStringLiteral("cursor")).toString();
        if (!reply.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    if (ok)
        *ok = true;
    return changes;
}

QJsonObject TestServer::storedRow(const QString& table, const QString& id)
{
    const std::optional<StoredRow> row = storage().findRow(table, id);
    return row ? row->row : QJsonObject();
}

#include "NotifyClient.h"

#include "ApiClient.h"
#include "SyncLog.h"
#include "TlsTrust.h"
#include "protocol/ApiConstants.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>

NotifyClient::NotifyClient(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &NotifyClient::open);
    connect(&m_socket, &QWebSocket::connected, this, &NotifyClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &NotifyClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &NotifyClient::onMessage);
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        m_tlsRefusal = TlsTrust::describe(errors, m_socket.requestUrl().host());
        qCWarning(lcSync).noquote() << "notify channel: TLS verification of the server failed:" << m_tlsRefusal;
        emit tlsRefused(m_tlsRefusal);
    });
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            &NotifyClient::onSocketError);
    // A refresh that worked means the session lives again (e.g. refreshed by the next sync round).
    connect(&m_api, &ApiClient::tokensRotated, this, [this] {
        if (m_dormant && m_running) {
            m_dormant = false;
            open();
        }
    });
}

NotifyClient::~NotifyClient()
{
    // Closing the socket emits disconnected(); nothing may react to that while this object is going away.
    m_running = false;
    disconnect(&m_socket, nullptr, this, nullptr);
    m_socket.abort();
}

void NotifyClient::start()
{
    m_running = true;
    m_dormant = false;
    open();
}

void NotifyClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_socket.close();
}

QUrl NotifyClient::socketUrl() const
{
    QUrl url = m_api.server();
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QString::fromLatin1(Protocol::apiBase()) + QStringLiteral("/sync/notify"));
    return url;
}

void NotifyClient::open()
{
    if (!m_running || m_dormant || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_socket.setSslConfiguration(m_api.sslConfiguration());
    m_socket.open(socketUrl());
}

void NotifyClient::onConnected()
{
    // The token goes in the first message, not the URL, so it never lands in a proxy's access log.
    const QJsonObject auth{{QStringLiteral("type"), QStringLiteral("auth")},
                           {QStringLiteral("token"), m_api.accessToken()}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
    // Connected is not yet authenticated: the pauses reset and the pull runs once the server says "ready",
    // so a refused token keeps backing off and no commit can slip between the pull and the listening.
}

void NotifyClient::onDisconnected()
{
    const bool wasConnected = m_connected;
    m_connected = false;
    if (wasConnected)
        emit disconnected();
    if (!m_running)
        return;
    const int code = m_socket.closeCode();
    if (code == QWebSocketProtocol::CloseCodePolicyViolated) {
        onRefused();
        return;
    }
    if (code == Protocol::kNotifyCloseScopeChanged) {
        qCInfo(lcSync) << "notify channel closed: this account's scope changed";
        m_failures = 0; // the token is good: back at once, and the pull that follows resyncs
    }
    scheduleReconnect();
}

void NotifyClient::onRefused()
{
    // 1008: the server refused the token (expired, or the session was revoked, or the account disabled). One
    // authenticated request refreshes an expired token; only if it works is there a point in reconnecting.
    QPointer<NotifyClient> self(this);
    m_api.get(QStringLiteral("/me"), QUrlQuery(), [self](const ApiResult& me) {
        if (!self || !self->m_running)
            return;
        if (me.status != 401 && me.status != 403) {
            self->scheduleReconnect(); // refreshed, or a passing failure (network, 5xx): back off and retry
            return;
        }
        qCInfo(lcSync) << "notify channel stays closed: the server refused this session (" << me.status << ")";
        self->m_dormant = true;
    });
}

void NotifyClient::onSocketError()
{
    // A socket that failed before it ever connected (refused, unreachable, TLS refused) may not say disconnected():
    // the reconnect is planned here then (once: scheduleReconnect() keeps a planned one).
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        scheduleReconnect();
}

void NotifyClient::onMessage(const QString& message)
{
    const QJsonObject json = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = json.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("ready")) {
        m_connected = true;
        m_failures = 0;
        m_tlsRefusal.clear();
        qCInfo(lcSync) << "notify channel connected";
        emit reconnected();
    } else if (type == QLatin1String("poke")) {
        emit poked(json.value(QStringLiteral("seq")).toInteger());
    }
}

void NotifyClient::scheduleReconnect()
{
    if (!m_running || m_dormant || m_reconnect.isActive())
        return;
    // 1 s, 2 s, 4 s … up to 60 s, with jitter so a restarted server is not hit by every client at once.
    const int base = 1000 << qMin(m_failures, 6);
    ++m_failures;
    const int delay = qMin(base, 60000) / 2 + int(QRandomGenerator::global()->bounded(qMin(base, 60000) / 2 + 1));
    m_reconnect.start(delay);
}

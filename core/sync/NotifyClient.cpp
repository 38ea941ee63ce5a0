#include "NotifyClient.h"

#include "ApiClient.h"
#include "SyncLog.h"
#include "protocol/ApiConstants.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    if (!m_running || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_socket.open(socketUrl());
}

void NotifyClient::onConnected()
{
    // The token goes in the first message, not the URL, so it never lands in a proxy's access log.
    const QJsonObject auth{{QStringLiteral("type"), QStringLiteral("auth")},
                           {QStringLiteral("token"), m_api.accessToken()}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
    m_connected = true;
    m_failures = 0;
    qCInfo(lcSync) << "notify channel connected";
    emit reconnected();
}

void NotifyClient::onDisconnected()
{
    const bool wasConnected = m_connected;
    m_connected = false;
    if (wasConnected)
        emit disconnected();
    // 1008: the server refused the token (expired access token); the next attempt uses a fresh one,
    // which the API client obtains on its next request.
    if (m_socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated)
        m_api.get(QStringLiteral("/me"), QUrlQuery(), [](const ApiResult&) {});
    scheduleReconnect();
}

void NotifyClient::onMessage(const QString& message)
{
    const QJsonObject json = QJsonDocument::fromJson(message.toUtf8()).object();
    if (json.value(QStringLiteral("type")).toString() == QLatin1String("poke"))
        emit poked(json.value(QStringLiteral("seq")).toInteger());
}

void NotifyClient::scheduleReconnect()
{
    if (!m_running)
        return;
    // 1 s, 2 s, 4 s … up to 60 s, with jitter so a restarted server is not hit by every client at once.
    const int base = 1000 << qMin(m_failures, 6);
    ++m_failures;
    const int delay = qMin(base, 60000) / 2 + int(QRandomGenerator::global()->bounded(qMin(base, 60000) / 2 + 1));
    m_reconnect.start(delay);
}

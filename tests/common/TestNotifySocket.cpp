#include "TestNotifySocket.h"

#include <QJsonDocument>

TestNotifySocket::TestNotifySocket(const QString& baseUrl)
    : m_url(QString(baseUrl).replace(QStringLiteral("http://"), QStringLiteral("ws://")) +
            QStringLiteral("/api/v1/sync/notify"))
    , m_messages(&m_socket, &QWebSocket::textMessageReceived)
    , m_disconnected(&m_socket, &QWebSocket::disconnected)
{
}

bool TestNotifySocket::open(const QString& accessToken, int timeoutMs)
{
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(QUrl(m_url));
    if (!connected.wait(timeoutMs))
        return false;
    const QJsonObject auth{{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), accessToken}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
    return nextMessage(timeoutMs).value(QStringLiteral("type")).toString() == QLatin1String("ready");
}

QJsonObject TestNotifySocket::nextMessage(int timeoutMs)
{
    if (m_messages.isEmpty() && !m_messages.wait(timeoutMs))
        return QJsonObject();
    return QJsonDocument::fromJson(m_messages.takeFirst().at(0).toString().toUtf8()).object();
}

bool TestNotifySocket::waitForClose(int timeoutMs)
{
    return !m_disconnected.isEmpty() || m_disconnected.wait(timeoutMs);
}

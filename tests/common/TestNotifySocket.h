#pragma once

#include <QJsonObject>
#include <QSignalSpy>
#include <QString>
#include <QWebSocket>

// One notify WebSocket (WS /api/v1/sync/notify) as a test holds it: authenticates by the first message, as
// the client does, and tells what the server sent and how it closed the socket.
class TestNotifySocket
{
public:
    explicit TestNotifySocket(const QString& baseUrl);

    // Connects and authenticates; true once the server answered {"type":"ready"}.
    bool open(const QString& accessToken, int timeoutMs = 5000);
    // The next message from the server, or an empty object when none came in time.
    QJsonObject nextMessage(int timeoutMs = 5000);
    // Waits until the server closed the socket; false when it stayed open for timeoutMs.
    bool waitForClose(int timeoutMs = 15000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    int closeCode() const { return int(m_socket.closeCode()); }
    QString closeReason() const { return m_socket.closeReason(); }

private:
    QString m_url;
    QWebSocket m_socket;
    QSignalSpy m_messages;
    QSignalSpy m_disconnected;
};

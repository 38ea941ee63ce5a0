#include "ConnectionRouter.h"

#include <QTcpSocket>
#include <QTimer>
#include <QWebSocketServer>

namespace {
constexpr qint64 kMaxHeadBytes = 16 * 1024;
constexpr int kHeadTimeoutMs = 30000;
} // namespace

ConnectionRouter::ConnectionRouter(QWebSocketServer& webSockets, QObject* parent)
    : QTcpServer(parent)
    , m_webSockets(webSockets)
{
}

void ConnectionRouter::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A connection that never sends a request head is dropped.
    QTimer::singleShot(kHeadTimeoutMs, socket, [socket] {
        if (socket->property("routed").toBool() == false)
            socket->abort();
    });
}

bool ConnectionRouter::isWebSocketUpgrade(const QByteArray& head)
{
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed().toLower();
        if (trimmed.startsWith("upgrade:") && trimmed.contains("websocket"))
            return true;
    }
    return false;
}

void ConnectionRouter::inspect(QTcpSocket* socket)
{
    const QByteArray head = socket->peek(kMaxHeadBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 && head.size() < kMaxHeadBytes)
        return; // wait for the rest of the request head
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    disconnect(socket, &QTcpSocket::disconnected, socket, nullptr);
    socket->setProperty("routed", true);
    if (end >= 0 && isWebSocketUpgrade(head.left(end))) {
        socket->setParent(nullptr);
        m_webSockets.handleConnection(socket);
    } else {
        addPendingConnection(socket);
        emit newConnection();
    }
    emit socket->readyRead(); // the data is already buffered; let the new owner read it
}

#include "http/ConnectionRouter.h"

#include "http/HttpConnectionGuard.h"
#include "http/RequestHead.h"

#include "service/ServerLogging.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocketServer>

namespace {
constexpr int kHeadTimeoutMs = 30000;
// Qt moves everything the kernel holds into a socket's buffer before it tells anyone (the receive window
// can be tens of MiB); a small buffer lets the limits act on what arrived before much more is in memory.
constexpr qint64 kReadBufferBytes = 64 * 1024;
} // namespace

ConnectionRouter::ConnectionRouter(QWebSocketServer& webSockets, QObject* parent)
    : QTcpServer(parent)
    , m_webSockets(webSockets)
{
}

QTcpSocket* ConnectionRouter::wrap(qintptr descriptor)
{
    if (!m_tls) {
        auto* socket = new QTcpSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            return socket;
        delete socket;
        return nullptr;
    }
    auto* socket = new QSslSocket(this);
    socket->setSslConfiguration(*m_tls);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return nullptr;
    }
    // A failed handshake (a client that refused our certificate, or spoke plain HTTP) only closes this connection;
    // the log says why, without the peer's address.
    connect(socket, &QSslSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError error) {
        if (socket->isEncrypted())
            return; // routed by now: its new owner handles the error
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCInfo(lcServerHttp).noquote() << "TLS handshake failed:" << socket->errorString();
        socket->deleteLater(); // never routed: nobody else holds it
    });
    socket->startServerEncryption();
    return socket;
}

void ConnectionRouter::incomingConnection(qintptr descriptor)
{
    QTcpSocket* socket = wrap(descriptor);
    if (!socket)
        return;
    // With TLS this bounds the decrypted bytes; readyRead comes only for those, once the handshake is done.
    socket->setReadBufferSize(kReadBufferBytes);
    // An answer goes out as its head and then its body: with Nagle's algorithm the body waited for the client's
    // delayed acknowledgement of the head, up to 40 ms per request (most of a push round trip, docs/PERFORMANCE.md).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A connection that never completes its handshake or sends a request head is dropped.
    QTimer::singleShot(kHeadTimeoutMs, socket, [socket] {
        if (socket->property("routed").toBool() == false)
            socket->abort();
    });
}

void ConnectionRouter::inspect(QTcpSocket* socket)
{
    const QByteArray peeked = socket->peek(RequestHead::kMaxBytes);
    const qsizetype end = RequestHead::endOf(peeked);
    if (end < 0 && peeked.size() < RequestHead::kMaxBytes)
        return; // wait for the rest of the request head
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    disconnect(socket, &QTcpSocket::disconnected, socket, nullptr);
    socket->setProperty("routed", true);
    RequestHead head;
    // An upgrade with a body is no WebSocket handshake: HTTP answers it (and the guard judges its head).
    if (end >= 0 && head.parse(peeked.left(end)) && head.isWebSocketUpgrade() && !head.hasBody())
        toWebSocket(socket);
    else
        toHttp(socket);
}

void ConnectionRouter::toWebSocket(QTcpSocket* socket)
{
    socket->setParent(nullptr);
    m_webSockets.handleConnection(socket);
    emit socket->readyRead(); // the data is already buffered; let the new owner read it
}

void ConnectionRouter::toHttp(QTcpSocket* socket)
{
    // The guard must see every readyRead before Qt HttpServer reads: it connects first.
    auto* guard = new HttpConnectionGuard(socket);
    addPendingConnection(socket);
    emit newConnection(); // Qt HttpServer takes the socket and connects its reader
    guard->watchServer();
    emit socket->readyRead(); // the data is already buffered; let the guard and Qt read it
}

#include "http/HttpConnectionGuard.h"

#include "http/ApiReply.h"
#include "http/RequestHead.h"
#include "protocol/ApiConstants.h"
#include "service/ServerLogging.h"

#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace {

// How long a refused connection still swallows what the client sends before it is closed for good.
constexpr int kLingerMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    }
    return "Error";
}

} // namespace

HttpConnectionGuard::HttpConnectionGuard(QTcpSocket* socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnectionGuard::beforeServerReads);
}

void HttpConnectionGuard::watchServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnectionGuard::afterServerRead);
}

void HttpConnectionGuard::beforeServerReads()
{
    const qint64 available = m_socket->bytesAvailable();
    const qint64 arrived = available - m_unread;
    m_unread = available;
    if (arrived <= 0 || m_phase == Phase::Closing)
        return;
    if (m_phase == Phase::Head)
        takeHead(arrived);
    else
        countBody(arrived);
}

void HttpConnectionGuard::afterServerRead()
{
    if (m_phase == Phase::Closing)
        return;
    if (!m_socket->isTransactionStarted()) {
        // Qt answered a complete request: the next byte starts a new head.
        m_phase = Phase::Head;
        m_head.clear();
        m_bodyBytes = 0;
    } else {
        // Qt keeps every byte of a request in the socket's transaction until it is complete, beside the body
        // it has already parsed out of them: twice the memory. It only rolls the transaction back to hand an
        // upgrade to its own WebSocket server, which HttpFrontend never uses (ConnectionRouter routes
        // upgrades first), so what it has read can go.
        m_socket->commitTransaction();
        m_socket->startTransaction();
    }
    m_unread = m_socket->bytesAvailable();
}

void HttpConnectionGuard::takeHead(qint64 arrived)
{
    const qint64 wanted = qMin(arrived, RequestHead::kMaxBytes + 1 - m_head.size());
    const qsizetype before = m_head.size();
    m_head += m_socket->peek(m_unread).mid(m_unread - arrived, wanted);
    const qsizetype end = RequestHead::endOf(m_head);
    if (end < 0 || end > RequestHead::kMaxBytes) {
        if (m_head.size() > RequestHead::kMaxBytes)
            refuse(431, QStringLiteral("too_large"), QStringLiteral("The request head may be at most 16 KiB."));
        return;
    }
    RequestHead head;
    if (!head.parse(m_head.left(end))) {
        refuse(400, QStringLiteral("malformed"), QStringLiteral("Malformed request head: %1.").arg(head.error()));
        return;
    }
    if (head.contentLength() > Protocol::kMaxRequestBytes) {
        refuse(413, QStringLiteral("too_large"), QStringLiteral("Requests may be at most 8 MiB."));
        return;
    }
    m_phase = Phase::Body;
    m_head.clear();
    m_bodyBytes = 0;
    countBody(arrived - (end - before));
}

void HttpConnectionGuard::countBody(qint64 bytes)
{
    m_bodyBytes += bytes;
    if (m_bodyBytes > Protocol::kMaxRequestBytes)
        refuse(413, QStringLiteral("too_large"), QStringLiteral("Requests may be at most 8 MiB."));
}

void HttpConnectionGuard::refuse(int status, const QString& code, const QString& message)
{
    m_phase = Phase::Closing;
    // Qt HttpServer (and this guard's own readers) get nothing more of this connection.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    const QByteArray body = QJsonDocument(ApiReply::error(status, code, message).body).toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                    "\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nConnection: close"
                    "\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    qCInfo(lcServerHttp).noquote() << "refused a request before reading it:" << status << code;
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnectionGuard::discardInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnectionGuard::shutdownWhenSent);
    if (auto* tls = qobject_cast<QSslSocket*>(m_socket))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &HttpConnectionGuard::shutdownWhenSent);
    QTimer::singleShot(kLingerMs, this, [this] { m_socket->abort(); });
    discardInput();
}

void HttpConnectionGuard::discardInput()
{
    m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnectionGuard::shutdownWhenSent()
{
    if (m_shutDown || m_socket->bytesToWrite() > 0)
        return;
    // Over TLS the answer is sent only once its encrypted bytes have left as well.
    if (auto* tls = qobject_cast<QSslSocket*>(m_socket); tls && tls->encryptedBytesToWrite() > 0)
        return;
    // The answer is out: tell the client we are done (FIN) while still reading, so it sees the answer and
    // then the end of the connection rather than a reset for the body it is still sending.
    m_shutDown = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

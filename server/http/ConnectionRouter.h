#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;
class QWebSocketServer;

// The listening socket of the server. It reads the head of the first request of every connection
// (RequestHead): WebSocket upgrades go to the QWebSocketServer (the notify channel), everything else to the
// HTTP server bound to this QTcpServer, watched by an HttpConnectionGuard that holds the size limits of
// docs/PROTOCOL.md ("Input limits") before Qt reads a body. (QAbstractHttpServer of Qt 6.4 answers upgrade
// requests as plain HTTP, and reads whole bodies before any handler runs, so both happen here.)
//
// With TLS (--tls-cert/--tls-key, docs/PROTOCOL.md "Transport") every connection is a QSslSocket that starts
// the server side of the handshake at once; the head is read from the decrypted stream, so HTTPS and WSS share
// the port exactly as HTTP and WS do.
class ConnectionRouter : public QTcpServer
{
    Q_OBJECT
public:
    ConnectionRouter(QWebSocketServer& webSockets, QObject* parent = nullptr);
    // From now on every connection is TLS with this (server-side) configuration.
    void setTls(const QSslConfiguration& configuration) { m_tls = configuration; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QTcpSocket* wrap(qintptr descriptor);
    void inspect(QTcpSocket* socket);
    void toWebSocket(QTcpSocket* socket);
    void toHttp(QTcpSocket* socket);

    QWebSocketServer& m_webSockets;
    std::optional<QSslConfiguration> m_tls;
};

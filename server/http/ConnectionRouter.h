#pragma once

#include <QTcpServer>

class QTcpSocket;
class QWebSocketServer;

// The listening socket of the server. It reads the head of the first request of every connection
// (RequestHead): WebSocket upgrades go to the QWebSocketServer (the notify channel), everything else to the
// HTTP server bound to this QTcpServer, watched by an HttpConnectionGuard that holds the size limits of
// docs/PROTOCOL.md ("Input limits") before Qt reads a body. (QAbstractHttpServer of Qt 6.4 answers upgrade
// requests as plain HTTP, and reads whole bodies before any handler runs, so both happen here.)
class ConnectionRouter : public QTcpServer
{
    Q_OBJECT
public:
    ConnectionRouter(QWebSocketServer& webSockets, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void inspect(QTcpSocket* socket);
    void toWebSocket(QTcpSocket* socket);
    void toHttp(QTcpSocket* socket);

    QWebSocketServer& m_webSockets;
};

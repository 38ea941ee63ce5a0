#pragma once

#include <QTcpServer>

class QTcpSocket;
class QWebSocketServer;

// The listening socket of the server. It peeks at the first request of every connection: WebSocket
// upgrades go to the QWebSocketServer (the notify channel), everything else to the HTTP server bound to
// this QTcpServer. (QAbstractHttpServer of Qt 6.4 answers upgrade requests as plain HTTP, so the split
// happens here.)
class ConnectionRouter : public QTcpServer
{
    Q_OBJECT
public:
    ConnectionRouter(QWebSocketServer& webSockets, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void inspect(QTcpSocket* socket);
    static bool isWebSocketUpgrade(const QByteArray& head);

    QWebSocketServer& m_webSockets;
};

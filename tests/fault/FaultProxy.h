#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

// A TCP proxy between a client and the server that can cut a connection at the worst moment: after the
// server has received (and committed) a push, before its answer reaches the client.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    FaultProxy(quint16 upstreamPort, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // The next N answers to POST /api/v1/sync/push are swallowed and the client's connection is cut.
    void cutPushResponses(int count) { m_cutsLeft = count; }
    int cutsDone() const { return m_cutsDone; }

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    int m_cutsLeft = 0;
    int m_cutsDone = 0;
};

#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

// A TCP proxy between a client and the server that can cut a connection at the worst moment: after the
// server has received (and committed) a push, before its answer reaches the client; or in the middle of
// any answer, after a given number of bytes.
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
    // The connection that carries answer byte N+1 (counted from now, over all connections) gets the first
    // bytes of that answer and is then cut: half a login, push result or pull page arrives.
    void cutAfterBytes(qint64 bytes) { m_cutAtByte = m_bytesDown + bytes; }
    int byteCutsDone() const { return m_byteCutsDone; }
    void clearFaults();
    // Observed traffic, so a test can act at a chosen point: pushes sent to the server, push answers
    // that came back from it (the server has committed them), answer bytes passed on to clients.
    int pushRequests() const { return m_pushRequests; }
    int pushAnswers() const { return m_pushAnswers; }
    qint64 bytesDown() const { return m_bytesDown; }

private:
    void onNewConnection();
    // Passes one chunk of an answer on to the client, or cuts the connection.
    void forwardDown(QTcpSocket* client, bool* pushPending, const QByteArray& data);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    int m_cutsLeft = 0;
    int m_cutsDone = 0;
    qint64 m_cutAtByte = -1;
    int m_byteCutsDone = 0;
    int m_pushRequests = 0;
    int m_pushAnswers = 0;
    qint64 m_bytesDown = 0;
};

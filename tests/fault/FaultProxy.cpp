#include "FaultProxy.h"

FaultProxy::FaultProxy(quint16 upstreamPort, QObject* parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::clearFaults()
{
    m_cutsLeft = 0;
    m_cutAtByte = -1;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        auto* pushPending = new bool(false);
        connect(client, &QObject::destroyed, this, [pushPending]() { delete pushPending; });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, pushPending]() {
            const QByteArray data = client->readAll();
            if (data.contains("POST /api/v1/sync/push")) {
                *pushPending = true;
                ++m_pushRequests;
            }
            if (upstream->state() != QAbstractSocket::ConnectedState)
                upstream->waitForConnected(2000);
            upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [this, client, upstream, pushPending]() { forwardDown(client, pushPending, upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    }
}

void FaultProxy::forwardDown(QTcpSocket* client, bool* pushPending, const QByteArray& data)
{
    if (*pushPending && m_cutsLeft > 0) {
        // The server has answered, so it has committed: the answer is lost on the way back.
        --m_cutsLeft;
        ++m_cutsDone;
        client->abort();
        client->deleteLater();
        return;
    }
    if (*pushPending)
        ++m_pushAnswers;
    *pushPending = false;
    if (m_cutAtByte >= 0 && m_bytesDown + data.size() > m_cutAtByte) {
        // Only the head of this answer gets through; the rest is lost with the connection.
        client->write(data.left(m_cutAtByte - m_bytesDown));
        client->flush();
        m_bytesDown = m_cutAtByte;
        m_cutAtByte = -1;
        ++m_byteCutsDone;
        client->abort();
        client->deleteLater();
        return;
    }
    m_bytesDown += data.size();
    client->write(data);
}

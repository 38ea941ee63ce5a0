#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

// Watches the raw bytes of one HTTP connection while Qt HttpServer 6.4 serves it, and cuts a request off
// before its body is in memory (docs/PROTOCOL.md "Input limits"). Qt buffers a whole request before any
// handler of ours sees it, so the limits can only hold here, on the socket:
//
// - each request head is read as it arrives (RequestHead): malformed is 400, longer than 16 KiB is 431,
//   a Content-Length over 8 MiB is 413 at once, without reading the body;
// - the bytes after the head are counted until Qt answers the request; past 8 MiB (a chunked body, or
//   anything sent beyond a declared length) the connection gets 413 right then.
//
// A request counts as answered when Qt has committed the socket transaction it keeps per request: it
// commits only a complete request and HttpFrontend answers it before returning. So the count runs from
// the first byte after the previous answer, which also holds for a keep-alive connection.
//
// It gets readyRead before Qt HttpServer does (to count and check what arrived) and after it (to learn
// what Qt read and whether it answered). A refusal writes the JSON error, stops Qt from reading further,
// and closes the connection gracefully: it shuts down its sending side and discards whatever the client
// still sends, for a short while, so the client reads the answer instead of a connection reset.
class HttpConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Becomes a child of the socket; connect it before Qt HttpServer takes the socket.
    explicit HttpConnectionGuard(QTcpSocket* socket);

    // Call once Qt HttpServer has connected its reader: from then on the guard also sees what it read.
    void watchServer();

private:
    enum class Phase { Head, Body, Closing };

    void beforeServerReads();
    void afterServerRead();
    void takeHead(qint64 arrived);
    void countBody(qint64 bytes);
    void refuse(int status, const QString& code, const QString& message);
    void discardInput();
    void shutdownWhenSent();

    QTcpSocket* m_socket;
    Phase m_phase = Phase::Head;
    QByteArray m_head;      // what arrived of the current request's head
    qint64 m_bodyBytes = 0; // bytes after the current request's head, until it is answered
    qint64 m_unread = 0;    // bytes Qt HttpServer left in the socket at its last read
    bool m_shutDown = false;
};

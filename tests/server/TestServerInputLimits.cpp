#include "protocol/ApiConstants.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

// The size limits of docs/PROTOCOL.md ("Input limits") against the real opvangloket-server process: raw
// sockets send what a careless or hostile client could (a 200 MiB body, an endless chunked body, a 64 MiB
// WebSocket frame before authentication), and the server's peak memory (VmHWM in /proc) may grow by no more
// than the 8 MiB limit and a margin meanwhile. Dialect-independent: it runs on SQLite only.
class TestServerInputLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hugeContentLengthIsRefusedUnread();
    void endlessChunkedBodyIsCutOff();
    void hugeWebSocketFrameClosesTheSocket();
    void malformedHeadIsBadRequest_data();
    void malformedHeadIsBadRequest();
    void oversizedSecondRequestOnAKeepAliveConnection();
    void chunkedBodyUnderTheLimitIsServed();

private:
    struct Answer {
        QByteArray bytes;
        bool closed = false;
        qint64 bodySent = 0; // bytes sent after the head before the server answered or closed
    };

    qint64 peakBytes() const;
    // The server's peak memory grew by less than the limit and the margin since it was `before`.
    bool peakGrewLittle(qint64 before) const;
    QTcpSocket* connectRaw();
    // Writes head, then body pieces made by next(i) until the server answers or closes, or total bytes went.
    // refusedHead: the server should answer the head alone; it gets a moment to, before the body goes.
    Answer send(QTcpSocket& socket, const QByteArray& head, qint64 total, const std::function<QByteArray(qint64)>& next,
                bool refusedHead = false);
    // Reads until the server closes (or has sent a whole HTTP answer, when keepAlive) and returns it all.
    static QByteArray readAnswer(QTcpSocket& socket, bool keepAlive = false);
    static int status(const QByteArray& answer);
    static QString errorCode(const QByteArray& answer);

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    std::unique_ptr<QTcpSocket> m_socket;
};

namespace {
constexpr qint64 kMiB = 1024 * 1024;
// What may come on top of the limit: Qt's buffers and the allocator's slack.
constexpr qint64 kMargin = 4 * kMiB;

QByteArray filler(qint64 size)
{
    return QByteArray(size, 'x');
}
} // namespace

void TestServerInputLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server.start(QStringLiteral(OPVANGLOKET_SERVER_BINARY),
                   {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), m_dir.path()});
    QVERIFY2(m_server.waitForStarted(), qPrintable(m_server.errorString()));
    const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    while (m_port == 0 && m_server.waitForReadyRead(60000)) {
        out += m_server.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch())
            m_port = quint16(match.captured(1).toUInt());
    }
    QVERIFY2(m_port != 0, out.constData());
}

void TestServerInputLimits::cleanupTestCase()
{
    m_server.terminate();
    if (!m_server.waitForFinished(10000))
        m_server.kill();
}

qint64 TestServerInputLimits::peakBytes() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_server.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong() * 1024;
}

bool TestServerInputLimits::peakGrewLittle(qint64 before) const
{
    const qint64 growth = peakBytes() - before;
    qInfo("the server's peak memory grew by %.1f MiB", double(growth) / kMiB);
    return before > 0 && growth < Protocol::kMaxRequestBytes + kMargin;
}

QTcpSocket* TestServerInputLimits::connectRaw()
{
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket->waitForConnected(10000) ? m_socket.get() : nullptr;
}

TestServerInputLimits::Answer TestServerInputLimits::send(QTcpSocket& socket, const QByteArray& head, qint64 total,
                                                          const std::function<QByteArray(qint64)>& next,
                                                          bool refusedHead)
{
    Answer answer;
    socket.write(head);
    socket.waitForBytesWritten(10000);
    if (refusedHead)
        socket.waitForReadyRead(3000); // answered in milliseconds; a server without the limits never answers
    for (qint64 i = 0; answer.bodySent < total; ++i) {
        // Taken at once: a write failing on the reset of a closed connection would drop what was read.
        answer.bytes += socket.readAll();
        if (!answer.bytes.isEmpty() || socket.state() != QAbstractSocket::ConnectedState)
            break;
        const QByteArray piece = next(i);
        socket.write(piece);
        if (!socket.waitForBytesWritten(10000))
            break;
        answer.bodySent += piece.size();
    }
    answer.bytes += readAnswer(socket);
    answer.closed = socket.state() != QAbstractSocket::ConnectedState;
    return answer;
}

QByteArray TestServerInputLimits::readAnswer(QTcpSocket& socket, bool keepAlive)
{
    QByteArray bytes = socket.readAll();
    while (socket.state() == QAbstractSocket::ConnectedState) {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"));
        const qint64 bodySize = length.match(QString::fromLatin1(bytes.left(end))).captured(1).toLongLong();
        if (keepAlive && end >= 0 && bytes.size() >= end + 4 + bodySize)
            break;
        if (!socket.waitForReadyRead(10000))
            break;
        bytes += socket.readAll();
    }
    return bytes + socket.readAll();
}

int TestServerInputLimits::status(const QByteArray& answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

QString TestServerInputLimits::errorCode(const QByteArray& answer)
{
    const QJsonObject body = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

// A declared 200 MiB body is refused from the head alone: 413 before a byte of it was sent, and closed.
void TestServerInputLimits::hugeContentLengthIsRefusedUnread()
{
    const qint64 before = peakBytes();
    QTcpSocket* socket = connectRaw();
    QVERIFY(socket);
    const qint64 size = 200 * kMiB;
    const Answer answer = send(
        *socket,
        "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: " +
            QByteArray::number(size) + "\r\n\r\n",
        size, [](qint64) { return filler(kMiB); }, true);
    QVERIFY(peakGrewLittle(before));
    QCOMPARE(status(answer.bytes), 413);
    QCOMPARE(errorCode(answer.bytes), QStringLiteral("too_large"));
    QCOMPARE(answer.bodySent, 0);
    QVERIFY(answer.closed);
}

// A chunked body has no length up front: it is cut off once more than 8 MiB of it arrived.
void TestServerInputLimits::endlessChunkedBodyIsCutOff()
{
    const qint64 before = peakBytes();
    QTcpSocket* socket = connectRaw();
    QVERIFY(socket);
    const QByteArray chunk = "10000\r\n" + filler(0x10000) + "\r\n";
    const Answer answer =
        send(*socket, "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", 200 * kMiB,
             [&chunk](qint64) { return chunk; });
    QVERIFY(peakGrewLittle(before));
    QCOMPARE(status(answer.bytes), 413);
    QCOMPARE(errorCode(answer.bytes), QStringLiteral("too_large"));
    QVERIFY(answer.closed);
    QVERIFY(answer.bodySent < 200 * kMiB);
}

// Before authentication the notify socket takes a few KiB at most: a frame announcing 64 MiB is answered
// with close code 1009 (too big) from its header on, before its payload is sent.
void TestServerInputLimits::hugeWebSocketFrameClosesTheSocket()
{
    const qint64 before = peakBytes();
    QTcpSocket* socket = connectRaw();
    QVERIFY(socket);
    socket->write("GET /api/v1/sync/notify HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    const QByteArray handshake = readAnswer(*socket, true);
    QVERIFY2(handshake.startsWith("HTTP/1.1 101"), handshake.constData());
    const qint64 size = 64 * kMiB;
    QByteArray header("\x81\xff", 2); // a final text frame, masked, 64-bit length
    for (int shift = 56; shift >= 0; shift -= 8)
        header.append(char((size >> shift) & 0xff));
    header.append("abcd", 4); // masking key
    const Answer answer = send(
        *socket, header, size, [](qint64) { return filler(kMiB); }, true);
    QVERIFY(peakGrewLittle(before));
    QVERIFY(answer.closed);
    // The close frame: 0x88, its length, then the close code 1009 (0x03f1).
    QVERIFY2(answer.bytes.startsWith(QByteArray("\x88", 1)) && answer.bytes.mid(2, 2) == QByteArray("\x03\xf1", 2),
             qPrintable(QStringLiteral("closed %1 sent %2 got %3")
                            .arg(answer.closed)
                            .arg(answer.bodySent)
                            .arg(QString::fromLatin1(answer.bytes.toHex()))));
    QCOMPARE(answer.bodySent, 0);
}

void TestServerInputLimits::malformedHeadIsBadRequest_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("expected");
    QTest::newRow("two Content-Lengths") << QByteArray(
                                                "POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")
                                         << 400;
    QTest::newRow("negative Content-Length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("Content-Length overflow")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n") << 400;
    QTest::newRow("chunked and a length")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n") << 400;
    QTest::newRow("folded field") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n") << 400;
    QTest::newRow("head over 16 KiB") << "GET / HTTP/1.1\r\nX-A: " + filler(20000) + "\r\n\r\n" << 431;
}

void TestServerInputLimits::malformedHeadIsBadRequest()
{
    QFETCH(QByteArray, head);
    QFETCH(int, expected);
    QTcpSocket* socket = connectRaw();
    QVERIFY(socket);
    socket->write(head);
    const QByteArray answer = readAnswer(*socket);
    QCOMPARE(status(answer), expected);
    QVERIFY(socket->state() != QAbstractSocket::ConnectedState);
}

// Every request of a keep-alive connection is judged: after a small one was answered, the next one's
// Content-Length over the limit is refused at once.
void TestServerInputLimits::oversizedSecondRequestOnAKeepAliveConnection()
{
    QTcpSocket* socket = connectRaw();
    QVERIFY(socket);
    socket->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(status(readAnswer(*socket, true)), 200);
    QVERIFY(socket->state() == QAbstractSocket::ConnectedState);
    const Answer answer = send(
        *socket, "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 9000000\r\n\r\n", 9000000,
        [](qint64) { return filler(kMiB); }, true);
    QCOMPARE(status(answer.bytes), 413);
    QCOMPARE(answer.bodySent, 0);
}

// Under the limit a chunked body is Qt's to read as before, and the connection serves the next request.
void TestServerInputLimits::chunkedBodyUnderTheLimitIsServed()
{
    QTcpSocket* socket = connectRaw();
    QVERIFY(socket);
    socket->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "10000\r\n" + filler(0x10000) + "\r\n";
    for (int i = 0; i < 100; ++i) // 6.25 MiB
        socket->write(chunk);
    socket->write("0\r\n\r\n");
    const QByteArray answer = readAnswer(*socket, true);
    QCOMPARE(status(answer), 400); // not JSON: the handler read it
    socket->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(status(readAnswer(*socket, true)), 200);
}

QTEST_GUILESS_MAIN(TestServerInputLimits)
#include "TestServerInputLimits.moc"

#include "http/RequestHead.h"

#include <QtTest>

// RequestHead on its own: where a head ends as bytes arrive, what it accepts, and every way a size could
// slip past the limits (docs/PROTOCOL.md "Input limits").
class TestRequestHead : public QObject
{
    Q_OBJECT

private slots:
    void endIsTheFirstEmptyLine();
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void canonicalFormParsesTheSame();
};

void TestRequestHead::endIsTheFirstEmptyLine()
{
    const QByteArray head = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
    QCOMPARE(RequestHead::endOf(head + "body\r\n\r\n"), head.size());
    QCOMPARE(RequestHead::endOf(head.left(head.size() - 1)), -1);
    QCOMPARE(RequestHead::endOf("GET / HTTP/1.1\nHost: x\n\nbody"), 24);
    QCOMPARE(RequestHead::endOf("GET / HTTP/1.1\r\nHost: x\r\n"), -1);
}

void TestRequestHead::parses_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<bool>("upgrade");
    QTest::newRow("get") << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n") << qint64(-1) << false
                         << false;
    QTest::newRow("length") << QByteArray("POST /p HTTP/1.1\r\ncontent-length:  42 \r\n\r\n") << qint64(42) << false
                            << false;
    QTest::newRow("same length twice") << QByteArray(
                                              "POST /p HTTP/1.1\r\nContent-Length: 7, 7\r\nContent-Length: 7\r\n\r\n")
                                       << qint64(7) << false << false;
    QTest::newRow("chunked") << QByteArray("POST /p HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n") << qint64(-1)
                             << true << false;
    QTest::newRow("websocket") << QByteArray("GET /n HTTP/1.1\r\nUpgrade: h2c, WebSocket\r\n\r\n") << qint64(-1)
                               << false << true;
    QTest::newRow("bare LF lines") << QByteArray("POST /p HTTP/1.0\nContent-Length: 3\n\n") << qint64(3) << false
                                   << false;
}

void TestRequestHead::parses()
{
    QFETCH(QByteArray, head);
    QFETCH(qint64, length);
    QFETCH(bool, chunked);
    QFETCH(bool, upgrade);
    RequestHead parsed;
    QVERIFY2(parsed.parse(head), qPrintable(parsed.error()));
    QCOMPARE(parsed.contentLength(), length);
    QCOMPARE(parsed.isChunked(), chunked);
    QCOMPARE(parsed.isWebSocketUpgrade(), upgrade);
}

void TestRequestHead::refuses_data()
{
    QTest::addColumn<QByteArray>("head");
    const QByteArray line = "POST /p HTTP/1.1\r\n";
    QTest::newRow("conflicting lengths") << line + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n";
    QTest::newRow("conflicting list") << line + "Content-Length: 5, 6\r\n\r\n";
    QTest::newRow("negative length") << line + "Content-Length: -5\r\n\r\n";
    QTest::newRow("signed length") << line + "Content-Length: +5\r\n\r\n";
    QTest::newRow("empty length") << line + "Content-Length:\r\n\r\n";
    QTest::newRow("hex length") << line + "Content-Length: 0x10\r\n\r\n";
    QTest::newRow("overflowing length") << line + "Content-Length: 9223372036854775808\r\n\r\n";
    QTest::newRow("chunked and length") << line + "Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n";
    QTest::newRow("gzip coding") << line + "Transfer-Encoding: gzip, chunked\r\n\r\n";
    QTest::newRow("chunked twice") << line + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("chunked in 1.0") << QByteArray("POST /p HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::newRow("space before colon") << line + "Content-Length : 5\r\n\r\n";
    QTest::newRow("folded") << line + "X-A: 1\r\n 2\r\n\r\n";
    QTest::newRow("bare CR") << line + "X-A: 1\r2\r\n\r\n";
    QTest::newRow("control in value") << line + QByteArray("X-A: 1\x01\r\n\r\n");
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n");
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n");
    QTest::newRow("empty request line") << QByteArray("\r\n\r\n");
    QTest::newRow("too long") << "GET / HTTP/1.1\r\nX-A: " + QByteArray(RequestHead::kMaxBytes, 'a') + "\r\n\r\n";
}

void TestRequestHead::refuses()
{
    QFETCH(QByteArray, head);
    RequestHead parsed;
    QVERIFY(!parsed.parse(head));
    QVERIFY(!parsed.error().isEmpty());
}

void TestRequestHead::canonicalFormParsesTheSame()
{
    RequestHead head;
    QVERIFY(head.parse("PUT /x?a=1 HTTP/1.0\nA:1\nContent-Length:\t12 \n\n"));
    QCOMPARE(head.toBytes(), QByteArray("PUT /x?a=1 HTTP/1.0\r\nA: 1\r\nContent-Length: 12\r\n\r\n"));
    RequestHead again;
    QVERIFY(again.parse(head.toBytes()));
    QCOMPARE(again.fields(), head.fields());
    QCOMPARE(again.contentLength(), 12);
}

QTEST_GUILESS_MAIN(TestRequestHead)
#include "TestRequestHead.moc"

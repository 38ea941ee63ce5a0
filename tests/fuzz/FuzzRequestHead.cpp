#include "FuzzTargets.h"

#include "http/RequestHead.h"

#include <QByteArray>

namespace {

bool same(const RequestHead& a, const RequestHead& b)
{
    return a.method() == b.method() && a.target() == b.target() && a.version() == b.version() &&
           a.fields() == b.fields() && a.contentLength() == b.contentLength() && a.isChunked() == b.isChunked() &&
           a.isWebSocketUpgrade() == b.isWebSocketUpgrade();
}

// The guard looks for the end of a head as bytes trickle in: the end must be the first one, and more bytes
// after it must not move it.
void checkEnd(const QByteArray& bytes, qsizetype end)
{
    FUZZ_CHECK(end >= 2 && end <= bytes.size());
    FUZZ_CHECK(RequestHead::endOf(bytes.left(end - 1)) < 0);
    FUZZ_CHECK(RequestHead::endOf(bytes + QByteArrayLiteral("\r\n\r\nGET / HTTP/1.1\r\n\r\n")) == end);
}

void checkParsed(const RequestHead& head)
{
    FUZZ_CHECK(head.contentLength() >= -1);
    FUZZ_CHECK(!(head.isChunked() && head.contentLength() >= 0));
    FUZZ_CHECK(head.hasBody() == (head.isChunked() || head.contentLength() > 0));
    FUZZ_CHECK(!head.method().isEmpty() && !head.target().isEmpty());
    FUZZ_CHECK(head.version() == "HTTP/1.1" || head.version() == "HTTP/1.0");
    const QByteArray canonical = head.toBytes();
    if (canonical.size() > RequestHead::kMaxBytes)
        return; // "Name: value" and CRLF may make a head near the limit a little longer
    FUZZ_CHECK(RequestHead::endOf(canonical) == canonical.size());
    RequestHead again;
    FUZZ_CHECK(again.parse(canonical));
    FUZZ_CHECK(same(head, again));
    FUZZ_CHECK(again.toBytes() == canonical);
}

} // namespace

int FuzzTargets::requestHead(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype end = RequestHead::endOf(bytes);
    RequestHead head;
    if (end < 0) {
        FUZZ_CHECK(!head.parse(bytes)); // without its empty line nothing is a head
        return 0;
    }
    checkEnd(bytes, end);
    if (head.parse(bytes.left(end)))
        checkParsed(head);
    else
        FUZZ_CHECK(!head.error().isEmpty());
    return 0;
}

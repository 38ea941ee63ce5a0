#include "http/RequestHead.h"

#include <limits>

namespace {

// RFC 9110 token characters (method, field names, transfer codings).
bool isTokenChar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// A field value may hold visible characters, spaces, tabs and bytes above 0x7F; never other controls.
bool isFieldValue(const QByteArray& text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7F)
            return false;
    }
    return true;
}

// A request target of visible ASCII only (clients percent-encode the rest).
bool isTarget(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F)
            return false;
    }
    return true;
}

QByteArray trimmedOws(const QByteArray& text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && (text.at(from) == ' ' || text.at(from) == '\t'))
        ++from;
    while (to > from && (text.at(to - 1) == ' ' || text.at(to - 1) == '\t'))
        --to;
    return text.mid(from, to - from);
}

// The elements of a comma-separated field value, each without surrounding whitespace.
QList<QByteArray> listElements(const QByteArray& value)
{
    QList<QByteArray> elements;
    for (const QByteArray& part : value.split(','))
        elements.append(trimmedOws(part));
    return elements;
}

} // namespace

qsizetype RequestHead::endOf(const QByteArray& data)
{
    for (qsizetype i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1)) {
        if (i + 1 < data.size() && data.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < data.size() && data.at(i + 1) == '\r' && data.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

bool RequestHead::fail(const char* why)
{
    m_error = QString::fromLatin1(why);
    return false;
}

bool RequestHead::parse(const QByteArray& head)
{
    *this = RequestHead();
    if (head.size() > kMaxBytes)
        return fail("the request head is longer than 16 KiB");
    if (endOf(head) != head.size())
        return fail("the request head does not end in an empty line");
    QList<QByteArray> lines = head.split('\n');
    lines.removeLast(); // after the final LF
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return fail("a line holds a bare carriage return");
    }
    lines.removeLast(); // the empty line
    if (lines.isEmpty() || !parseRequestLine(lines.first()))
        return m_error.isEmpty() ? fail("the request line is missing") : false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!parseField(lines.at(i)))
            return false;
    }
    return checkFraming();
}

bool RequestHead::parseRequestLine(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return fail("the request line is not \"METHOD target HTTP/1.1\"");
    if (!isToken(parts.at(0)))
        return fail("the method is not a token");
    if (!isTarget(parts.at(1)))
        return fail("the request target is empty or holds characters that must be percent-encoded");
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")
        return fail("only HTTP/1.0 and HTTP/1.1 are spoken here");
    m_method = parts.at(0);
    m_target = parts.at(1);
    m_version = parts.at(2);
    return true;
}

bool RequestHead::parseField(const QByteArray& line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail("a header field is folded over several lines");
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.left(colon)))
        return fail("a header field has no valid name"); // also "Name :" (whitespace before the colon)
    const QByteArray value = trimmedOws(line.mid(colon + 1));
    if (!isFieldValue(value))
        return fail("a header field value holds control characters");
    const QByteArray name = line.left(colon);
    m_fields.append({name, value});
    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
        return parseContentLength(value);
    if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
        return parseTransferEncoding(value);
    return true;
}

bool RequestHead::parseContentLength(const QByteArray& value)
{
    // "42", and also "42, 42" or a second "Content-Length: 42" (RFC 9110 §8.6); never two different lengths.
    for (const QByteArray& element : listElements(value)) {
        if (element.isEmpty())
            return fail("Content-Length is empty");
        qint64 length = 0;
        for (char c : element) {
            if (c < '0' || c > '9')
                return fail("Content-Length is not a non-negative decimal number");
            if (length > (std::numeric_limits<qint64>::max() - 9) / 10)
                return fail("Content-Length is too large to be a number");
            length = length * 10 + (c - '0');
        }
        if (m_contentLength >= 0 && m_contentLength != length)
            return fail("Content-Length is given twice with different values");
        m_contentLength = length;
    }
    return true;
}

bool RequestHead::parseTransferEncoding(const QByteArray& value)
{
    // Only "chunked", once: every other coding (or chunked twice) leaves the body's end unknown to us.
    for (const QByteArray& coding : listElements(value)) {
        if (coding.compare("chunked", Qt::CaseInsensitive) != 0 || m_chunked)
            return fail("Transfer-Encoding other than a single \"chunked\"");
        m_chunked = true;
    }
    m_hasTransferEncoding = true;
    return true;
}

bool RequestHead::checkFraming()
{
    if (m_hasTransferEncoding && !m_chunked)
        return fail("Transfer-Encoding without a coding");
    if (m_hasTransferEncoding && m_version == "HTTP/1.0")
        return fail("Transfer-Encoding in an HTTP/1.0 request");
    if (m_hasTransferEncoding && m_contentLength >= 0)
        return fail("both Content-Length and Transfer-Encoding");
    return true;
}

QList<QByteArray> RequestHead::values(const QByteArray& name) const
{
    QList<QByteArray> found;
    for (const Field& field : m_fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            found.append(field.second);
    }
    return found;
}

bool RequestHead::isWebSocketUpgrade() const
{
    for (const QByteArray& value : values("Upgrade")) {
        for (const QByteArray& protocol : listElements(value)) {
            const qsizetype slash = protocol.indexOf('/'); // "websocket/13" names a version
            const QByteArray name = slash < 0 ? protocol : protocol.left(slash);
            if (name.compare("websocket", Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QByteArray RequestHead::toBytes() const
{
    QByteArray out = m_method + ' ' + m_target + ' ' + m_version + "\r\n";
    for (const Field& field : m_fields)
        out += field.first + ": " + field.second + "\r\n";
    return out + "\r\n";
}

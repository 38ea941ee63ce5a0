#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP/1.x request head (request line and header fields, RFC 9112), parsed from the raw bytes of a
// connection. Qt HttpServer 6.4 reads a whole body into memory before any handler of ours runs, so the size
// limits of docs/PROTOCOL.md ("Input limits") are decided on the head alone, before the body is read
// (ConnectionRouter, HttpConnectionGuard). It is strict wherever leniency would let a size slip past the
// check or let two parsers disagree about where a request ends (request smuggling): one Content-Length
// value, only the chunked transfer coding, never both, no line folding, no bare CR.
class RequestHead
{
public:
    using Field = QPair<QByteArray, QByteArray>; // name as sent, value without surrounding whitespace

    // The longest head accepted (request line and fields together).
    static constexpr qsizetype kMaxBytes = 16 * 1024;

    // The length of the head at the start of data, its empty line included (lines end in LF or CRLF); -1
    // while the empty line has not arrived.
    static qsizetype endOf(const QByteArray& data);

    // Parses a complete head as measured by endOf(). False, with error() set, when it is malformed.
    bool parse(const QByteArray& head);

    const QByteArray& method() const { return m_method; }
    const QByteArray& target() const { return m_target; }
    const QByteArray& version() const { return m_version; }
    const QList<Field>& fields() const { return m_fields; }
    // -1 when there is no Content-Length.
    qint64 contentLength() const { return m_contentLength; }
    bool isChunked() const { return m_chunked; }
    bool hasBody() const { return m_chunked || m_contentLength > 0; }
    bool isWebSocketUpgrade() const;
    // Why parse() failed, in plain words (never quotes the request).
    const QString& error() const { return m_error; }

    // The head written out again in canonical form (CRLF line ends, "Name: value"): parses to an equal head.
    QByteArray toBytes() const;

private:
    bool parseRequestLine(const QByteArray& line);
    bool parseField(const QByteArray& line);
    bool parseContentLength(const QByteArray& value);
    bool parseTransferEncoding(const QByteArray& value);
    bool checkFraming();
    bool fail(const char* why);
    QList<QByteArray> values(const QByteArray& name) const;

    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_version;
    QList<Field> m_fields;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_hasTransferEncoding = false;
    QString m_error;
};

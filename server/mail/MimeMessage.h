#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One outgoing e-mail as RFC 5322 text: Date, Message-ID, From, To, Subject (RFC 2047 encoded-words, UTF-8),
// MIME 1.0 text/plain; charset=UTF-8 with a base64 body (so any text, accents and lines starting with a dot
// included, passes every relay unchanged). Header values come from the database; addresses are checked, and
// line breaks can never start a header of their own.
class MimeMessage
{
public:
    QString messageId; // the messages row id; Message-ID is <id@domain of from>
    QString from;      // plain address
    QString to;        // plain address
    QString toName;    // display name, may be empty
    QString subject;
    QString body;
    QDateTime date;

    // False with *error when an address is not a plain address (no spaces, angle brackets or line breaks).
    bool toBytes(QByteArray* out, QString* error) const;

    static bool isPlainAddress(const QString& address);
    // RFC 2047 "B" encoded-words of at most 39 bytes of UTF-8 each (whole characters), folded with CRLF + space.
    static QByteArray encodeWords(const QString& text);
    static QByteArray base64Lines(const QByteArray& data); // 76 characters a line, CRLF
};

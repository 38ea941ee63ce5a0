#include "mail/MimeMessage.h"

#include <QLocale>
#include <QRegularExpression>

bool MimeMessage::isPlainAddress(const QString& address)
{
    // ASCII only (no internationalised addresses): what every relay accepts in MAIL FROM / RCPT TO unextended.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9._%+'!#$&*/=?^`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    return pattern.match(address).hasMatch();
}

QByteArray MimeMessage::encodeWords(const QString& text)
{
    // 39 bytes become 52 base64 characters: an encoded-word of 64, so "Subject: " plus one word stays within
    // the 78 characters a line should keep to.
    constexpr int kMaxBytes = 39;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > kMaxBytes) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += character;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (const QByteArray& word : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

QByteArray MimeMessage::base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

bool MimeMessage::toBytes(QByteArray* out, QString* error) const
{
    if (!isPlainAddress(from) || !isPlainAddress(to)) {
        *error =
            isPlainAddress(from) ? QStringLiteral("invalid e-mail address") : QStringLiteral("invalid sender address");
        return false;
    }
    const QString domain = from.section(QLatin1Char('@'), 1);
    QString body = this->body;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QByteArray m;
    // RFC 5322 dates are English whatever the server's locale.
    m += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
         " +0000\r\n";
    m += "Message-ID: <" + messageId.toLatin1() + '@' + domain.toLatin1() + ">\r\n";
    m += "From: " + from.toLatin1() + "\r\n";
    m += "To: " + (toName.trimmed().isEmpty() ? QByteArray() : encodeWords(toName.trimmed()) + ' ') + '<' +
         to.toLatin1() + ">\r\n";
    m += "Subject: " + encodeWords(subject) + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n";
    m += "\r\n";
    m += base64Lines(body.toUtf8());
    *out = m;
    return true;
}

#include "sync/PullCursor.h"

#include <QByteArray>
#include <QStringList>

QString PullCursor::encode() const
{
    // One arg() for all four: chained arg() calls would also fill a "%2" that the epoch itself contained.
    const QString plain =
        QStringLiteral("v1:%1:%2:%3:%4").arg(epoch, QString::number(seq), scope, QString::number(horizon));
    return QString::fromLatin1(plain.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool PullCursor::decode(const QString& text, PullCursor* out)
{
    if (text.size() > 256)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                             QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QStringList parts = QString::fromUtf8(*decoded).split(QLatin1Char(':'));
    if ((parts.size() != 4 && parts.size() != 5) || parts.at(0) != QLatin1String("v1") || parts.at(1).isEmpty())
        return false;
    bool ok = false;
    const qint64 seq = parts.at(2).toLongLong(&ok);
    if (!ok || seq < 0)
        return false;
    qint64 horizon = 0;
    if (parts.size() == 5) {
        horizon = parts.at(4).toLongLong(&ok);
        if (!ok || horizon < 0)
            return false;
    }
    *out = PullCursor{parts.at(1), seq, parts.at(3), horizon};
    return true;
}

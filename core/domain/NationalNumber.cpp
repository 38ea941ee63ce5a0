#include "NationalNumber.h"

QString NationalNumber::normalize(const QString& input)
{
    QString digits;
    digits.reserve(11);
    for (const QChar c : input) {
        if (c.isDigit())
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return QString();
    }
    return digits;
}

bool NationalNumber::isValid(const QString& input)
{
    const QString digits = normalize(input);
    if (digits.size() != 11)
        return false;
    const qint64 base = digits.left(9).toLongLong();
    const int check = digits.right(2).toInt();
    if (97 - base % 97 == check)
        return true;
    const qint64 after2000 = 2000000000LL + base;
    return 97 - after2000 % 97 == check;
}

QString NationalNumber::format(const QString& input)
{
    const QString d = normalize(input);
    if (d.size() != 11)
        return input;
    return QStringLiteral("%1.%2.%3-%4.%5").arg(d.mid(0, 2), d.mid(2, 2), d.mid(4, 2), d.mid(6, 3), d.mid(9, 2));
}

#include "ContactRules.h"

#include <QRegularExpression>

bool ContactRules::isValidEmail(const QString& email)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                       R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

QString ContactRules::normalizePhone(const QString& input)
{
    QString digits;
    bool plus = false;
    for (const QChar c : input.trimmed()) {
        if (c.isDigit())
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty() && !plus)
            plus = true;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('/') &&
                 c != QLatin1Char('(') && c != QLatin1Char(')'))
            return QString();
    }
    QString e164;
    if (plus)
        e164 = QLatin1Char('+') + digits;
    else if (digits.startsWith(QLatin1String("00")))
        e164 = QLatin1Char('+') + digits.mid(2);
    else if (digits.startsWith(QLatin1Char('0')))
        e164 = QStringLiteral("+32") + digits.mid(1);
    else
        return QString();
    // A Belgian number has eight digits after +32 (a fixed line), or nine for a mobile one (04..): "0470 12 34" is a
    // mobile number with a digit missing, not a number of some other length.
    if (e164.startsWith(QLatin1String("+32"))) {
        const QString national = e164.mid(3);
        const int wanted = national.startsWith(QLatin1Char('4')) ? 9 : 8;
        if (national.size() != wanted)
            return QString();
    }
    return isValidE164(e164) ? e164 : QString();
}

bool ContactRules::isValidE164(const QString& phone)
{
    static const QRegularExpression re(QStringLiteral(R"(^\+[1-9][0-9]{7,14}$)"));
    return re.match(phone).hasMatch();
}

QString ContactRules::searchDigits(const QString& phone)
{
    if (!phone.startsWith(QLatin1Char('+')))
        return phone;
    const QString international = phone.mid(1);
    if (phone.startsWith(QLatin1String("+32")))
        return international + QLatin1Char(' ') + QLatin1Char('0') + phone.mid(3);
    return international;
}

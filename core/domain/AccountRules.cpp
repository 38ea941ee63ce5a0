#include "domain/AccountRules.h"

#include <QRegularExpression>

bool AccountRules::isUserName(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    return pattern.match(username).hasMatch();
}

bool AccountRules::isEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return email.size() <= kMaxEmailLength && pattern.match(email).hasMatch();
}

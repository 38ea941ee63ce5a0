#include "auth/AccountPolicy.h"

#include <QRandomGenerator>

namespace {
bool isAdmin(const Account& account)
{
    return account.role == QLatin1String("admin");
}
} // namespace

bool AccountPolicy::mayAdminister(const Account* actor)
{
    return !actor || isAdmin(*actor) || actor->role == QLatin1String("coordinator");
}

bool AccountPolicy::mayManage(const Account* actor, const Account& target)
{
    if (!actor || isAdmin(*actor))
        return true;
    if (actor->role != QLatin1String("coordinator") || isAdmin(target) || target.regionIds.isEmpty())
        return false;
    for (const QString& region : target.regionIds) {
        if (!actor->regionIds.contains(region))
            return false;
    }
    return true;
}

QString AccountPolicy::refusalToGrant(const Account* actor, const QString& role, const QStringList& regionIds)
{
    if (!actor || isAdmin(*actor))
        return QString();
    if (actor->role != QLatin1String("coordinator"))
        return QStringLiteral("Only an administrator or a coordinator manages accounts.");
    if (role == QLatin1String("admin"))
        return QStringLiteral("Only an administrator grants the admin role.");
    for (const QString& region : regionIds) {
        if (!actor->regionIds.contains(region))
            return QStringLiteral("A coordinator grants only its own regions; %1 is not one of them.").arg(region);
    }
    return QString();
}

QString AccountPolicy::refusalOfNewPassword(const QString& password, const QString& username)
{
    if (password.size() < kMinimumPasswordLength)
        return QStringLiteral("new_password: must have at least %1 characters").arg(kMinimumPasswordLength);
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return QStringLiteral("new_password: must not be the user name");
    return QString();
}

QString AccountPolicy::oneTimePassword()
{
    static const QString alphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 16; ++i)
        password.append(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    return password;
}

QString AccountPolicy::auditRegion(const Account& account)
{
    return !isAdmin(account) && account.regionIds.size() == 1 ? account.regionIds.first() : QString();
}

#include "Account.h"

#include <QJsonArray>

QJsonObject Account::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("display_name"), displayName},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("region_ids"), QJsonArray::fromStringList(regionIds)},
                       {QStringLiteral("organisation"), organisation},
                       {QStringLiteral("active"), active}};
}

QJsonObject Account::toSyncRow() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("region_id"), primaryRegion()},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("updated_at"), updatedAt},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("display_name"), displayName},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("region_ids"), QJsonArray::fromStringList(regionIds)},
                       {QStringLiteral("active"), active}};
}

QStringList Account::roles()
{
    return {QStringLiteral("admin"), QStringLiteral("coordinator"), QStringLiteral("counter"),
            QStringLiteral("referrer")};
}

bool Account::isRole(const QString& role)
{
    return roles().contains(role);
}

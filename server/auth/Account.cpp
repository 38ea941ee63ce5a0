#include "auth/Account.h"

#include <QJsonArray>

QJsonObject Account::toSyncRow() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("region_id"), primaryRegion()},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("updated_at"), updatedAt},
                       {QStringLiteral("updated_by"), updatedBy.isEmpty() ? QJsonValue() : QJsonValue(updatedBy)},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("display_name"), displayName},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("region_ids"), QJsonArray::fromStringList(regionIds)},
                       {QStringLiteral("active"), active}};
}

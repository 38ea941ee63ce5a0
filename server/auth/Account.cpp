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

QJsonObject Account::toAdminJson() const
{
    QJsonObject json = toJson();
    json.insert(QStringLiteral("last_sign_in_at"), lastSignInAt.isEmpty() ? QJsonValue() : QJsonValue(lastSignInAt));
    json.insert(QStringLiteral("must_change_password"), mustChangePassword);
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("updated_at"), updatedAt);
    return json;
}

#include "AccountInfo.h"

#include <QJsonArray>

QJsonObject AccountInfo::toJson() const
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

AccountInfo AccountInfo::fromJson(const QJsonObject& json)
{
    AccountInfo a;
    a.id = json.value(QStringLiteral("id")).toString();
    a.username = json.value(QStringLiteral("username")).toString();
    a.displayName = json.value(QStringLiteral("display_name")).toString();
    a.email = json.value(QStringLiteral("email")).toString();
    a.role = json.value(QStringLiteral("role")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("region_ids")).toArray())
        a.regionIds.append(v.toString());
    a.organisation = json.value(QStringLiteral("organisation")).toString();
    a.active = json.value(QStringLiteral("active")).toBool(true);
    return a;
}

QStringList AccountInfo::roles()
{
    return {QStringLiteral("admin"), QStringLiteral("coordinator"), QStringLiteral("counter"),
            QStringLiteral("referrer")};
}

bool AccountInfo::isRole(const QString& role)
{
    return roles().contains(role);
}

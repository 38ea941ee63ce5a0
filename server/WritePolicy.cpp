#include "WritePolicy.h"

namespace {

QString forbidden(const QString& why)
{
    return QStringLiteral("forbidden: ") + why;
}

bool isOneOf(const QString& table, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (table == QLatin1String(name))
            return true;
    }
    return false;
}

} // namespace

WritePolicy::WritePolicy(const AccessScope& scope)
    : m_scope(scope)
{
}

bool WritePolicy::mayWriteTable(const QString& table) const
{
    const QString& role = m_scope.role();
    if (role == QLatin1String("admin") || role == QLatin1String("coordinator"))
        return true;
    if (role == QLatin1String("counter"))
        return isOneOf(table, {"parents", "children", "applications", "emergency_entries", "messages", "free_places"});
    if (role == QLatin1String("referrer"))
        return isOneOf(table, {"parents", "children", "applications"});
    return false;
}

QString WritePolicy::regionReason(const QJsonObject& row) const
{
    const QString region = row.value(QLatin1String("region_id")).toString();
    if (m_scope.coversRegion(region))
        return QString();
    return forbidden(QStringLiteral("the row's region is outside your regions"));
}

QString WritePolicy::checkInsert(const QString& table, const QJsonObject& row) const
{
    if (table == QLatin1String("accounts"))
        return forbidden(QStringLiteral("accounts are managed through account administration"));
    if (!mayWriteTable(table))
        return forbidden(QStringLiteral("your role may not add %1").arg(table));
    return regionReason(row);
}

QString WritePolicy::checkUpdate(const QString& table, const StoredRow& current, const QJsonObject& merged,
                                 const QStringList& changedFields) const
{
    if (table == QLatin1String("accounts"))
        return forbidden(QStringLiteral("accounts are managed through account administration"));
    const bool offerResponse = m_scope.role() == QLatin1String("counter") && table == QLatin1String("offers") &&
                               changedFields == QStringList{QStringLiteral("status")};
    if (!mayWriteTable(table) && !offerResponse)
        return forbidden(QStringLiteral("your role may not change %1").arg(table));
    if (m_scope.isReferrer() && current.filedBy != m_scope.accountId())
        return forbidden(QStringLiteral("you may only change what you filed"));
    const QString before = regionReason(current.row);
    return before.isEmpty() ? regionReason(merged) : before;
}

QString WritePolicy::checkDelete(const QString& table, const StoredRow& current) const
{
    if (table == QLatin1String("accounts"))
        return forbidden(QStringLiteral("accounts are managed through account administration"));
    if (m_scope.isReferrer() || !mayWriteTable(table))
        return forbidden(QStringLiteral("your role may not delete %1").arg(table));
    return regionReason(current.row);
}

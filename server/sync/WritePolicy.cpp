#include "sync/WritePolicy.h"

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
    if (role == QLatin1String("admin"))
        return true;
    // Regions are reference data: their ids are the slugs every row's region_id holds.
    if (role == QLatin1String("coordinator"))
        return table != QLatin1String("regions");
    if (role == QLatin1String("counter"))
        return isOneOf(
            table, {"parents", "children", "applications", "emergency_entries", "messages", "free_places", "offers"});
    if (role == QLatin1String("referrer"))
        return isOneOf(table, {"parents", "children", "applications"});
    return false;
}

QString WritePolicy::tableReason(const QString& table, const QString& general)
{
    // Locations carry the public info sheet and whether it is published (docs/PROTOCOL.md "Info sheets").
    if (table == QLatin1String("locations"))
        return forbidden(QStringLiteral("only a coordinator of the region or an admin changes locations and their "
                                        "info sheets"));
    return forbidden(general.arg(table));
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
        return tableReason(table, QStringLiteral("your role may not add %1"));
    if (m_scope.isReferrer() && table == QLatin1String("applications") &&
        !row.value(QLatin1String("assigned_account_id")).toString().isEmpty())
        return forbidden(QStringLiteral("a referrer does not assign applications"));
    return regionReason(row);
}

QString WritePolicy::referrerReason(const QString& table, const QStringList& changedFields) const
{
    // A referrer files and completes what it filed; what happens to an application next is the counter's work.
    static const QStringList counterOnly{QStringLiteral("status"),
                                         QStringLiteral("channel"),
                                         QStringLiteral("assigned_account_id"),
                                         QStringLiteral("referrer_account_id"),
                                         QStringLiteral("closed_reason"),
                                         QStringLiteral("region_id")};
    if (table != QLatin1String("applications") && table != QLatin1String("parents"))
        return QString();
    for (const QString& field : changedFields) {
        if (counterOnly.contains(field))
            return forbidden(QStringLiteral("a referrer may not change %1").arg(field));
    }
    return QString();
}

QString WritePolicy::checkUpdate(const QString& table, const StoredRow& current, const QJsonObject& merged,
                                 const QStringList& changedFields) const
{
    if (table == QLatin1String("accounts"))
        return forbidden(QStringLiteral("accounts are managed through account administration"));
    // A coordinator chooses the priority rule set of its own regions (docs/PROTOCOL.md "Rule sets"), and nothing else
    // of a region.
    const bool ruleSetOnly = changedFields == QStringList{QStringLiteral("rule_set_id")};
    if (table == QLatin1String("regions") && m_scope.role() == QLatin1String("coordinator") && ruleSetOnly)
        return regionReason(current.row);
    if (!mayWriteTable(table))
        return tableReason(table, QStringLiteral("your role may not change %1"));
    if (m_scope.isReferrer() && current.filedBy != m_scope.accountId())
        return forbidden(QStringLiteral("you may only change what you filed"));
    if (m_scope.isReferrer()) {
        const QString reason = referrerReason(table, changedFields);
        if (!reason.isEmpty())
            return reason;
    }
    const QString before = regionReason(current.row);
    return before.isEmpty() ? regionReason(merged) : before;
}

QString WritePolicy::checkDelete(const QString& table, const StoredRow& current) const
{
    if (table == QLatin1String("accounts"))
        return forbidden(QStringLiteral("accounts are managed through account administration"));
    if (m_scope.isReferrer() || !mayWriteTable(table))
        return tableReason(table, QStringLiteral("your role may not delete %1"));
    return regionReason(current.row);
}

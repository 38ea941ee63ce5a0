#include "sync/AccessScope.h"

#include "domain/RegionCatalog.h"

#include <QCryptographicHash>
#include <QJsonArray>

AccessScope AccessScope::forAccount(const Account& account)
{
    AccessScope scope;
    scope.m_accountId = account.id;
    scope.m_role = account.role;
    if (scope.isAdmin()) {
        for (const Region& r : RegionCatalog::regions())
            scope.m_regionIds.append(r.id);
    } else {
        scope.m_regionIds = account.regionIds;
    }
    scope.m_regionIds.sort();
    return scope;
}

bool AccessScope::coversRegion(const QString& regionId) const
{
    return m_regionIds.contains(regionId) && RegionCatalog::isRegionId(regionId);
}

AccessScope::Visibility AccessScope::visibility(const QString& table) const
{
    if (isAdmin())
        return Visibility::All;
    if (table == QLatin1String("accounts"))
        return isReferrer() ? Visibility::Nothing : Visibility::AccountsOverlap;
    if (!isReferrer())
        return Visibility::Regions;
    if (table == QLatin1String("regions"))
        return Visibility::Regions;
    if (table == QLatin1String("locations"))
        return Visibility::PublishedRegions;
    if (table == QLatin1String("parents") || table == QLatin1String("children") ||
        table == QLatin1String("applications"))
        return Visibility::FiledBy;
    return Visibility::Nothing;
}

bool AccessScope::canSee(const QString& table, const QJsonObject& row, const QString& filedBy) const
{
    const QString region = row.value(QLatin1String("region_id")).toString();
    switch (visibility(table)) {
    case Visibility::All:
        return true;
    case Visibility::Regions:
        return coversRegion(region);
    case Visibility::PublishedRegions:
        return coversRegion(region) && row.value(QLatin1String("published")).toBool();
    case Visibility::FiledBy:
        return !filedBy.isEmpty() && filedBy == m_accountId;
    case Visibility::AccountsOverlap:
        for (const QJsonValue& v : row.value(QLatin1String("region_ids")).toArray()) {
            if (coversRegion(v.toString()))
                return true;
        }
        return false;
    case Visibility::Nothing:
        break;
    }
    return false;
}

QString AccessScope::fingerprint() const
{
    const QString text = m_role + QLatin1Char('|') + m_regionIds.join(QLatin1Char(','));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

#include "storage/SqlScopeFilter.h"

#include "domain/RegionCatalog.h"

namespace {

QString regionList(const AccessScope& scope)
{
    QStringList quoted;
    for (const QString& id : scope.regionIds()) {
        if (RegionCatalog::isRegionId(id))
            quoted.append(QLatin1Char('\'') + id + QLatin1Char('\''));
    }
    return quoted.isEmpty() ? QStringLiteral("NULL") : quoted.join(QLatin1Char(','));
}

SqlScopeFilter make(bool visible, const QString& condition, const QVariantList& binds = {})
{
    return SqlScopeFilter{visible, condition, binds};
}

} // namespace

SqlScopeFilter SqlScopeFilter::forRows(const AccessScope& scope, const QString& table, const SqlDialect& dialect)
{
    switch (scope.visibility(table)) {
    case AccessScope::Visibility::All:
        return make(true, QStringLiteral("1=1"));
    case AccessScope::Visibility::Regions:
        return make(true, QStringLiteral("region_id IN (%1)").arg(regionList(scope)));
    case AccessScope::Visibility::PublishedRegions:
        return make(true, QStringLiteral("region_id IN (%1) AND published = 1").arg(regionList(scope)));
    case AccessScope::Visibility::FiledBy:
        return make(true, QStringLiteral("filed_by = ?"), {scope.accountId()});
    case AccessScope::Visibility::AccountsOverlap:
        return make(true, dialect.jsonArrayOverlaps(QStringLiteral("accounts.region_ids"), regionList(scope)));
    case AccessScope::Visibility::Nothing:
        break;
    }
    return make(false, QString());
}

SqlScopeFilter SqlScopeFilter::forTombstones(const AccessScope& scope, const QString& table, const SqlDialect& dialect)
{
    // A real delete has moved_to_region_id NULL. A scope exit (the row moved to another region) is for the
    // accounts that saw the old region and do not see the new one: the others keep (or get) the row itself.
    const QString tableCondition = QStringLiteral("table_name = '%1'").arg(table);
    const QString regions = regionList(scope);
    switch (scope.visibility(table)) {
    case AccessScope::Visibility::All:
        return make(true, tableCondition + QStringLiteral(" AND moved_to_region_id IS NULL"));
    case AccessScope::Visibility::Regions:
        return make(true, tableCondition + QStringLiteral(" AND region_id IN (%1) AND (moved_to_region_id IS NULL OR "
                                                          "moved_to_region_id NOT IN (%1))")
                                               .arg(regions));
    case AccessScope::Visibility::PublishedRegions:
        // An exit whose movedTo is its own region is a location that stopped being published (recordUnpublished).
        return make(true, tableCondition + QStringLiteral(" AND region_id IN (%1) AND (moved_to_region_id IS NULL OR "
                                                          "moved_to_region_id NOT IN (%1) OR "
                                                          "moved_to_region_id = region_id)")
                                               .arg(regions));
    case AccessScope::Visibility::FiledBy:
        // Filed rows stay visible wherever they move.
        return make(true, tableCondition + QStringLiteral(" AND filed_by = ? AND moved_to_region_id IS NULL"),
                    {scope.accountId()});
    case AccessScope::Visibility::AccountsOverlap:
        // Account tombstones hold JSON arrays of region ids (TombstoneRecord).
        return make(true, tableCondition +
                              QStringLiteral(" AND %1 AND (moved_to_region_id IS NULL OR NOT %2)")
                                  .arg(dialect.jsonTextArrayOverlaps(QStringLiteral("region_id"), regions),
                                       dialect.jsonTextArrayOverlaps(QStringLiteral("moved_to_region_id"), regions)));
    case AccessScope::Visibility::Nothing:
        break;
    }
    return make(false, QString());
}

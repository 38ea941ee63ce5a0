#pragma once

#include "storage/SqlDialect.h"
#include "sync/AccessScope.h"

#include <QString>
#include <QVariantList>

// Turns an AccessScope into an SQL condition for one synced table (rows) or for its tombstones.
// Region ids are inlined only after checking them against RegionCatalog; the account id is bound.
struct SqlScopeFilter {
    bool visible = false; // false: the account sees nothing of this table
    QString condition;    // "1=1" or a condition over the table's columns
    QVariantList binds;

    static SqlScopeFilter forRows(const AccessScope& scope, const QString& table, const SqlDialect& dialect);
    static SqlScopeFilter forTombstones(const AccessScope& scope, const QString& table, const SqlDialect& dialect);
};

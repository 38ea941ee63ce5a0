#pragma once

#include "auth/Account.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What one account may see, derived from the token's account only (never from a request parameter).
// Storage turns visibility() into SQL; push uses canSee() on single rows.
class AccessScope
{
public:
    enum class Visibility {
        All,              // every row of the table
        Regions,          // rows whose region_id is one of regionIds()
        PublishedRegions, // published locations in regionIds()
        FiledBy,          // rows filed by accountId() (referrer)
        AccountsOverlap,  // accounts sharing at least one region
        Nothing
    };

    AccessScope() = default;
    static AccessScope forAccount(const Account& account);

    const QString& accountId() const { return m_accountId; }
    const QString& role() const { return m_role; }
    const QStringList& regionIds() const { return m_regionIds; }
    bool isAdmin() const { return m_role == QLatin1String("admin"); }
    bool isReferrer() const { return m_role == QLatin1String("referrer"); }
    bool coversRegion(const QString& regionId) const;

    Visibility visibility(const QString& table) const;
    bool canSee(const QString& table, const QJsonObject& row, const QString& filedBy) const;
    // Changes whenever role or regions change; a pull cursor made under another scope must resync.
    QString fingerprint() const;

private:
    QString m_accountId;
    QString m_role;
    QStringList m_regionIds;
};

#pragma once

#include <QString>
#include <QStringList>

// Which parts of the main window a role uses (docs/ARCHITECTURE.md "Roles and pages"). The rail shows only these:
// a referrer has no emergency list to keep and a counter worker no accounts to manage, so their pages would only
// answer "forbidden". The server enforces the same rules on every endpoint; this only spares people the dead ends.
class RolePages
{
public:
    // True when a person with this role sees the page named by its --view name.
    static bool allows(const QString& role, const QString& page);
    // The subset of names, in their order, that the role sees.
    static QStringList visible(const QString& role, const QStringList& names);
};

#include "RolePages.h"

namespace {
// Pages every signed-in person uses: a referrer follows what it filed and reads the published locations.
const QStringList kEveryone{QStringLiteral("applications"), QStringLiteral("parents"), QStringLiteral("locations"),
                            QStringLiteral("conflicts")};
// The counter's daily work on top of that: the emergency list, places and offers, messages, the region's figures.
const QStringList kCounter{QStringLiteral("dashboard"), QStringLiteral("emergency"), QStringLiteral("free-places"),
                           QStringLiteral("messages")};
// Managing people and reading what they did: coordinators for their regions, admins everywhere.
const QStringList kManagers{QStringLiteral("accounts"), QStringLiteral("audit")};
} // namespace

bool RolePages::allows(const QString& role, const QString& page)
{
    if (kEveryone.contains(page))
        return true;
    const bool manager = role == QLatin1String("admin") || role == QLatin1String("coordinator");
    if (kCounter.contains(page))
        return manager || role == QLatin1String("counter");
    return manager && kManagers.contains(page);
}

QStringList RolePages::visible(const QString& role, const QStringList& names)
{
    QStringList shown;
    for (const QString& name : names) {
        if (allows(role, name))
            shown.append(name);
    }
    return shown;
}

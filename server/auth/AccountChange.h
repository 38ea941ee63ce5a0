#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The fields one edit of an account sets (PATCH /api/v1/accounts/{id}, the `enable`, `disable`, `set-role` and
// `set-regions` subcommands); an empty optional leaves the field as it is.
struct AccountChange {
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<QString> role;
    std::optional<QStringList> regionIds;
    std::optional<QString> organisation;
    std::optional<bool> active;

    bool isEmpty() const { return !displayName && !email && !role && !regionIds && !organisation && !active; }
};

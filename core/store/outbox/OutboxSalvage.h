#pragma once

#include <QString>

class LocalCache;

// After a damaged cache file was moved aside (docs/ARCHITECTURE.md "The cache and its derived tables"), what exists
// nowhere else is carried into the fresh file that a full pull then fills: the outbox, with the mids, client id and mid
// base its entries were sent under (pending ones still to go; acknowledged ones kept for a replay after a server
// restore), and the open conflicts. Whatever the damage lets it read is kept; the damaged file itself stays where it
// was put.
class OutboxSalvage
{
public:
    struct Result {
        int pending = 0;
        int acknowledged = 0;
        int conflicts = 0;
    };

    static bool salvage(const QString& damagedPath, LocalCache& fresh, Result* result, QString* error);
};

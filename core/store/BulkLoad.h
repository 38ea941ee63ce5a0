#pragma once

#include <QString>

class LocalCache;

// Filling an empty cache (a first sync, or a rebuild after 410) is several times faster without the
// secondary indexes of the synced tables: each insert would otherwise update every index at a random
// place. The dropped indexes' SQL is kept in sync_state in the same transaction, so a crash half-way
// still ends with every index recreated by the next round, whatever schema version created them.
class BulkLoad
{
public:
    static bool dropSecondaryIndexes(LocalCache& cache, QString* error);
    // Recreates what dropSecondaryIndexes() took away; runs inside the caller's transaction.
    static bool restoreSecondaryIndexes(LocalCache& cache, QString* error);
};

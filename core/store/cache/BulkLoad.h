#pragma once

#include <QString>

class LocalCache;

// Filling an empty cache (a first sync, or a rebuild after 410) in bulk: without the secondary indexes of
// the synced tables (each insert would otherwise update every index at a random place; only the one the search
// documents need stays) and without the search index, both built once at the end, side by side. The state lives in the
// cache (sync_state), so a sync killed half-way is finished by the next round, and every dropped index comes back
// whatever schema made it.
class BulkLoad
{
public:
    // Whether pages go into the cache in bulk. Starts a bulk load when the cache has no cursor yet.
    static bool active(LocalCache& cache);
    // Empties the cache for a rebuild from the server (after 410): the synced rows, their derived rows and the
    // parked server rows go, and so do the cursor and the epoch, so the next pull is a bulk load. The outbox
    // and the conflicts stay: they hold work that exists nowhere else. Runs inside the caller's transaction.
    static bool emptyForRebuild(LocalCache& cache, QString* error);
    // Builds the list rows and recreates the indexes in one transaction while the search index is built beside it,
    // then moved in; the bulk load ends after both. Nothing to do outside a bulk load.
    static bool finish(LocalCache& cache, QString* error);

private:
    static bool dropSecondaryIndexes(LocalCache& cache, QString* error);
    static bool restoreSecondaryIndexes(LocalCache& cache, QString* error);
    static bool restoreIndexesTheSearchBuildNeeds(LocalCache& cache, QString* error);
};

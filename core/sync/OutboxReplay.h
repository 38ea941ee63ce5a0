#pragma once

#include <QString>

class LocalCache;

// Acknowledged mutations are kept N days so they can be replayed after a server restore (docs/ARCHITECTURE.md "The
// cache and its derived tables"). A server restored from a backup knows fewer of this client's mutations than were
// acknowledged: its last_mutation_id (on every pull page) says how many. What it lacks becomes pending again and is
// pushed in the original order; where kept entries leave a gap (the oldest ones were purged already), the server would
// answer 409 mutation_gap forever, so the client continues under a new client id whose wire mids start at 1.
class OutboxReplay
{
public:
    struct Outcome {
        int requeued = 0;         // acknowledged entries pending again
        bool newClientId = false; // a gap forced a new client id
        qint64 missing = 0;       // mutations the server lacks that were purged here already (lost)
    };

    // serverLastMid: the restored server's last_mutation_id for the current client id (wire numbering).
    static bool prepare(LocalCache& cache, qint64 serverLastMid, Outcome* outcome, QString* error);
    // Drops acknowledged entries older than keepDays (0: all of them).
    static bool purge(LocalCache& cache, int keepDays, QString* error);

private:
    static bool takeNewClientId(LocalCache& cache, qint64 firstLocalMid);
};

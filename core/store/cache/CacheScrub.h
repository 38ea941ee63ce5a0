#pragma once

#include <QSqlDatabase>
#include <QString>

// Makes the cache file forget values the server anonymised (docs/PROTOCOL.md "Anonymisation"): the rows themselves
// were overwritten (secure_delete zeroes what they held), but the search index keeps the old words of a replaced
// document in its segments until they are merged, and the write-ahead log keeps old page images until it is
// checkpointed. Run after a commit that applied anonymised rows, outside any transaction.
class CacheScrub
{
public:
    // Merges the FTS5 segments (dropping deleted documents) and checkpoints and truncates the log.
    static bool run(QSqlDatabase& db, QString* error);
};

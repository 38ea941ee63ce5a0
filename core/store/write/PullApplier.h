#pragma once

#include "protocol/SyncMessages.h"

#include "store/derived/DerivedRows.h"
#include "store/write/RowUpsert.h"

#include <QSet>
#include <QString>

#include <functional>
#include <unordered_map>

class CompactPageReader;
class LocalCache;

// Applies one page of sync/pull to the cache in one transaction that also advances the cursor, so a
// crash leaves the cache either before or after the whole page (docs/ARCHITECTURE.md "The cache and its derived
// tables"). A row with pending outbox entries is never overwritten: the server's version waits beside it in
// pending_server_rows.
class PullApplier
{
public:
    explicit PullApplier(LocalCache& cache);

    bool apply(const Protocol::PullPage& page, QString* error);
    // The same for a compact page (docs/PROTOCOL.md "Pull, compact pages") whose header was read into meta: while a
    // first sync fills the cache, rows go straight from the page into SQLite (CompactUpsert); every other row, and
    // every row of a later sync, takes the way of a JSON page's change.
    bool apply(CompactPageReader& page, const Protocol::PullPage& meta, QString* error);
    // The same for server rows known otherwise (push results, parked rows), inside the caller's
    // transaction and without moving the cursor: what a push settles and what the cache then shows must
    // commit together, or a crash between the two leaves a refused change on screen for good.
    bool applyInTransaction(const QVector<Protocol::Change>& changes, QString* error);
    // Server rows that waited beside local edits, once the outbox has nothing pending for their row: applied
    // and no longer parked, in one transaction of its own.
    bool applyParked(QString* error);
    // During a first sync into an empty cache the search index is built once at the end instead of page
    // by page (SearchIndex::rebuildAll), which is several times cheaper.
    void setDeferSearchIndex(bool defer) { m_deferSearch = defer; }
    int rowsApplied() const { return m_rowsApplied; }

private:
    bool applyChange(const Protocol::Change& change, QString* error);
    bool upsert(const Protocol::Change& change, QString* error);
    bool remove(const Protocol::Change& change, QString* error);
    bool loadPendingRows(QString* error);
    bool applyCompact(CompactPageReader& page, int* rows, QString* error);
    // Runs changes with the page's cursor and epoch in one transaction; scrubs after the commit when asked.
    bool commitPage(const Protocol::PullPage& meta, const std::function<bool(QString*)>& changes, QString* error);
    bool inTransaction(const std::function<bool(QString*)>& work, QString* error);

    LocalCache& m_cache;
    DerivedRows m_derived;
    std::unordered_map<QString, RowUpsert> m_upserts; // by table: each prepared once per applier
    QSet<QString> m_pendingRows;                      // "table/id" with pending outbox entries
    QSet<QString> m_parkedRows;                       // "table/id" waiting in pending_server_rows
    int m_rowsApplied = 0;
    bool m_deferSearch = false;
    bool m_scrub = false; // the page applied anonymised rows: CacheScrub after its commit
};

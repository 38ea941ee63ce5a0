#pragma once

// Settings of the SQLite library for the whole client process, made once before its first connection opens. The
// system SQLite (Debian's) counts every allocation under one global mutex (SQLITE_CONFIG_MEMSTATUS, on by default) and
// is built without lookaside memory, so each small allocation takes that mutex: two connections busy on two threads —
// the list rows and indexes of a first sync beside its search index (SearchIndexBuild) — then wait on each other more
// than they work (docs/PERFORMANCE.md "Speed, version 2"). Nothing reads those statistics. Only where the driver uses
// the system SQLite (OPVANGLOKET_SHARED_SQLITE); Qt's own builds carry a SQLite of their own that this cannot reach.
class SqliteProcessSettings
{
public:
    // Idempotent; after a connection has opened it changes nothing (SQLite then refuses) and says so in the log.
    static void applyBeforeFirstConnection();
};

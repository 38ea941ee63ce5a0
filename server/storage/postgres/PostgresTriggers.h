#pragma once

#include <QString>

class SqlDatabase;

// Operator edits on PostgreSQL (psql on the live database): triggers on every synced table give a row written
// without the server a fresh seq from the commit-ordered counter, so pulls carry it, and NOTIFY the commit
// channel so every instance pokes its clients:
// - a statement-level BEFORE trigger locks the counter row first, in the same order as the server's write
//   transactions (counter, then rows), so an operator's edit and a server write cannot deadlock on each other;
// - INSERT without seq: seq, version 1 and updated_at when missing;
// - UPDATE that leaves seq as it was: new seq, version + 1, updated_at now, updated_by NULL, and a scope-exit
//   tombstone when the region changed (accounts: the synced columns only, never the password hash);
// - DELETE without a tombstone of its own: a tombstone with a new seq.
// The server's own writes always set a new seq and write tombstones before deleting, so they pass untouched.
class PostgresTriggers
{
public:
    // Creates the functions and triggers; inside the caller's (migration) transaction.
    static void install(SqlDatabase& db);
    // A transaction-local setting, '1' once the transaction holds the counter lock: set by the lock trigger
    // and by PostgresStorage::beginWrite, so the lock trigger costs nothing after the first statement.
    static QString counterLockedSetting();

private:
    static void installFunctions(SqlDatabase& db);
    static void installTriggers(SqlDatabase& db);
};

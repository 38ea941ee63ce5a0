#pragma once

#include <QString>
#include <QStringList>

class SqlDatabase;

// Operator edits on SQLite (sqlite3 on the live file): triggers on every synced table give a row written
// without the server a fresh seq from the commit-ordered counter (meta 'seq', taken inside the operator's
// write transaction, so seq order stays commit order), so pulls carry it:
// - INSERT without seq: re-inserted with seq, version 1 and updated_at when missing (BEFORE + RAISE(IGNORE),
//   because SQLite checks NOT NULL before an AFTER trigger could fill the columns);
// - UPDATE that leaves seq as it was: new seq, version + 1, updated_at now, updated_by NULL, and a scope-exit
//   tombstone when the region changed (accounts: the synced columns only, never the password hash);
// - DELETE without a tombstone of its own: a tombstone with a new seq.
// The server's own writes always set a new seq and write tombstones before deleting, so they pass untouched.
class SqliteTriggers
{
public:
    // Creates or replaces (when the table's columns changed) the triggers; inside the caller's transaction.
    static void ensure(SqlDatabase& db);

private:
    struct Trigger {
        QString name;
        QString sql;
    };
    static QVector<Trigger> triggersFor(const QString& table, const QStringList& columns);
    static QString insertTrigger(const QString& table, const QStringList& columns);
    static QString updateTrigger(const QString& table);
    static QString deleteTrigger(const QString& table);
};

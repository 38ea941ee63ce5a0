#pragma once

#include <QScopedPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// The one keeper of the cache's derived rows between full rebuilds: the search documents (SearchIndex) and
// the Applications list's rows (ListIndex) of every application and parent that a transaction's changes
// reach (docs/ARCHITECTURE.md "The cache and its derived tables"). A writer starts a round, touches each
// source row it changes, forgets each row before deleting it, and refreshes once before it commits; the
// pull applier, the local writer and the duplicate merge all go through here, so no writer can forget one of
// the two derived tables. A first sync skips the rounds and rebuilds everything at the end (BulkLoad).
class DerivedRows
{
public:
    explicit DerivedRows(const QSqlDatabase& db);

    // Empties the temp table "touched(kind, id)" that collects this round's changed rows.
    bool start(QString* error);
    // Notes one changed row; rows of tables no derived row depends on are ignored.
    bool touch(const QString& table, const QString& id, QString* error);
    // Rebuilds the documents and list rows of the applications and parents the touched rows reach.
    bool refresh(QString* error);
    // Removes the derived rows of a row about to be deleted (they are keyed by its rowid).
    bool forget(const QString& table, const QString& id, QString* error);
    // start(), touch() and refresh() for one changed row (a local edit).
    bool refreshRow(const QString& table, const QString& id, QString* error);
    // Empties every derived table (the source rows are about to go too).
    bool clearAll(QString* error);

    static bool dependsOn(const QString& table);

private:
    QSqlDatabase m_db;
    QScopedPointer<QSqlQuery> m_touch; // prepared once: a pull page touches thousands of rows
    bool m_touched = false;            // this round: refresh() has nothing to rebuild otherwise
};

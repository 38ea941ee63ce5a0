#pragma once

#include <QSqlDatabase>
#include <QString>

// The FTS5 side of the cache: which text of a parent or an application is searchable, and how a person's
// search text becomes an FTS5 query. Documents are keyed by the source row's rowid. The lists' derived rows
// (ListIndex) depend on the same source rows, so they are refreshed and removed here too (a
// full rebuild is the caller's: see BulkLoad).
class SearchIndex
{
public:
    // The temp table "touched(kind, id)" collects the rows a transaction changed (kind is a table name):
    // clearTouched() empties it, touchSql() adds one row, refreshTouched() rebuilds the documents of the
    // applications and parents those rows affect. All run inside the caller's transaction.
    static bool clearTouched(QSqlDatabase& db, QString* error);
    static QString touchSql() { return QStringLiteral("INSERT INTO touched(kind, id) VALUES (?, ?)"); }
    static bool refreshTouched(QSqlDatabase& db, QString* error);
    // The three steps above for one changed row (a local edit).
    static bool refreshRow(QSqlDatabase& db, const QString& table, const QString& id, QString* error);
    // Removes the document of a row about to be deleted.
    static bool removeDocument(QSqlDatabase& db, const QString& table, const QString& id, QString* error);
    // Rebuilds everything (after a migration or a repair).
    static bool rebuildAll(QSqlDatabase& db, QString* error);

    // "0470 12 34" -> "047012"*, "Celik an" -> "Celik"* "an"*; empty when nothing searchable is left.
    static QString matchExpression(const QString& userText);
    static bool hasSearchIndex(const QString& table);
};

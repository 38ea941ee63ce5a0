#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The FTS5 side of the cache: which text of a parent or an application is searchable, and how a person's
// search text becomes an FTS5 query. Documents are keyed by the source row's rowid. Which documents a change
// reaches is DerivedRows' to work out (it keeps the list rows too); a full rebuild is BulkLoad's.
class SearchIndex
{
public:
    // Rebuilds the documents of the applications and parents whose rowids the two SQL subqueries yield.
    static bool refreshDocuments(QSqlDatabase& db, const QString& applicationRowidsSql, const QString& parentRowidsSql,
                                 QString* error);
    // Removes the document of a row about to be deleted.
    static bool removeDocument(QSqlDatabase& db, const QString& table, const QString& id, QString* error);
    // Rebuilds everything (after a migration or a repair).
    static bool rebuildAll(QSqlDatabase& db, QString* error);
    // Writes the document of every application and parent of the main database into <schema>.fts_applications and
    // <schema>.fts_parents, which are empty (an attached database's, for a build beside the cache: SearchIndexBuild).
    static bool fillAll(QSqlDatabase& db, const QString& schema, QString* error);

    // "0470 12 34" -> "047012"*, "Celik an" -> "Celik"* "an"*; empty when nothing searchable is left.
    static QString matchExpression(const QString& userText);
    static bool hasSearchIndex(const QString& table);
    static QStringList tables() { return {QStringLiteral("fts_applications"), QStringLiteral("fts_parents")}; }
};

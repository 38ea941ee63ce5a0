#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The Applications list's own narrow copy of each application (cache schema 6): the columns it shows, the
// parent's municipality and the priority grounds as plain 0/1 columns, plus one row per preferred location.
// A filter or a sort then reads a few dozen bytes per application, with an index for each, instead of
// joining the parent and parsing the JSON of every candidate row. Derived data only: never synced, rebuilt
// from the source tables whenever they change (together with the search documents, from the same set of
// touched rows) and wholly after a first sync.
class ListIndex
{
public:
    // Rebuilds the rows of the applications whose rowids the SQL subquery yields.
    static bool refresh(QSqlDatabase& db, const QString& rowidsSql, QString* error);
    // Removes the rows of an application about to be deleted.
    static bool remove(QSqlDatabase& db, const QString& applicationId, QString* error);
    static bool rebuildAll(QSqlDatabase& db, QString* error);

    // The 0/1 column that holds a priority flag of ListFilter::priorityFlags().
    static QString priorityColumn(const QString& flag) { return QStringLiteral("priority_") + flag; }
    // The derived tables, whose indexes a first sync builds once at the end like the source tables'.
    static QStringList tables() { return {QStringLiteral("list_applications"), QStringLiteral("list_preferences")}; }
};

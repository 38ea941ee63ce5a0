#pragma once

#include "store/conflicts/ConflictEntry.h"

#include <QStringList>
#include <QVariantList>
#include <QVector>

class LocalCache;
class QSqlQuery;

// The conflicts table and its only reader and writer: the single record of changes the server did not
// apply. An entry is open until a person resolves, resends or discards it; closing deletes it, so every
// count is of open ones.
class ConflictStore
{
public:
    struct Counts {
        int conflicts = 0; // conflict, gone, duplicate: the server holds something else
        int rejected = 0;  // the server refused the change
    };

    explicit ConflictStore(const LocalCache& cache);

    // Oldest first: the order in which they happened.
    QVector<ConflictEntry> openEntries() const;
    ConflictEntry entry(qint64 id) const;
    Counts openCounts() const;
    int count() const;
    bool close(qint64 id, QString* error) const;
    // Keeps a change the server did not apply (the entry's id and createdAt are given here). A mutation
    // replayed after a server restore may come back refused again: one open entry per local mid and row.
    bool record(const ConflictEntry& entry, QString* error) const;

    // Entries salvaged from a damaged cache file, as raw column values in salvageColumns() order.
    static const QStringList& salvageColumns();
    bool restore(const QVector<QVariantList>& rows, QString* error) const;

private:
    static ConflictEntry fromQuery(const QSqlQuery& q, bool hasOp);
    // The conflicts table of schema 2 does not record the operation; see guessOp().
    bool hasOpColumn() const;
    static QString guessOp(const ConflictEntry& entry);
    QString columns() const;

    const LocalCache& m_cache;
};

#pragma once

#include "protocol/SyncMessages.h"

#include <QSet>
#include <QString>
#include <QVector>

class LocalCache;

// The pending_server_rows table and its only reader and writer: server rows that arrived while this
// computer still had unsent changes to the same row. Applying them then would undo what a counter worker
// typed, so they wait here until the outbox has nothing pending for the row (docs/ARCHITECTURE.md "The cache
// and its derived tables"). Each call runs inside the caller's transaction.
class ParkedRows
{
public:
    explicit ParkedRows(const LocalCache& cache);

    bool park(const Protocol::Change& change, QString* error);
    bool drop(const QString& table, const QString& id, QString* error);
    // "table/id" of every parked row.
    bool keys(QSet<QString>* keys, QString* error) const;
    // The parked rows whose row is not in stillPending ("table/id"): ready to be applied.
    bool ready(const QSet<QString>& stillPending, QVector<Protocol::Change>* rows, QString* error) const;
    bool clear(QString* error);

private:
    const LocalCache& m_cache;
};

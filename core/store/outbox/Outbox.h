#pragma once

#include "store/outbox/OutboxEntry.h"

#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <optional>

class LocalCache;

// The outbox table and its only reader and writer: the counter's changes that have not reached the server,
// and for a while the acknowledged ones (a replay after a server restore needs them). Every other class
// asks here, so what "pending" and "acknowledged" mean is written once. Each call runs inside whatever
// transaction the caller has open on the cache's connection.
class Outbox
{
public:
    explicit Outbox(const LocalCache& cache);

    bool append(const QString& table, const QString& op, const QString& rowId, qint64 baseVersion,
                const QJsonObject& payload, QString* error);

    // Pending = not acknowledged by the server yet. Oldest first.
    // At most `limit` entries whose payloads together stay within maxPayloadBytes (at least one entry).
    QVector<OutboxEntry> oldestPending(int limit, qint64 maxPayloadBytes, QString* error) const;
    QVector<OutboxEntry> pendingFor(const QString& table, const QString& rowId, QString* error) const;
    std::optional<OutboxEntry> pendingEntry(qint64 mid);
    // "table/id" of every row with pending entries.
    bool pendingRows(QSet<QString>* rows, QString* error) const;
    // Pending inserts and updates of one row: each raises the version the server will have.
    int pendingWrites(const QString& table, const QString& rowId) const;
    // The first pending mid above afterMid, 0 when there is none.
    bool firstPendingAfter(qint64 afterMid, qint64* first, QString* error) const;
    int pendingCount() const;
    int acknowledgedCount() const;

    // Counts one more sending of the entries firstMid..lastMid.
    bool noteSent(qint64 firstMid, qint64 lastMid, QString* error);
    bool acknowledge(qint64 mid, const QString& at, QString* error);
    // Also the entries whose results were lost in transit: the server's last mid covers them.
    bool acknowledgeUpTo(qint64 mid, const QString& at, QString* error);
    // Back to pending: what a restored server lost.
    bool requeueAfter(qint64 afterMid, int* count, QString* error);
    // keepDays 0 purges every acknowledged entry.
    bool purgeAcknowledged(int keepDays, QString* error);
    // Pending entries of one row that were never sent.
    bool dropUnsent(const QString& table, const QString& rowId, QString* error);
    bool replacePayload(qint64 mid, const QJsonObject& payload, QString* error);

    // Entries salvaged from a damaged cache file, as raw column values in columns() order.
    static const QStringList& columns();
    bool restore(const QVector<QVariantList>& rows, QString* error);

private:
    bool run(QSqlQuery& q, QString* error) const;

    const LocalCache& m_cache;
    std::optional<QSqlQuery> m_entryQuery; // prepared once: a push settles hundreds of entries
    std::optional<QSqlQuery> m_ackQuery;
};

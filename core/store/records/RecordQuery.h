#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

class LocalCache;

// Reads whole records of the synced tables as wire-format JSON (docs/ARCHITECTURE.md "Domain" field names), for detail
// panels, exports and tests that compare the cache with the server.
class RecordQuery
{
public:
    explicit RecordQuery(const LocalCache& cache);

    QJsonObject row(const QString& table, const QString& id) const;
    QVector<QJsonObject> rowsWhere(const QString& table, const QString& column, const QString& value,
                                   const QString& orderBy = QString()) const;
    QVector<QJsonObject> allRows(const QString& table) const;
    // "id:version" of every row, sorted: the same lines the server's digest hashes.
    QStringList versionLines(const QString& table) const;
    QMap<QString, int> rowCounts() const;
    // Outbox entries the server has not acknowledged yet.
    int pendingChanges() const;
    // The unsent outbox entries of one row, oldest first: {"op", "created_at", "fields": [names]} (for an
    // insert the fields it fills). What the history shows as "not sent yet".
    QVector<QJsonObject> pendingFor(const QString& table, const QString& id) const;
    // Acknowledged entries kept for a replay after a server restore (see OutboxReplay).
    int acknowledgedKept() const;
    int conflictCount() const;

private:
    QVector<QJsonObject> select(const QString& table, const QString& where, const QString& value,
                                const QString& orderBy) const;

    const LocalCache& m_cache;
};

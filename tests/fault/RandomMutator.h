#pragma once

#include "RecordedMutation.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QVector>

class LocalCache;

// A clerk's random actions on one client's cache, written with LocalWriter as the desktop client writes
// them (row and outbox entry in one transaction): new parents, children and applications; changes to
// one or two random fields of rows the client sees, often of the same few rows the other clients change
// too (so merges, conflicts, duplicates and gone rows happen); deletes of rows the client created.
class RandomMutator
{
public:
    explicit RandomMutator(quint32 seed);

    // One action by client `client`, writing in one of `regions`, on its open cache. Returns the outbox
    // entries it queued: one, or none when it changed nothing (a value the row already had) or the local
    // validation refused it.
    QVector<RecordedMutation> mutateOnce(int client, const QStringList& regions, LocalCache& cache);
    int localRefusals() const { return m_localRefusals; }

private:
    struct Created {
        QString table;
        QString id;
    };

    static qint64 highestMid(const LocalCache& cache);
    static QVector<RecordedMutation> entriesAfter(const LocalCache& cache, qint64 mid, int client);
    bool write(int client, LocalCache& cache, const QString& region);
    bool insertParent(int client, LocalCache& cache, const QString& region);
    bool insertChild(int client, LocalCache& cache, const QString& region);
    bool insertApplication(int client, LocalCache& cache, const QString& region);
    bool insertRow(int client, LocalCache& cache, const QString& table, const QJsonObject& row);
    bool updateRow(int client, LocalCache& cache, const QString& region);
    bool deleteOwnRow(int client, LocalCache& cache);
    // A row of `table` in `region` the client has: one of the first few (which every client of the region
    // picks too), one any client created, or any at all. Empty when there is none.
    QString pickRow(const LocalCache& cache, const QString& table, const QString& region);
    QString rowAt(const LocalCache& cache, const QString& table, const QString& region, int offset) const;
    int rowCount(const LocalCache& cache, const QString& table, const QString& region) const;
    QString pickTable();
    QJsonObject randomChanges(int client, const QString& table);
    QJsonValue randomValue(int client, const QString& table, const QString& field);
    template <typename T> const T& oneOf(const QVector<T>& values) { return values.at(m_rng.bounded(values.size())); }

    QRandomGenerator m_rng;
    QHash<int, QVector<Created>> m_createdBy; // per client, for its deletes
    QHash<QString, QStringList> m_created;    // per table, by any client: others change them too
    int m_localRefusals = 0;
    int m_serial = 0; // makes every typed value new, so two clients' edits of one field really differ
};

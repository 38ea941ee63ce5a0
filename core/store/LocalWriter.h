#pragma once

#include <QJsonObject>
#include <QString>

class LocalCache;

// Local edits. One user action is one transaction that changes the row and appends the matching mutation
// to the outbox (DESIGN §5), so what a counter worker typed survives a crash and reaches the server later.
class LocalWriter
{
public:
    explicit LocalWriter(LocalCache& cache);

    bool insert(const QString& table, const QJsonObject& row, QString* error);
    // newValues holds only the fields that change; their current values become the mutation's "old".
    bool update(const QString& table, const QString& id, const QJsonObject& newValues, QString* error);
    bool remove(const QString& table, const QString& id, QString* error);

private:
    bool writeRow(const QString& table, const QJsonObject& row, QString* error);
    bool appendOutbox(const QString& table, const QString& op, const QString& id, qint64 baseVersion,
                      const QJsonObject& payload, QString* error);
    bool refreshSearch(const QString& table, const QString& id, QString* error);
    bool finish(bool ok, QString* error);

    LocalCache& m_cache;
};

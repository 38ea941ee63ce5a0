#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

class LocalCache;

// Local edits. One user action is one transaction that changes the row and appends the matching mutation
// to the outbox (docs/ARCHITECTURE.md "The cache and its derived tables"), so what a counter worker typed survives a
// crash and reaches the server later.
class LocalWriter
{
public:
    // More work that must commit with the change or not at all, on the same connection (closing the conflict
    // entry the change resolves). Runs even when an update turns out to change nothing.
    using AlsoDo = std::function<bool(QString* error)>;

    // Own: every call is its own transaction. Caller: the caller has begun one and commits or rolls back
    // the whole of it (several changes that belong together, as a merge of two records).
    enum class Transaction { Own, Caller };

    explicit LocalWriter(LocalCache& cache, Transaction transaction = Transaction::Own);

    bool insert(const QString& table, const QJsonObject& row, QString* error, const AlsoDo& also = {});
    // newValues holds only the fields that change; their current values become the mutation's "old".
    bool update(const QString& table, const QString& id, const QJsonObject& newValues, QString* error,
                const AlsoDo& also = {});
    bool remove(const QString& table, const QString& id, QString* error, const AlsoDo& also = {});

private:
    qint64 expectedServerVersion(const QString& table, const QString& id, const QJsonObject& current);
    bool writeRow(const QString& table, const QJsonObject& row, QString* error);
    bool refreshDerived(const QString& table, const QString& id, QString* error);
    bool begin(QString* error);
    bool finish(bool ok, QString* error);
    bool runAlone(const AlsoDo& also, QString* error);

    LocalCache& m_cache;
    Transaction m_transaction;
};

#pragma once

#include "protocol/SyncMessages.h"

#include <QJsonObject>

#include <QString>
#include <QVector>

class LocalCache;

// Reading the outbox as protocol mutations, and settling it with the server's results: an acknowledged
// entry leaves the outbox; one the server did not apply (conflict, rejected, gone, duplicate) is kept in
// the conflicts table beside the server's row until a person decides.
class OutboxBatch
{
public:
    static QVector<Protocol::Mutation> next(LocalCache& cache, int limit, QString* error);
    // Also returns the rows to write back so the cache shows the server's truth: the server's row where a
    // result carries one (an application's number, a conflict's current state), a removal for a rejected
    // insert (the typed values stay in the conflicts table).
    static bool settle(LocalCache& cache, const Protocol::PushResponse& response,
                       QVector<Protocol::Change>* corrections, QString* error);

private:
    // One outbox entry as settle() reads it, once, for both steps below.
    struct Entry {
        QString table;
        QString rowId;
        QString op; // insert | update | delete
        QJsonObject payload;
    };

    static void correct(LocalCache& cache, const Entry& entry, const Protocol::MutationResult& result,
                        QVector<Protocol::Change>* corrections);
    static bool recordProblem(LocalCache& cache, const Entry& entry, const Protocol::MutationResult& result,
                              QString* error);
};

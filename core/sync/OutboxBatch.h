#pragma once

#include "protocol/SyncMessages.h"
#include "store/outbox/OutboxEntry.h"

#include <QJsonObject>

#include <QString>
#include <QVector>

class LocalCache;

// Reading the outbox as protocol mutations, and settling it with the server's results: an acknowledged
// entry is marked (acked_at) and kept for a while, so it can be replayed to a restored server (OutboxReplay);
// one the server did not apply (conflict, rejected, gone, duplicate) is also kept in the conflicts table beside
// the server's row until a person decides.
//
// Local mids (the outbox's AUTOINCREMENT) are never renumbered. On the wire a mid is local mid - mid_base
// (sync_state): the base changes only when the client takes a new client id (see OutboxReplay).
class OutboxBatch
{
public:
    // The oldest pending entries, with wire mids.
    static QVector<Protocol::Mutation> next(LocalCache& cache, int limit, QString* error);
    // Notes that these entries (wire mids) are about to be sent.
    static bool markSent(LocalCache& cache, const QVector<Protocol::Mutation>& batch, QString* error);
    static qint64 midBase(const LocalCache& cache);
    // In one transaction: marks the entries acknowledged, keeps what a person must decide on in
    // `conflicts`, and writes back what makes the cache show the server's truth: the server's row where a
    // result carries one (an application's number, a conflict's current state), a removal for a refused
    // insert (the typed values stay in the conflicts table).
    static bool settle(LocalCache& cache, const Protocol::PushResponse& response, QString* error);

private:
    static void correct(LocalCache& cache, const OutboxEntry& entry, const Protocol::MutationResult& result,
                        QVector<Protocol::Change>* corrections);
    static bool recordProblem(LocalCache& cache, const OutboxEntry& entry, const Protocol::MutationResult& result,
                              QString* error);
};

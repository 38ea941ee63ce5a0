#pragma once

#include "ApiReply.h"
#include "AuthContext.h"
#include "ServerStorage.h"
#include "protocol/SyncMessages.h"

#include <functional>

class ServerStorage;

// POST /api/v1/sync/push (DESIGN §4): checks the batch, replays recorded results of mids already
// applied, and applies each new mutation in its own transaction together with the client's
// last_mutation_id, its recorded result and an audit event.
class PushService
{
public:
    using CommitListener = std::function<void(qint64 seq, const QVector<CommittedRow>& rows)>;

    explicit PushService(ServerStorage& storage);
    // Called after each commit that wrote a synced row (the notify hook).
    void setCommitListener(CommitListener listener) { m_listener = std::move(listener); }

    ApiReply push(const AuthContext& context, const QJsonObject& body);

private:
    bool parse(const QJsonObject& body, Protocol::PushRequest* request, ApiReply* failure) const;
    Protocol::MutationResult applyOne(const AuthContext& context, const QString& clientId,
                                      const Protocol::Mutation& mutation);

    ServerStorage& m_storage;
    CommitListener m_listener;
};

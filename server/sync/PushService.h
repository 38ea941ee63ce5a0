#pragma once

#include "auth/AuthContext.h"
#include "http/ApiReply.h"
#include "protocol/SyncMessages.h"
#include "storage/ServerStorage.h"
#include "sync/WriteHook.h"

#include <functional>
#include <memory>
#include <vector>

class WriteTransaction;

// POST /api/v1/sync/push (docs/PROTOCOL.md "Push"): checks the batch, replays recorded results of mids already
// applied, and applies the new mutations in one transaction: each under a savepoint of its own (a
// mutation failing in storage is undone alone and recorded as rejected), each with its own seq, recorded
// result and audit event, and the client's last_mutation_id once. One commit, then the answer and the
// pokes. A failed commit fails the whole request (500) with nothing recorded, so the retry is safe.
class PushService
{
public:
    // Called after a commit with the rows it wrote (for a delete: as it was): the notify hook.
    using CommitListener = std::function<void(const QVector<CommittedRow>& rows)>;

    explicit PushService(ServerStorage& storage);
    void setCommitListener(CommitListener listener) { m_listener = std::move(listener); }
    // Runs after every row a push writes, inside its transaction (see WriteHook); in the order added.
    void addWriteHook(std::unique_ptr<WriteHook> hook) { m_writeHooks.push_back(std::move(hook)); }
    // The same hooks for writes that are not pushes but must be followed alike (confirming an allocation's offers).
    const std::vector<std::unique_ptr<WriteHook>>& writeHooks() const { return m_writeHooks; }

    ApiReply push(const AuthContext& context, const QJsonObject& body);

private:
    // 403 for another account's client_id, 409 mutation_gap; else *last = the client's last_mutation_id.
    bool checkBatch(const AuthContext& context, const Protocol::PushRequest& request, qint64* last,
                    ApiReply* failure) const;
    ApiReply applyBatch(const AuthContext& context, const Protocol::PushRequest& request);
    // Results for the whole batch: recorded ones for mids up to `last`, the others applied within tx.
    Protocol::PushResponse respond(const AuthContext& context, const Protocol::PushRequest& request, qint64 last,
                                   WriteTransaction* tx, QVector<CommittedRow>* written);
    Protocol::MutationResult recorded(const QString& clientId, qint64 mid) const;
    Protocol::MutationResult applyOne(const AuthContext& context, const QString& clientId,
                                      const Protocol::Mutation& mutation, WriteTransaction& tx,
                                      QVector<CommittedRow>* written);

    ServerStorage& m_storage;
    CommitListener m_listener;
    std::vector<std::unique_ptr<WriteHook>> m_writeHooks;
};

#include "sync/PushService.h"

#include "protocol/ApiConstants.h"
#include "service/ServerLogging.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "sync/MutationApplier.h"

namespace {

// The answer to a body PushRequest::fromJson refused (docs/PROTOCOL.md "Push", "Input limits").
ApiReply refused(Protocol::PushRequest::Refusal refusal, const QString& error)
{
    if (refusal == Protocol::PushRequest::Refusal::SchemaVersion) {
        return ApiReply::error(426, QStringLiteral("upgrade_required"),
                               QStringLiteral("This server accepts schema versions %1 to %2.")
                                   .arg(Protocol::kOldestSchemaVersion)
                                   .arg(Protocol::kSchemaVersion),
                               {{QStringLiteral("min_schema_version"), Protocol::kOldestSchemaVersion},
                                {QStringLiteral("max_schema_version"), Protocol::kSchemaVersion}});
    }
    return ApiReply::error(400, QStringLiteral("malformed"), error);
}

} // namespace

PushService::PushService(ServerStorage& storage)
    : m_storage(storage)
{
}

ApiReply PushService::push(const AuthContext& context, const QJsonObject& body)
{
    QString error;
    Protocol::PushRequest::Refusal refusal = Protocol::PushRequest::Refusal::None;
    const std::optional<Protocol::PushRequest> request = Protocol::PushRequest::fromJson(body, &error, &refusal);
    if (!request)
        return refused(refusal, error);
    qint64 last = 0;
    ApiReply failure;
    if (!checkBatch(context, *request, &last, &failure))
        return failure;
    if (request->mutations.isEmpty() || request->mutations.last().mid <= last) {
        // A pure replay (a client retrying after a lost answer) writes nothing and needs no writer lock.
        const Protocol::PushResponse response = respond(context, *request, last, nullptr, nullptr);
        return ApiReply::ok(response.toJson());
    }
    return applyBatch(context, *request);
}

bool PushService::checkBatch(const AuthContext& context, const Protocol::PushRequest& request, qint64* last,
                             ApiReply* failure) const
{
    const std::optional<ClientRecord> client = m_storage.client(request.clientId);
    if (client && client->accountId != context.account.id) {
        *failure = ApiReply::error(403, QStringLiteral("forbidden"),
                                   QStringLiteral("This client_id belongs to another account."));
        return false;
    }
    *last = client ? client->lastMutationId : 0;
    for (int i = 0; i < request.mutations.size(); ++i) {
        const qint64 mid = request.mutations.at(i).mid;
        const bool startOk = i > 0 || mid <= *last + 1;
        const bool consecutive = i == 0 || mid == request.mutations.at(i - 1).mid + 1;
        if (!startOk || !consecutive) {
            *failure =
                ApiReply::error(409, QStringLiteral("mutation_gap"),
                                QStringLiteral("Mutations must be consecutive and start at most at %1.").arg(*last + 1),
                                {{QStringLiteral("last_mutation_id"), *last}});
            return false;
        }
    }
    return true;
}

ApiReply PushService::applyBatch(const AuthContext& context, const Protocol::PushRequest& request)
{
    QVector<CommittedRow> written;
    WriteTransaction tx(m_storage);
    // Checked again under the writer lock: another server instance may have applied part of this batch
    // since the first check (those mids are then replayed like any other).
    qint64 last = 0;
    ApiReply failure;
    if (!checkBatch(context, request, &last, &failure))
        return failure;
    const Protocol::PushResponse response = respond(context, request, last, &tx, &written);
    m_storage.saveClient({request.clientId, context.account.id, response.lastMutationId});
    // Throws when the commit fails: the handler answers 500 and nothing of the batch was recorded.
    tx.commit();
    qCDebug(lcServerSync) << "push" << request.mutations.size() << "mutations, last" << response.lastMutationId;
    if (m_listener && !written.isEmpty())
        m_listener(written);
    return ApiReply::ok(response.toJson());
}

Protocol::PushResponse PushService::respond(const AuthContext& context, const Protocol::PushRequest& request,
                                            qint64 last, WriteTransaction* tx, QVector<CommittedRow>* written)
{
    Protocol::PushResponse response;
    response.lastMutationId = last;
    for (const Protocol::Mutation& m : request.mutations) {
        if (m.mid <= last) {
            response.results.append(recorded(request.clientId, m.mid));
            continue;
        }
        Q_ASSERT(tx); // push() only answers without a transaction when every mid is recorded already
        response.results.append(applyOne(context, request.clientId, m, *tx, written));
        response.lastMutationId = m.mid;
    }
    return response;
}

Protocol::MutationResult PushService::recorded(const QString& clientId, qint64 mid) const
{
    const std::optional<QJsonObject> stored = m_storage.recordedResult(clientId, mid);
    if (stored)
        return Protocol::MutationResult::fromJson(*stored);
    Protocol::MutationResult result;
    result.mid = mid;
    result.status = Protocol::MutationStatus::Applied;
    return result;
}

Protocol::MutationResult PushService::applyOne(const AuthContext& context, const QString& clientId,
                                               const Protocol::Mutation& mutation, WriteTransaction& tx,
                                               QVector<CommittedRow>* written)
{
    MutationApplier applier(m_storage, context, m_writeHooks);
    Protocol::MutationResult result;
    // A seq per mutation, not per batch: a pull page never splits a seq, so one seq for a batch of 200 would
    // make 200-row pages regardless of the client's limit, and a result's seq keeps meaning "this mutation".
    // The seqs stay commit-ordered: the writer lock (SQLite BEGIN IMMEDIATE, PostgreSQL's counter row lock)
    // is held for the whole batch, so no other writer takes one in between, and all become visible at commit.
    tx.beginStep();
    try {
        result = applier.apply(mutation, tx);
        tx.endStep();
        written->append(applier.touched());
    } catch (const StorageError& e) {
        // Undoes this mutation's writes only. Should even that fail, the exception ends the whole request
        // (500, the transaction rolled back, nothing recorded).
        tx.undoStep();
        qCWarning(lcServerStorage) << "push: mutation" << mutation.mid << "on" << mutation.table
                                   << "failed in storage:" << e.what();
        result = Protocol::MutationResult();
        result.mid = mutation.mid;
        result.status = Protocol::MutationStatus::Rejected;
        result.reason = QStringLiteral("invalid: the server could not store this change (database error)");
    }
    m_storage.recordResult(clientId, mutation.mid, result.toJson());
    // The version only when this mutation wrote the row (result.seq is set then): the history of a row lists
    // the writes, and a conflict that merged nothing reports the version it found, not one it made.
    const bool wrote = result.seq > 0;
    m_storage.appendAudit(
        {context.account.id,
         QStringLiteral("push.%1.%2").arg(Protocol::Mutation::opName(mutation.op), result.statusText()), mutation.table,
         mutation.id, QString(), wrote ? applier.changedFields() : QStringList(), wrote ? result.version : 0});
    return result;
}

#include "PushService.h"

#include "MutationApplier.h"
#include "ServerLogging.h"
#include "ServerStorage.h"
#include "WriteTransaction.h"
#include "protocol/ApiConstants.h"

#include <QJsonArray>

namespace {

constexpr int kOldestSchemaVersion = Protocol::kSchemaVersion > 1 ? Protocol::kSchemaVersion - 1 : 1;

ApiReply malformed(const QString& message)
{
    return ApiReply::error(400, QStringLiteral("malformed"), message);
}

} // namespace

PushService::PushService(ServerStorage& storage)
    : m_storage(storage)
{
}

bool PushService::parse(const QJsonObject& body, Protocol::PushRequest* request, ApiReply* failure) const
{
    const QJsonValue clientId = body.value(QLatin1String("client_id"));
    if (!clientId.isString() || clientId.toString().isEmpty() || clientId.toString().size() > 100) {
        *failure = malformed(QStringLiteral("\"client_id\" must be a non-empty string"));
        return false;
    }
    const QJsonValue schema = body.value(QLatin1String("schema_version"));
    if (!schema.isDouble()) {
        *failure = malformed(QStringLiteral("\"schema_version\" must be a number"));
        return false;
    }
    const int version = schema.toInt();
    if (version < kOldestSchemaVersion || version > Protocol::kSchemaVersion) {
        *failure = ApiReply::error(426, QStringLiteral("upgrade_required"),
                                   QStringLiteral("This server accepts schema versions %1 to %2.")
                                       .arg(kOldestSchemaVersion)
                                       .arg(Protocol::kSchemaVersion),
                                   {{QStringLiteral("min_schema_version"), kOldestSchemaVersion},
                                    {QStringLiteral("max_schema_version"), Protocol::kSchemaVersion}});
        return false;
    }
    if (!body.value(QLatin1String("mutations")).isArray()) {
        *failure = malformed(QStringLiteral("\"mutations\" must be an array"));
        return false;
    }
    request->clientId = clientId.toString();
    request->schemaVersion = version;
    const QJsonArray list = body.value(QLatin1String("mutations")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        Protocol::Mutation m;
        QString error;
        if (!list.at(i).isObject() || !Protocol::Mutation::fromJson(list.at(i).toObject(), &m, &error)) {
            *failure = malformed(QStringLiteral("mutation %1: %2")
                                     .arg(i)
                                     .arg(error.isEmpty() ? QStringLiteral("not an object") : error));
            return false;
        }
        request->mutations.append(m);
    }
    return true;
}

ApiReply PushService::push(const AuthContext& context, const QJsonObject& body)
{
    Protocol::PushRequest request;
    ApiReply failure;
    if (!parse(body, &request, &failure))
        return failure;
    const std::optional<ClientRecord> client = m_storage.client(request.clientId);
    if (client && client->accountId != context.account.id)
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               QStringLiteral("This client_id belongs to another account."));
    const qint64 last = client ? client->lastMutationId : 0;
    for (int i = 0; i < request.mutations.size(); ++i) {
        const qint64 mid = request.mutations.at(i).mid;
        const bool startOk = i > 0 || mid <= last + 1;
        const bool consecutive = i == 0 || mid == request.mutations.at(i - 1).mid + 1;
        if (!startOk || !consecutive)
            return ApiReply::error(
                409, QStringLiteral("mutation_gap"),
                QStringLiteral("Mutations must be consecutive and start at most at %1.").arg(last + 1),
                {{QStringLiteral("last_mutation_id"), last}});
    }
    Protocol::PushResponse response;
    response.lastMutationId = last;
    for (const Protocol::Mutation& m : request.mutations) {
        if (m.mid <= last) {
            const std::optional<QJsonObject> recorded = m_storage.recordedResult(request.clientId, m.mid);
            response.results.append(Protocol::MutationResult::fromJson(recorded.value_or(
                QJsonObject{{QStringLiteral("mid"), m.mid}, {QStringLiteral("status"), QStringLiteral("applied")}})));
            continue;
        }
        response.results.append(applyOne(context, request.clientId, m));
        response.lastMutationId = m.mid;
    }
    qCDebug(lcServerSync) << "push" << request.mutations.size() << "mutations, last" << response.lastMutationId;
    return ApiReply::ok(response.toJson());
}

Protocol::MutationResult PushService::applyOne(const AuthContext& context, const QString& clientId,
                                               const Protocol::Mutation& mutation)
{
    WriteTransaction tx(m_storage);
    MutationApplier applier(m_storage, context);
    const Protocol::MutationResult result = applier.apply(mutation, tx);
    m_storage.recordResult(clientId, mutation.mid, result.toJson());
    m_storage.saveClient({clientId, context.account.id, mutation.mid});
    m_storage.appendAudit({context.account.id,
                           QStringLiteral("push.%1.%2").arg(Protocol::Mutation::opName(mutation.op), result.status),
                           mutation.table, mutation.id, QString()});
    tx.commit();
    if (m_listener && !applier.touched().isEmpty())
        m_listener(applier.touched().first().seq, applier.touched());
    return result;
}

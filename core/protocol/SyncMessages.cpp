#include "SyncMessages.h"

#include "ApiConstants.h"
#include "JsonChecks.h"
#include "TableSchema.h"

#include <QJsonArray>
#include <limits>

namespace Protocol {
namespace {
QString key(const char* name)
{
    return QString::fromLatin1(name);
}

// Field names are part of the request's structure: one that no field can have is malformed, not a value to
// reject (a reason quoting it could not be stored as it was sent either).
bool hasWellFormedKeys(const QJsonObject& object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!JsonChecks::isWellFormed(it.key()))
            return false;
    }
    return true;
}
} // namespace

QJsonObject Change::toJson() const
{
    QJsonObject json{{key("table"), table},
                     {key("id"), id},
                     {key("op"), deleted ? key("delete") : key("upsert")},
                     {key("version"), version},
                     {key("seq"), seq}};
    if (!deleted)
        json.insert(key("row"), row);
    return json;
}

Change Change::fromJson(const QJsonObject& json)
{
    Change c;
    c.table = json.value(key("table")).toString();
    c.id = json.value(key("id")).toString();
    c.deleted = json.value(key("op")).toString() == key("delete");
    c.version = json.value(key("version")).toInteger();
    c.seq = json.value(key("seq")).toInteger();
    c.row = json.value(key("row")).toObject();
    return c;
}

QJsonObject PullPage::toJson() const
{
    QJsonArray list;
    for (const Change& c : changes)
        list.append(c.toJson());
    QJsonObject json{{key("epoch"), epoch},
                     {key("cursor"), cursor},
                     {key("has_more"), hasMore},
                     {key("last_mutation_id"), lastMutationId},
                     {key("changes"), list}};
    if (remaining >= 0)
        json.insert(key("remaining"), remaining);
    return json;
}

PullPage PullPage::fromJson(const QJsonObject& json)
{
    PullPage page;
    page.epoch = json.value(key("epoch")).toString();
    page.cursor = json.value(key("cursor")).toString();
    page.hasMore = json.value(key("has_more")).toBool();
    page.lastMutationId = json.value(key("last_mutation_id")).toInteger();
    page.remaining = json.value(key("remaining")).toInteger(-1);
    const QJsonArray list = json.value(key("changes")).toArray();
    page.changes.reserve(list.size());
    for (const QJsonValue& v : list)
        page.changes.append(Change::fromJson(v.toObject()));
    return page;
}

QString Mutation::opName(Op op)
{
    switch (op) {
    case Op::Insert:
        return key("insert");
    case Op::Update:
        return key("update");
    case Op::Delete:
        return key("delete");
    }
    return QString();
}

QJsonObject Mutation::toJson() const
{
    QJsonObject json{{key("mid"), mid},
                     {key("table"), table},
                     {key("op"), opName(op)},
                     {key("id"), id},
                     {key("base_version"), baseVersion}};
    if (op == Op::Insert)
        json.insert(key("row"), row);
    if (op == Op::Update)
        json.insert(key("changes"), changes);
    return json;
}

bool Mutation::fromJson(const QJsonObject& json, Mutation* out, QString* error)
{
    Mutation m;
    // Checked exactly: a fraction or a number beyond 2^53 read as 0 once, and a mid of 0 was answered as applied
    // from the replay of mids already seen, with nothing stored.
    if (!JsonChecks::isInteger(json.value(key("mid")), 1, kMaxExactInteger, &m.mid)) {
        *error = key("every mutation needs a \"mid\", a whole number from 1 to 2^53 - 1");
        return false;
    }
    m.table = json.value(key("table")).toString();
    if (!findTable(m.table)) {
        *error = key("unknown table \"%1\"").arg(m.table);
        return false;
    }
    const QString op = json.value(key("op")).toString();
    if (op == key("insert"))
        m.op = Op::Insert;
    else if (op == key("update"))
        m.op = Op::Update;
    else if (op == key("delete"))
        m.op = Op::Delete;
    else {
        *error = key("\"op\" must be insert, update or delete");
        return false;
    }
    m.id = json.value(key("id")).toString();
    if (m.id.isEmpty() || m.id.size() > 64 || !JsonChecks::isWellFormed(m.id)) {
        *error = key("every mutation needs an \"id\" (1 to 64 characters of valid Unicode)");
        return false;
    }
    const QJsonValue baseVersion = json.value(key("base_version"));
    if (!baseVersion.isUndefined() && !JsonChecks::isInteger(baseVersion, 0, kMaxExactInteger, &m.baseVersion)) {
        *error = key("\"base_version\" must be a whole number from 0 to 2^53 - 1");
        return false;
    }
    if (m.op == Op::Insert && !json.value(key("row")).isObject()) {
        *error = key("an insert needs a \"row\" object");
        return false;
    }
    if (m.op == Op::Update && !json.value(key("changes")).isObject()) {
        *error = key("an update needs a \"changes\" object");
        return false;
    }
    // Only what the op uses: a "row" sent with an update (or "changes" with an insert) plays no part.
    if (m.op == Op::Insert)
        m.row = json.value(key("row")).toObject();
    if (m.op == Op::Update)
        m.changes = json.value(key("changes")).toObject();
    if (!hasWellFormedKeys(m.row) || !hasWellFormedKeys(m.changes)) {
        *error = key("a field name is not valid Unicode (a lone UTF-16 surrogate)");
        return false;
    }
    *out = m;
    return true;
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const Mutation& m : mutations)
        list.append(m.toJson());
    return QJsonObject{{key("client_id"), clientId}, {key("schema_version"), schemaVersion}, {key("mutations"), list}};
}

std::optional<PushRequest> PushRequest::fromJson(const QJsonObject& json, QString* error, Refusal* refusal)
{
    Refusal ignored = Refusal::None;
    Refusal& why = refusal ? *refusal : ignored;
    why = Refusal::Malformed;
    const QJsonValue clientId = json.value(key("client_id"));
    if (!clientId.isString() || clientId.toString().isEmpty() || clientId.toString().size() > 100 ||
        !JsonChecks::isWellFormed(clientId.toString())) {
        *error = key("\"client_id\" must be 1 to 100 characters of valid Unicode");
        return std::nullopt;
    }
    qint64 version = 0;
    if (!JsonChecks::isInteger(json.value(key("schema_version")), std::numeric_limits<int>::min(),
                               std::numeric_limits<int>::max(), &version)) {
        *error = key("\"schema_version\" must be a whole number");
        return std::nullopt;
    }
    if (version < kOldestSchemaVersion || version > kSchemaVersion) {
        why = Refusal::SchemaVersion;
        *error = key("\"schema_version\" must be from %1 to %2").arg(kOldestSchemaVersion).arg(kSchemaVersion);
        return std::nullopt;
    }
    if (!json.value(key("mutations")).isArray()) {
        *error = key("\"mutations\" must be an array");
        return std::nullopt;
    }
    PushRequest request;
    request.clientId = clientId.toString();
    request.schemaVersion = int(version);
    const QJsonArray list = json.value(key("mutations")).toArray();
    request.mutations.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        Mutation m;
        QString problem;
        if (!list.at(i).isObject() || !Mutation::fromJson(list.at(i).toObject(), &m, &problem)) {
            *error = key("mutation %1: %2").arg(i).arg(problem.isEmpty() ? key("not an object") : problem);
            return std::nullopt;
        }
        request.mutations.append(m);
    }
    why = Refusal::None;
    return request;
}

QString MutationResult::statusText() const
{
    return status == MutationStatus::Unknown ? unknownStatus : mutationStatusName(status);
}

QJsonObject MutationResult::toJson() const
{
    QJsonObject json{{key("mid"), mid}, {key("status"), statusText()}, {key("version"), version}, {key("seq"), seq}};
    if (!serverRow.isEmpty())
        json.insert(key("server_row"), serverRow);
    if (!reason.isEmpty())
        json.insert(key("reason"), reason);
    return json;
}

MutationResult MutationResult::fromJson(const QJsonObject& json)
{
    MutationResult r;
    r.mid = json.value(key("mid")).toInteger();
    const QString status = json.value(key("status")).toString();
    r.status = mutationStatusFromName(status);
    if (r.status == MutationStatus::Unknown)
        r.unknownStatus = status;
    r.version = json.value(key("version")).toInteger();
    r.seq = json.value(key("seq")).toInteger();
    r.serverRow = json.value(key("server_row")).toObject();
    r.reason = json.value(key("reason")).toString();
    return r;
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray list;
    for (const MutationResult& r : results)
        list.append(r.toJson());
    return QJsonObject{{key("last_mutation_id"), lastMutationId}, {key("results"), list}};
}

PushResponse PushResponse::fromJson(const QJsonObject& json)
{
    PushResponse r;
    r.lastMutationId = json.value(key("last_mutation_id")).toInteger();
    for (const QJsonValue& v : json.value(key("results")).toArray())
        r.results.append(MutationResult::fromJson(v.toObject()));
    return r;
}

} // namespace Protocol

#pragma once

#include "MutationStatus.h"

#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

// Codecs for the bodies of sync/pull and sync/push (docs/PROTOCOL.md), shared by client and server so the two
// can never disagree about a field name.
namespace Protocol {

struct Change {
    QString table;
    QString id;
    bool deleted = false; // op "delete" (a tombstone carries no row)
    qint64 version = 0;
    qint64 seq = 0;
    QJsonObject row;

    QJsonObject toJson() const;
    static Change fromJson(const QJsonObject& json);
};

struct PullPage {
    QString epoch;
    QString cursor;
    bool hasMore = false;
    qint64 lastMutationId = 0;
    // Changes after this page the caller will still receive; -1 when not asked for (pull ...&count=1).
    qint64 remaining = -1;
    QVector<Change> changes;

    QJsonObject toJson() const;
    static PullPage fromJson(const QJsonObject& json);
};

struct Mutation {
    enum class Op { Insert, Update, Delete };
    qint64 mid = 0;
    QString table;
    Op op = Op::Insert;
    QString id;
    qint64 baseVersion = 0;
    QJsonObject row;     // insert
    QJsonObject changes; // update: {"field": {"old": ..., "new": ...}}

    QJsonObject toJson() const;
    // Returns false and sets error when the JSON is not a well-formed mutation.
    static bool fromJson(const QJsonObject& json, Mutation* out, QString* error);
    static QString opName(Op op);
};

struct PushRequest {
    // Why fromJson refused a body: not a well-formed push (the server answers 400 malformed), or a schema_version
    // outside kOldestSchemaVersion..kSchemaVersion (426 upgrade_required).
    enum class Refusal { None, Malformed, SchemaVersion };

    QString clientId;
    int schemaVersion = 0;
    QVector<Mutation> mutations;

    QJsonObject toJson() const;
    // The request as the client sent it, checked as docs/PROTOCOL.md "Input limits" asks (client_id,
    // schema_version, each mutation by Mutation::fromJson), in that order: the first problem found is the one
    // told. Else nullopt, *error saying what is wrong and *refusal (if given) which kind of refusal it is.
    static std::optional<PushRequest> fromJson(const QJsonObject& json, QString* error, Refusal* refusal = nullptr);
};

struct MutationResult {
    qint64 mid = 0;
    MutationStatus status = MutationStatus::Unknown;
    // The word as it came when status is Unknown (see MutationStatus): written back unchanged, so the client
    // records a newer server's word as that server said it.
    QString unknownStatus;
    qint64 version = 0;
    qint64 seq = 0;
    QJsonObject serverRow;
    QString reason;

    // The status as the wire spells it (unknownStatus for Unknown).
    QString statusText() const;
    QJsonObject toJson() const;
    static MutationResult fromJson(const QJsonObject& json);
};

struct PushResponse {
    qint64 lastMutationId = 0;
    QVector<MutationResult> results;

    QJsonObject toJson() const;
    static PushResponse fromJson(const QJsonObject& json);
};

} // namespace Protocol

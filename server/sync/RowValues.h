#pragma once

#include "protocol/SyncMessages.h"
#include "protocol/TableSchema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Value rules for pushed rows: type checks against TableSchema (integer fields hold ints, text holds valid
// Unicode: docs/PROTOCOL.md "Input limits"), normalisation (empty text is null, numbers and JSON as stored)
// and comparison of normalised values.
class RowValues
{
public:
    // Why value cannot be stored in a field of this type as it is ("has the wrong type", "must be a whole
    // number from ...", "is not valid Unicode ..."), or empty when it can (null always can).
    static QString problem(Protocol::FieldType type, const QJsonValue& value);
    static QJsonValue normalize(Protocol::FieldType type, const QJsonValue& value);
    static bool equal(Protocol::FieldType type, const QJsonValue& a, const QJsonValue& b);
    // The type of a writable column of the table: a TableSchema field or region_id; false if unknown.
    static bool writableFieldType(const Protocol::Table& table, const QString& name, Protocol::FieldType* type);
    static QString nowIso();
    // Fields the server sets itself (row versions and times, the writer from the token): a client's value for
    // them is ignored on insert and update alike.
    static bool isServerSet(const QString& table, const QString& field);
    // The row an insert would store: every field of the table (null where not sent), each value checked and
    // normalised, server-set fields dropped. False with an "invalid: ..." reason for an unknown field, a value
    // storage could not keep as sent, or a row id that differs from the mutation's. Needs no storage, so the
    // fuzz target runs it as the server does.
    static bool insertRow(const Protocol::Mutation& m, QJsonObject* row, QString* reason);
};

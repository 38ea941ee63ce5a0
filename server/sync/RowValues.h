#pragma once

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
    static bool hasRightType(Protocol::FieldType type, const QJsonValue& value);
    // Why value cannot be stored in a field of this type as it is ("has the wrong type", "must be a whole
    // number from ...", "is not valid Unicode ..."), or empty when it can (null always can).
    static QString problem(Protocol::FieldType type, const QJsonValue& value);
    static QJsonValue normalize(Protocol::FieldType type, const QJsonValue& value);
    static bool equal(Protocol::FieldType type, const QJsonValue& a, const QJsonValue& b);
    // The type of a writable column of the table: a TableSchema field or region_id; false if unknown.
    static bool writableFieldType(const Protocol::Table& table, const QString& name, Protocol::FieldType* type);
    static QString nowIso();
};

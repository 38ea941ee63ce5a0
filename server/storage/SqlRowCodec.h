#pragma once

#include "protocol/TableSchema.h"
#include "storage/SqlDialect.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Maps the synced tables of TableSchema to SQL columns (both dialects). A stored row's columns are, in order:
// the common fields (id, region_id, version, updated_at, updated_by), every field of the table, filed_by, seq.
class SqlRowCodec
{
public:
    static QString columnList(const Protocol::Table& table);
    static QString insertSql(const Protocol::Table& table);
    static QString updateSql(const Protocol::Table& table);
    static QVariantList insertValues(const Protocol::Table& table, const QJsonObject& row, const QString& filedBy,
                                     qint64 seq);
    static QVariantList updateValues(const Protocol::Table& table, const QJsonObject& row, qint64 seq);
    // Reads the wire row from the current record, starting at column `first`.
    static QJsonObject readRow(const Protocol::Table& table, const QSqlQuery& query, int first = 0);
    // The same from values already read (common fields first, then the table's, as columnList orders them).
    static QJsonObject rowFromValues(const Protocol::Table& table, const QVariantList& values);
    static int columnCount(const Protocol::Table& table); // common fields + the table's fields
    static QString createTableSql(const Protocol::Table& table, const SqlDialect& dialect);
};

#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

// The synced tables of docs/ARCHITECTURE.md "Domain" as data: client cache, server storage and codecs all derive their
// columns from this one list, so a field added here reaches every layer at once.
namespace Protocol {

enum class FieldType { Text, Integer, Real, Bool, Json };

struct Field {
    QString name;
    FieldType type;
};

struct Table {
    QString name;
    QVector<Field> fields; // without the common fields id, region_id, version, updated_at
    const Field* field(const QString& fieldName) const;
    QStringList fieldNames() const;
};

// In dependency order: a row's parents come before it, so applying in this order keeps references valid.
const QVector<Table>& syncedTables();
const Table* findTable(const QString& name);
QStringList syncedTableNames();

// id, region_id, version, updated_at
const QVector<Field>& commonFields();

QString sqlType(FieldType type);
QVariant toSqlValue(FieldType type, const QJsonValue& value);
QJsonValue fromSqlValue(FieldType type, const QVariant& value);

} // namespace Protocol

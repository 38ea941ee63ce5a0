#include "storage/SqlRowCodec.h"

#include <QSqlRecord>

namespace {

QStringList commonNames()
{
    QStringList names;
    for (const Protocol::Field& f : Protocol::commonFields())
        names.append(f.name);
    return names;
}

// id, region_id and updated_at are NOT NULL text (empty rather than NULL); updated_by is NULL when unknown.
QVariantList commonValues(const QJsonObject& row)
{
    QVariantList values;
    for (const Protocol::Field& f : Protocol::commonFields()) {
        const QJsonValue value = row.value(f.name);
        if (f.type == Protocol::FieldType::Integer)
            values.append(value.toInteger());
        else if (f.name == QLatin1String("updated_by"))
            values.append(value.toString().isEmpty() ? QVariant() : QVariant(value.toString()));
        else
            values.append(value.toString());
    }
    return values;
}

// The NOT NULL constraints of the common columns: what a stored row always has.
QString commonConstraint(const QString& name)
{
    if (name == QLatin1String("id"))
        return QStringLiteral(" PRIMARY KEY");
    if (name == QLatin1String("updated_by"))
        return QString(); // NULL: demo seeding and operator edits
    return QStringLiteral(" NOT NULL");
}

} // namespace

QString SqlRowCodec::columnList(const Protocol::Table& table)
{
    QStringList columns = commonNames();
    columns.append(table.fieldNames());
    return columns.join(QLatin1String(", "));
}

QString SqlRowCodec::insertSql(const Protocol::Table& table)
{
    const int count = columnCount(table) + 2;
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2, filed_by, seq) VALUES (%3)")
        .arg(table.name, columnList(table), marks.join(QLatin1String(", ")));
}

QString SqlRowCodec::updateSql(const Protocol::Table& table)
{
    QStringList sets;
    for (const QString& name : commonNames().mid(1) + table.fieldNames())
        sets.append(name + QLatin1String(" = ?"));
    sets.append(QStringLiteral("seq = ?"));
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table.name, sets.join(QLatin1String(", ")));
}

QVariantList SqlRowCodec::insertValues(const Protocol::Table& table, const QJsonObject& row, const QString& filedBy,
                                       qint64 seq)
{
    QVariantList values = commonValues(row);
    for (const Protocol::Field& f : table.fields)
        values.append(Protocol::toSqlValue(f.type, row.value(f.name)));
    values.append(filedBy.isEmpty() ? QVariant() : QVariant(filedBy));
    values.append(seq);
    return values;
}

QVariantList SqlRowCodec::updateValues(const Protocol::Table& table, const QJsonObject& row, qint64 seq)
{
    QVariantList values = commonValues(row);
    const QVariant id = values.takeFirst();
    for (const Protocol::Field& f : table.fields)
        values.append(Protocol::toSqlValue(f.type, row.value(f.name)));
    values.append(seq);
    values.append(id);
    return values;
}

QJsonObject SqlRowCodec::readRow(const Protocol::Table& table, const QSqlQuery& query, int first)
{
    QJsonObject row;
    int column = first;
    for (const Protocol::Field& f : Protocol::commonFields())
        row.insert(f.name, Protocol::fromSqlValue(f.type, query.value(column++)));
    for (const Protocol::Field& f : table.fields)
        row.insert(f.name, Protocol::fromSqlValue(f.type, query.value(column++)));
    return row;
}

QJsonObject SqlRowCodec::rowFromValues(const Protocol::Table& table, const QVariantList& values)
{
    QJsonObject row;
    int column = 0;
    for (const Protocol::Field& f : Protocol::commonFields())
        row.insert(f.name, Protocol::fromSqlValue(f.type, values.value(column++)));
    for (const Protocol::Field& f : table.fields)
        row.insert(f.name, Protocol::fromSqlValue(f.type, values.value(column++)));
    return row;
}

int SqlRowCodec::columnCount(const Protocol::Table& table)
{
    return int(Protocol::commonFields().size() + table.fields.size());
}

QString SqlRowCodec::createTableSql(const Protocol::Table& table, const SqlDialect& dialect)
{
    QStringList columns;
    for (const Protocol::Field& f : Protocol::commonFields())
        columns.append(f.name + QLatin1Char(' ') + dialect.columnType(f.type) + commonConstraint(f.name));
    for (const Protocol::Field& f : table.fields)
        columns.append(f.name + QLatin1Char(' ') + dialect.columnType(f.type));
    columns.append(QStringLiteral("filed_by TEXT"));
    columns.append(QStringLiteral("seq %1 NOT NULL").arg(dialect.integerType()));
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, columns.join(QLatin1String(", ")));
}

#include "SqlRowCodec.h"

#include <QSqlRecord>

namespace {

QVariantList commonValues(const QJsonObject& row)
{
    return {row.value(QLatin1String("id")).toString(), row.value(QLatin1String("region_id")).toString(),
            row.value(QLatin1String("version")).toInteger(), row.value(QLatin1String("updated_at")).toString()};
}

} // namespace

QString SqlRowCodec::columnList(const Protocol::Table& table)
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("region_id"), QStringLiteral("version"),
                        QStringLiteral("updated_at")};
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
    QStringList sets{QStringLiteral("region_id = ?"), QStringLiteral("version = ?"), QStringLiteral("updated_at = ?")};
    for (const QString& name : table.fieldNames())
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
    const QVector<Protocol::Field>& common = Protocol::commonFields();
    int column = first;
    for (const Protocol::Field& f : common)
        row.insert(f.name, Protocol::fromSqlValue(f.type, query.value(column++)));
    for (const Protocol::Field& f : table.fields)
        row.insert(f.name, Protocol::fromSqlValue(f.type, query.value(column++)));
    return row;
}

QString SqlRowCodec::createTableSql(const Protocol::Table& table, const SqlDialect& dialect)
{
    const QString integer = dialect.integerType();
    QStringList columns{QStringLiteral("id TEXT PRIMARY KEY"), QStringLiteral("region_id TEXT NOT NULL"),
                        QStringLiteral("version %1 NOT NULL").arg(integer), QStringLiteral("updated_at TEXT NOT NULL")};
    for (const Protocol::Field& f : table.fields)
        columns.append(f.name + QLatin1Char(' ') + dialect.columnType(f.type));
    columns.append(QStringLiteral("filed_by TEXT"));
    columns.append(QStringLiteral("seq %1 NOT NULL").arg(integer));
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, columns.join(QLatin1String(", ")));
}

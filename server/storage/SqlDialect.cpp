#include "storage/SqlDialect.h"

QString SqlDialect::columnType(Protocol::FieldType type) const
{
    if (m_kind == Kind::Sqlite)
        return Protocol::sqlType(type);
    switch (type) {
    case Protocol::FieldType::Integer:
    case Protocol::FieldType::Bool:
        return QStringLiteral("BIGINT");
    case Protocol::FieldType::Real:
        return QStringLiteral("DOUBLE PRECISION"); // REAL is single precision in PostgreSQL
    case Protocol::FieldType::Json:
        return QStringLiteral("JSONB");
    case Protocol::FieldType::Text:
        break;
    }
    return QStringLiteral("TEXT");
}

QString SqlDialect::integerType() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");
}

QString SqlDialect::jsonArrayOverlaps(const QString& column, const QString& quotedList) const
{
    if (m_kind == Kind::Sqlite)
        return QStringLiteral("EXISTS (SELECT 1 FROM json_each(%1) j WHERE j.value IN (%2))").arg(column, quotedList);
    // jsonb_array_elements_text rather than the ?| operator: Qt turns every ? into a bound parameter.
    return QStringLiteral("EXISTS (SELECT 1 FROM jsonb_array_elements_text(%1) j WHERE j IN (%2))")
        .arg(column, quotedList);
}

QString SqlDialect::jsonTextArrayOverlaps(const QString& column, const QString& quotedList) const
{
    if (m_kind == Kind::Sqlite)
        return jsonArrayOverlaps(column, quotedList); // json_each reads JSON text
    return jsonArrayOverlaps(QStringLiteral("CAST(%1 AS jsonb)").arg(column), quotedList);
}

QString SqlDialect::usernameEquals() const
{
    // SQLite: the column is COLLATE NOCASE. PostgreSQL: a unique index on lower(username) backs this.
    return m_kind == Kind::Sqlite ? QStringLiteral("username = ?") : QStringLiteral("lower(username) = lower(?)");
}

QString SqlDialect::columnNamesSql(const QString& table) const
{
    if (m_kind == Kind::Sqlite)
        return QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table);
    return QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                          "AND table_name = '%1'")
        .arg(table);
}

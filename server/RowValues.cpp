#include "RowValues.h"

#include <QDateTime>
#include <cmath>

bool RowValues::hasRightType(Protocol::FieldType type, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    switch (type) {
    case Protocol::FieldType::Text:
        return value.isString();
    case Protocol::FieldType::Integer:
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    case Protocol::FieldType::Real:
        return value.isDouble();
    case Protocol::FieldType::Bool:
        return value.isBool();
    case Protocol::FieldType::Json:
        return value.isArray() || value.isObject();
    }
    return false;
}

QJsonValue RowValues::normalize(Protocol::FieldType type, const QJsonValue& value)
{
    if (type == Protocol::FieldType::Text && value.isString() && value.toString().isEmpty())
        return QJsonValue::Null;
    return Protocol::fromSqlValue(type, Protocol::toSqlValue(type, value));
}

bool RowValues::equal(Protocol::FieldType type, const QJsonValue& a, const QJsonValue& b)
{
    return normalize(type, a) == normalize(type, b);
}

bool RowValues::writableFieldType(const Protocol::Table& table, const QString& name, Protocol::FieldType* type)
{
    if (name == QLatin1String("region_id")) {
        *type = Protocol::FieldType::Text;
        return true;
    }
    const Protocol::Field* field = table.field(name);
    if (!field)
        return false;
    *type = field->type;
    return true;
}

QString RowValues::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

#include "sync/RowValues.h"

#include "protocol/JsonChecks.h"

#include <QDateTime>
#include <limits>

namespace {
constexpr qint64 kMinInt = std::numeric_limits<int>::min();
constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
} // namespace

bool RowValues::hasRightType(Protocol::FieldType type, const QJsonValue& value)
{
    return problem(type, value).isEmpty();
}

QString RowValues::problem(Protocol::FieldType type, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    bool right = false;
    switch (type) {
    case Protocol::FieldType::Text:
        right = value.isString();
        break;
    case Protocol::FieldType::Integer:
        // A fraction, or a number beyond the field's int range, would be stored rounded or wrapped.
        if (value.isDouble() && !JsonChecks::isInteger(value, kMinInt, kMaxInt))
            return QStringLiteral("must be a whole number from %1 to %2").arg(kMinInt).arg(kMaxInt);
        right = value.isDouble();
        break;
    case Protocol::FieldType::Real:
        right = value.isDouble();
        break;
    case Protocol::FieldType::Bool:
        right = value.isBool();
        break;
    case Protocol::FieldType::Json:
        right = value.isArray() || value.isObject();
        break;
    }
    if (!right)
        return QStringLiteral("has the wrong type");
    if (!JsonChecks::isWellFormed(value))
        return QStringLiteral("is not valid Unicode (it holds a lone UTF-16 surrogate)");
    return QString();
}

QJsonValue RowValues::normalize(Protocol::FieldType type, const QJsonValue& value)
{
    if (type == Protocol::FieldType::Text && value.isString() && value.toString().isEmpty())
        return QJsonValue::Null;
    // Not an integer storage could hold (an update's "old" is compared, never checked): kept as it is, it
    // equals no stored value, where a conversion would have rounded or wrapped it into one.
    if (type == Protocol::FieldType::Integer && value.isDouble() &&
        !JsonChecks::isInteger(value, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()))
        return value;
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

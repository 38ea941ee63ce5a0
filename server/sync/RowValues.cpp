#include "sync/RowValues.h"

#include "protocol/JsonChecks.h"

#include <QDateTime>
#include <limits>

namespace {
constexpr qint64 kMinInt = std::numeric_limits<int>::min();
constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
} // namespace

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

bool RowValues::insertRow(const Protocol::Mutation& m, QJsonObject* row, QString* reason)
{
    const Protocol::Table* table = Protocol::findTable(m.table);
    if (!table) {
        *reason = QStringLiteral("invalid: unknown table \"%1\"").arg(m.table);
        return false;
    }
    QJsonObject out{{QStringLiteral("id"), m.id}};
    for (auto it = m.row.begin(); it != m.row.end(); ++it) {
        const QString& key = it.key();
        if (isServerSet(m.table, key))
            continue; // whatever a client sends is ignored
        if (key == QLatin1String("id")) {
            if (it.value().toString() != m.id) {
                *reason = QStringLiteral("invalid: the row's id differs from the mutation's id");
                return false;
            }
            continue;
        }
        Protocol::FieldType type;
        if (!writableFieldType(*table, key, &type)) {
            *reason = QStringLiteral("invalid: unknown field \"%1\"").arg(key);
            return false;
        }
        const QString problem = RowValues::problem(type, it.value());
        if (!problem.isEmpty()) {
            *reason = QStringLiteral("invalid: field \"%1\" %2").arg(key, problem);
            return false;
        }
        out.insert(key, normalize(type, it.value()));
    }
    for (const Protocol::Field& f : table->fields) {
        if (!out.contains(f.name))
            out.insert(f.name, QJsonValue::Null);
    }
    *row = out;
    return true;
}

bool RowValues::isServerSet(const QString& table, const QString& field)
{
    if (field == QLatin1String("version") || field == QLatin1String("updated_at") || field == QLatin1String("seq") ||
        field == QLatin1String("updated_by"))
        return true;
    // Who put a family on the emergency list is who pushed it, like a note's author; the days it went on and came
    // off the list are the server's (EmergencyListDates).
    return table == QLatin1String("emergency_entries") &&
           (field == QLatin1String("added_by") || field == QLatin1String("listed_on") ||
            field == QLatin1String("resolved_on"));
}

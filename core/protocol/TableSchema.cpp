#include "TableSchema.h"

#include "JsonChecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace Protocol {
namespace {

Field text(const char* name)
{
    return {QString::fromLatin1(name), FieldType::Text};
}
Field integer(const char* name)
{
    return {QString::fromLatin1(name), FieldType::Integer};
}
Field real(const char* name)
{
    return {QString::fromLatin1(name), FieldType::Real};
}
Field boolean(const char* name)
{
    return {QString::fromLatin1(name), FieldType::Bool};
}
Field json(const char* name)
{
    return {QString::fromLatin1(name), FieldType::Json};
}

QVector<Table> buildTables()
{
    QVector<Table> tables;
    tables.append({QStringLiteral("regions"), {text("name"), json("municipalities"), text("rule_set_id")}});
    tables.append({QStringLiteral("accounts"),
                   {text("username"), text("display_name"), text("role"), json("region_ids"), boolean("active")}});
    tables.append({QStringLiteral("locations"),
                   {text("name"), text("kind"), text("organiser"), text("street"), text("house_number"),
                    text("postcode"), text("municipality"), real("lat"), real("lon"), integer("capacity"),
                    integer("age_min_months"), integer("age_max_months"), text("opening_hours"), text("tariff"),
                    json("languages"), text("phone"), text("email"), json("info"), boolean("published")}});
    tables.append({QStringLiteral("free_places"),
                   {text("location_id"), text("available_from"), json("days"), integer("age_min_months"),
                    integer("age_max_months"), integer("count"), text("status")}});
    tables.append({QStringLiteral("parents"),
                   {text("first_name"), text("last_name"), text("national_number"), text("email"), text("phone"),
                    text("street"), text("house_number"), text("postcode"), text("municipality"), text("language"),
                    text("contact_preference"), text("referrer_account_id"), text("notes")}});
    tables.append({QStringLiteral("children"),
                   {text("parent_id"), text("first_name"), text("last_name"), text("birth_date"),
                    text("expected_birth_date"), text("national_number")}});
    tables.append({QStringLiteral("applications"),
                   {text("number"), text("child_id"), text("parent_id"), text("status"), text("desired_start"),
                    integer("start_flexibility_weeks"), json("days"), json("preferences"), json("priority"),
                    text("channel"), text("referrer_account_id"), text("assigned_account_id"), text("submitted_at"),
                    text("closed_reason"), text("notes")}});
    tables.append({QStringLiteral("emergency_entries"),
                   {text("application_id"), text("parent_id"), integer("urgency"), text("reason"), text("follow_up_on"),
                    text("status"), text("resolution"), text("notes"), text("added_by"), text("listed_on"),
                    text("resolved_on")}});
    tables.append({QStringLiteral("offers"),
                   {text("application_id"), text("free_place_id"), text("location_id"), text("status"),
                    text("respond_by"), text("allocation_run_id"), text("explanation")}});
    tables.append({QStringLiteral("messages"),
                   {text("parent_id"), text("application_id"), text("channel"), text("language"), text("template"),
                    text("subject"), text("body"), text("status"), text("sent_at"), text("error")}});
    return tables;
}

} // namespace

const Field* Table::field(const QString& fieldName) const
{
    for (const Field& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

QStringList Table::fieldNames() const
{
    QStringList names;
    names.reserve(fields.size());
    for (const Field& f : fields)
        names.append(f.name);
    return names;
}

const QVector<Table>& syncedTables()
{
    static const QVector<Table> tables = buildTables();
    return tables;
}

const Table* findTable(const QString& name)
{
    for (const Table& t : syncedTables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList syncedTableNames()
{
    QStringList names;
    for (const Table& t : syncedTables())
        names.append(t.name);
    return names;
}

const QVector<Field>& commonFields()
{
    static const QVector<Field> fields{text("id"), text("region_id"), integer("version"), text("updated_at"),
                                       text("updated_by")};
    return fields;
}

QString sqlType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Bool:
        return QStringLiteral("INTEGER");
    case FieldType::Real:
        return QStringLiteral("REAL");
    case FieldType::Text:
    case FieldType::Json:
        break;
    }
    return QStringLiteral("TEXT");
}

QVariant toSqlValue(FieldType type, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    switch (type) {
    case FieldType::Text:
        return value.isString() ? QVariant(value.toString()) : QVariant(value.toVariant().toString());
    case FieldType::Integer: {
        // Exact, also above 2^53; a fraction or a number beyond 64 bits stays a double instead of a cast that
        // is undefined (push refuses those before storage: docs/PROTOCOL.md "Input limits").
        qint64 n = 0;
        if (JsonChecks::isInteger(value, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), &n))
            return QVariant(qlonglong(n));
        return QVariant(value.toDouble());
    }
    case FieldType::Real:
        return QVariant(value.toDouble());
    case FieldType::Bool:
        return QVariant(value.toBool() ? 1 : 0);
    case FieldType::Json:
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        if (value.isObject())
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return QVariant();
    }
    return QVariant();
}

QJsonValue fromSqlValue(FieldType type, const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (type) {
    case FieldType::Text:
        return value.toString();
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Bool:
        return value.toLongLong() != 0;
    case FieldType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        if (doc.isArray())
            return doc.array();
        if (doc.isObject())
            return doc.object();
        return QJsonValue::Null;
    }
    }
    return QJsonValue::Null;
}

} // namespace Protocol

#include "domain/PersonalFields.h"

const QString PersonalFields::kPlaceholder = QStringLiteral("***");

namespace {

QVector<PersonalFields::Rule> rules(std::initializer_list<const char*> nulled,
                                    std::initializer_list<const char*> marked)
{
    QVector<PersonalFields::Rule> out;
    for (const char* field : nulled)
        out.append({QString::fromLatin1(field), QJsonValue()});
    for (const char* field : marked)
        out.append({QString::fromLatin1(field), PersonalFields::kPlaceholder});
    return out;
}

} // namespace

QVector<PersonalFields::Rule> PersonalFields::of(const QString& table)
{
    // Statistics stay: dates, states, postcode, municipality, language, channel, priority flags, location ids, codes
    // (an emergency entry's reason and resolution are codes). Free text may hold names, so it goes.
    if (table == QLatin1String("parents"))
        return rules({"first_name", "national_number", "email", "phone", "street", "house_number", "notes"},
                     {"last_name"});
    if (table == QLatin1String("children"))
        return rules({"first_name", "national_number"}, {"last_name"});
    if (table == QLatin1String("applications"))
        return rules({"notes"}, {"closed_reason"});
    if (table == QLatin1String("emergency_entries"))
        return rules({"notes"}, {});
    if (table == QLatin1String("offers"))
        return rules({"explanation"}, {});
    if (table == QLatin1String("messages"))
        return rules({"body", "error"}, {"subject"});
    return {};
}

QJsonObject PersonalFields::anonymised(const QString& table, const QJsonObject& row, bool* changed)
{
    QJsonObject out = row;
    bool differs = false;
    for (const Rule& rule : of(table)) {
        const QJsonValue value = row.value(rule.field);
        if (value.isNull() || value.isUndefined() || value == rule.replacement)
            continue;
        out.insert(rule.field, rule.replacement);
        differs = true;
    }
    if (changed)
        *changed = differs;
    return out;
}

bool PersonalFields::isAnonymised(const QString& table, const QJsonObject& row)
{
    bool changed = false;
    anonymised(table, row, &changed);
    return !changed;
}

bool PersonalFields::carriesPlaceholder(const QString& table, const QJsonObject& row)
{
    const char* field = table == QLatin1String("messages") ? "subject" : "last_name";
    if (table != QLatin1String("parents") && table != QLatin1String("children") && table != QLatin1String("messages"))
        return false;
    return row.value(QLatin1String(field)).toString() == kPlaceholder && isAnonymised(table, row);
}

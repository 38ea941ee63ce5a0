#include "FieldText.h"

#include "common/DisplayFormat.h"
#include "domain/ContactRules.h"
#include "domain/NoteLog.h"
#include "protocol/TableSchema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

QString FieldText::label(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("national_number"), QT_TR_NOOP("National number")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("street"), QT_TR_NOOP("Street")},
        {QStringLiteral("house_number"), QT_TR_NOOP("House number")},
        {QStringLiteral("postcode"), QT_TR_NOOP("Postcode")},
        {QStringLiteral("municipality"), QT_TR_NOOP("Municipality")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("contact_preference"), QT_TR_NOOP("Contact by")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Born")},
        {QStringLiteral("expected_birth_date"), QT_TR_NOOP("Expected birth")},
        {QStringLiteral("number"), QT_TR_NOOP("Application number")},
        {QStringLiteral("status"), QT_TR_NOOP("State")},
        {QStringLiteral("desired_start"), QT_TR_NOOP("Desired start")},
        {QStringLiteral("start_flexibility_weeks"), QT_TR_NOOP("Flexibility (weeks)")},
        {QStringLiteral("days"), QT_TR_NOOP("Days")},
        {QStringLiteral("preferences"), QT_TR_NOOP("Preferred locations")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("submitted_at"), QT_TR_NOOP("Submitted")},
        {QStringLiteral("closed_reason"), QT_TR_NOOP("Closed because")},
        {QStringLiteral("assigned_account_id"), QT_TR_NOOP("Handled by")},
        {QStringLiteral("urgency"), QT_TR_NOOP("Urgency")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("follow_up_on"), QT_TR_NOOP("Follow up on")},
        {QStringLiteral("resolution"), QT_TR_NOOP("Resolution")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("count"), QT_TR_NOOP("Number of places")},
        {QStringLiteral("available_from"), QT_TR_NOOP("Available from")},
        {QStringLiteral("age_min_months"), QT_TR_NOOP("Ages")},
        {QStringLiteral("age_max_months"), QT_TR_NOOP("Ages")},
        {QStringLiteral("respond_by"), QT_TR_NOOP("Answer by")},
        {QStringLiteral("location_id"), QT_TR_NOOP("Location")},
        {QStringLiteral("free_place_id"), QT_TR_NOOP("Free place")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("info"), QT_TR_NOOP("Info sheet")},
        {QStringLiteral("published"), QT_TR_NOOP("Published")},
    };
    const char* text = labels.value(field);
    if (text)
        return tr(text);
    // A refusal names a part of the info sheet: "info.fr.description".
    if (field.startsWith(QLatin1String("info.")))
        return tr("Info sheet") + QStringLiteral(" (") + field.mid(5) + QLatin1Char(')');
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words.isEmpty() ? words : words.at(0).toUpper() + words.mid(1);
}

bool FieldText::isDate(const QString& field)
{
    return field == QLatin1String("birth_date") || field == QLatin1String("expected_birth_date") ||
           field == QLatin1String("desired_start") || field == QLatin1String("follow_up_on") ||
           field == QLatin1String("available_from") || field == QLatin1String("respond_by");
}

QString FieldText::value(const QString& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (field == QLatin1String("phone"))
        return DisplayFormat::phone(value.toString());
    if (isDate(field) || field == QLatin1String("submitted_at"))
        return DisplayFormat::date(value.toString());
    if (field == QLatin1String("status") && value.isString())
        return DisplayFormat::statusLabel(value.toString());
    if (field == QLatin1String("channel"))
        return DisplayFormat::channel(value.toString());
    if (field == QLatin1String("language"))
        return DisplayFormat::languageName(value.toString());
    if (field == QLatin1String("contact_preference"))
        return DisplayFormat::contactPreference(value.toString());
    if (field == QLatin1String("days"))
        return DisplayFormat::days(value.toObject());
    if (field == QLatin1String("notes"))
        return noteLogText(value.toString());
    if (field == QLatin1String("preferences"))
        return tr("%n location(s)", nullptr, int(value.toArray().size()));
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isObject() || value.isArray())
        return tr("(details in the record)");
    return toText(value);
}

QString FieldText::noteLogText(const QString& stored)
{
    // A note log reads as its entries, one a line, with who wrote them and when; plain text stays as it is.
    QStringList lines;
    for (const Note& n : NoteLog::parse(stored)) {
        QStringList who;
        if (!n.at.isEmpty())
            who.append(DisplayFormat::date(n.at));
        if (!n.author.isEmpty())
            who.append(n.author);
        lines.append(who.isEmpty() ? n.text : QStringLiteral("%1 (%2)").arg(n.text, who.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList FieldText::shownFields(const QString& table)
{
    QStringList fields;
    const Protocol::Table* t = Protocol::findTable(table);
    if (!t)
        return fields;
    for (const QString& name : t->fieldNames()) {
        // Links to other records and accounts are bookkeeping; the record label already says whose it is.
        if (name.endsWith(QLatin1String("_id")) || name == QLatin1String("added_by"))
            continue;
        fields.append(name);
    }
    return fields;
}

bool FieldText::isTypable(const QString& table, const QString& field)
{
    static const QStringList choices{QStringLiteral("number"),
                                     QStringLiteral("status"),
                                     QStringLiteral("channel"),
                                     QStringLiteral("language"),
                                     QStringLiteral("contact_preference"),
                                     QStringLiteral("submitted_at"),
                                     QStringLiteral("reason")};
    const Protocol::Table* t = Protocol::findTable(table);
    const Protocol::Field* f = t ? t->field(field) : nullptr;
    if (!f || choices.contains(field))
        return false;
    return f->type == Protocol::FieldType::Text || f->type == Protocol::FieldType::Integer;
}

QString FieldText::hint(const QString& field)
{
    if (isDate(field))
        return tr("YYYY-MM-DD");
    if (field == QLatin1String("phone"))
        return tr("like 0470 12 34 56 or +32470123456");
    return QString();
}

QJsonValue FieldText::fromText(const QString& table, const QString& field, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue::Null;
    const Protocol::Table* t = Protocol::findTable(table);
    const Protocol::Field* f = t ? t->field(field) : nullptr;
    if (f && f->type == Protocol::FieldType::Integer) {
        bool ok = false;
        const qint64 n = trimmed.toLongLong(&ok);
        return ok ? QJsonValue(n) : QJsonValue(trimmed); // the validator explains what is wrong
    }
    if (field == QLatin1String("phone")) {
        const QString e164 = ContactRules::normalizePhone(trimmed);
        return e164.isEmpty() ? trimmed : e164;
    }
    return trimmed;
}

QString FieldText::toText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

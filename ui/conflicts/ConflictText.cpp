#include "ConflictText.h"

#include "domain/RowValidator.h"

#include "FieldText.h"
#include "store/records/RecordQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
const QLatin1String kChangedMeanwhile("changed meanwhile:");
const QLatin1String kInvalid("invalid:");
} // namespace

QString ConflictText::kindLabel(ConflictEntry::Kind kind)
{
    switch (kind) {
    case ConflictEntry::Kind::Conflict:
        return tr("Changed by someone else");
    case ConflictEntry::Kind::Rejected:
        return tr("Refused by the server");
    case ConflictEntry::Kind::Gone:
        return tr("Deleted on the server");
    case ConflictEntry::Kind::Duplicate:
        return tr("Already exists");
    case ConflictEntry::Kind::Unknown:
        break;
    }
    return tr("Not taken over");
}

QString ConflictText::explanation(const ConflictEntry& entry)
{
    switch (entry.kind) {
    case ConflictEntry::Kind::Conflict:
        if (entry.wasDeletion())
            return tr("You deleted this record, but someone else changed it meanwhile. Delete it anyway, or "
                      "keep the changed record.");
        return tr("You and someone else changed the same fields. For each field, choose your value, theirs, or "
                  "type the right one; then resolve. Your other changes were taken over already.");
    case ConflictEntry::Kind::Rejected:
        if (entry.wasDeletion())
            return tr("The server did not allow deleting this record, so it is back in your lists. Discard your "
                      "deletion to close this.");
        return entry.wasInsert() ? tr("The server did not accept this new record, so it is not in the shared data. "
                                      "Fix it and send it again, or discard it.")
                                 : tr("The server did not accept your change. Fix it and send it again, or "
                                      "discard it.");
    case ConflictEntry::Kind::Gone:
        if (entry.wasDeletion())
            return tr("You deleted this record, and it had been deleted on the server already. Nothing is lost; "
                      "discard this to close it.");
        return tr("Someone deleted this record on the server while you changed it. File it again as a new "
                  "record with your values, or discard your change.");
    case ConflictEntry::Kind::Duplicate:
        if (entry.table == QLatin1String("parents"))
            return tr("The server already has a parent with the same national number, shown as \"Theirs\". Merge "
                      "yours into it: your children and applications move to that parent, and fields that are "
                      "empty there get your values (where both have a value, theirs stays). Or discard yours.");
        return tr("The server already has an open application for this child, shown as \"Theirs\". Discard "
                  "yours; merging two applications will come in a later version of Opvangloket.");
    case ConflictEntry::Kind::Unknown:
        break;
    }
    return tr("The server did not take this change over.");
}

QStringList ConflictText::changedMeanwhile(const ConflictEntry& entry)
{
    QStringList fields;
    if (!entry.reason.startsWith(kChangedMeanwhile))
        return fields;
    for (const QString& f : entry.reason.mid(kChangedMeanwhile.size()).split(QLatin1Char(','), Qt::SkipEmptyParts))
        fields.append(f.trimmed());
    return fields;
}

QString ConflictText::missingReference(const QString& part)
{
    // "parent <id> does not exist": the server's one answer for an unknown id, a deleted row and a row of
    // another region (docs/PROTOCOL.md "References").
    static const QRegularExpression missing(QStringLiteral("^(parent|child|application|location|free place|account) "
                                                           "\\S+ does not exist$"));
    const QRegularExpressionMatch m = missing.match(part);
    if (!m.hasMatch())
        return QString();
    const QString kind = m.captured(1);
    if (kind == QLatin1String("parent"))
        return tr("The parent it names does not exist, or is not in your regions.");
    if (kind == QLatin1String("child"))
        return tr("The child it names does not exist, or is not in your regions.");
    if (kind == QLatin1String("application"))
        return tr("The application it names does not exist, or is not in your regions.");
    if (kind == QLatin1String("location"))
        return tr("A location it names does not exist, or is not in your regions.");
    if (kind == QLatin1String("free place"))
        return tr("The free place it names does not exist, or is not in your regions.");
    return tr("The account it names does not exist, or is not in your regions.");
}

QString ConflictText::validatorText(const QString& message)
{
    // A message with a value ("must be between 0 and 48"): its source text with %1, translated, the value put back.
    for (const QString& source : RowValidator::messagesWithValue()) {
        const QString head = source.section(QStringLiteral("%1"), 0, 0);
        const QString tail = source.section(QStringLiteral("%1"), 1);
        if (message.startsWith(head) && message.endsWith(tail) && message.size() > head.size() + tail.size())
            return QCoreApplication::translate("RowValidator", source.toUtf8().constData())
                .arg(message.mid(head.size(), message.size() - head.size() - tail.size()));
    }
    return QCoreApplication::translate("RowValidator", message.toUtf8().constData());
}

QString ConflictText::invalidReason(const QString& details)
{
    // "email: is not a valid e-mail address; phone: ..." as the validator writes it; the problems are the
    // validator's (and the server's reference checks') texts, translated in the context "RowValidator".
    QStringList parts;
    for (const QString& part : details.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString missing = missingReference(part.trimmed());
        if (!missing.isEmpty()) {
            parts.append(missing);
            continue;
        }
        const QString field = part.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString message = part.section(QLatin1Char(':'), 1).trimmed();
        if (message.isEmpty()) { // a problem of the whole row, not of one field
            parts.append(QCoreApplication::translate("RowValidator", part.trimmed().toUtf8().constData()));
            continue;
        }
        parts.append(tr("%1 %2", "field label, problem").arg(FieldText::label(field), validatorText(message)));
    }
    return parts.join(QStringLiteral("; "));
}

QString ConflictText::reason(const ConflictEntry& entry)
{
    const QString r = entry.reason.trimmed();
    if (r.startsWith(kChangedMeanwhile)) {
        QStringList labels;
        for (const QString& f : changedMeanwhile(entry))
            labels.append(FieldText::label(f));
        return tr("Also changed by someone else: %1").arg(labels.join(QStringLiteral(", ")));
    }
    if (r.startsWith(kInvalid))
        return invalidReason(r.mid(kInvalid.size()));
    if (r.startsWith(QLatin1String("forbidden")))
        return tr("Your account may not make this change.");
    if (entry.kind == ConflictEntry::Kind::Duplicate && entry.table == QLatin1String("parents"))
        return tr("A parent with this national number already exists.");
    if (entry.kind == ConflictEntry::Kind::Duplicate && entry.table == QLatin1String("emergency_entries"))
        return tr("This application was on the emergency list already; the list keeps that entry.");
    if (entry.kind == ConflictEntry::Kind::Duplicate)
        return tr("This child already has an open application.");
    if (entry.kind == ConflictEntry::Kind::Gone)
        return tr("Someone deleted it while you were changing it.");
    if (r == QLatin1String("the row already exists"))
        return tr("A record with the same identity already exists on the server.");
    return r;
}

QString ConflictText::tableLabel(const QString& table)
{
    if (table == QLatin1String("parents"))
        return tr("Parent");
    if (table == QLatin1String("children"))
        return tr("Child");
    if (table == QLatin1String("applications"))
        return tr("Application");
    if (table == QLatin1String("emergency_entries"))
        return tr("Emergency list");
    if (table == QLatin1String("messages"))
        return tr("Message");
    if (table == QLatin1String("free_places"))
        return tr("Free places");
    if (table == QLatin1String("locations"))
        return tr("Location");
    if (table == QLatin1String("offers"))
        return tr("Offer");
    return table;
}

QString ConflictText::personName(const QJsonObject& row)
{
    return QStringList{row.value(QLatin1String("first_name")).toString(),
                       row.value(QLatin1String("last_name")).toString()}
        .join(QLatin1Char(' '))
        .trimmed();
}

QString ConflictText::recordLabel(const ConflictEntry& entry, const RecordQuery& records)
{
    const QJsonObject row = entry.localRow.isEmpty() ? entry.serverRow : entry.localRow;
    if (entry.table == QLatin1String("parents") || entry.table == QLatin1String("children")) {
        const QString name = personName(row);
        return name.isEmpty() ? tableLabel(entry.table) : name;
    }
    if (entry.table == QLatin1String("applications")) {
        const QString number = row.value(QLatin1String("number")).toString();
        if (!number.isEmpty())
            return number;
        const QString child =
            personName(records.row(QStringLiteral("children"), row.value(QLatin1String("child_id")).toString()));
        return child.isEmpty() ? tr("New application") : tr("New application for %1").arg(child);
    }
    const QString name = row.value(QLatin1String("name")).toString();
    return name.isEmpty() ? tableLabel(entry.table) : name;
}

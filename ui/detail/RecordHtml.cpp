#include "RecordHtml.h"

#include "common/DisplayFormat.h"
#include "domain/NationalNumber.h"
#include "domain/NoteLog.h"
#include "store/lists/FreePlaceListQuery.h"
#include "store/records/RecordQuery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

QString none(const QString& text)
{
    return QStringLiteral("<p class='none'>%1</p>").arg(esc(text));
}

// Newest first by the row's own time field, falling back to when the row last changed.
void sortNewestFirst(QVector<QJsonObject>& rows, const char* field)
{
    auto key = [field](const QJsonObject& r) {
        const QString at = str(r, field);
        return at.isEmpty() ? str(r, "updated_at") : at;
    };
    std::sort(rows.begin(), rows.end(), [&](const QJsonObject& a, const QJsonObject& b) { return key(a) > key(b); });
}

QString heading(const QString& title)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(title));
}

// A label/value grid; rows whose value is empty are left out rather than shown as blanks.
class Fields
{
public:
    void add(const QString& label, const QString& valueHtml)
    {
        if (!valueHtml.trimmed().isEmpty())
            m_rows.append(QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(esc(label), valueHtml));
    }
    void addText(const QString& label, const QString& value) { add(label, esc(value)); }
    QString html() const
    {
        return m_rows.isEmpty()
                   ? QString()
                   : QStringLiteral("<table cellspacing='0' cellpadding='3'>%1</table>").arg(m_rows.join(QString()));
    }

private:
    QStringList m_rows;
};

} // namespace

RecordHtml::RecordHtml(const RecordQuery& records)
    : m_records(records)
{
}

QString RecordHtml::link(const QString& table, const QString& id, const QString& text)
{
    return QStringLiteral("<a href='record:%1/%2'>%3</a>").arg(table, id, esc(text));
}

QString RecordHtml::personName(const QJsonObject& row)
{
    return QStringList{str(row, "first_name"), str(row, "last_name")}.join(QLatin1Char(' ')).trimmed();
}

QString RecordHtml::childDates(const QJsonObject& child)
{
    const QString born = str(child, "birth_date");
    if (!born.isEmpty())
        return tr("born %1").arg(DisplayFormat::date(born));
    const QString expected = str(child, "expected_birth_date");
    return expected.isEmpty() ? QString() : tr("expected %1").arg(DisplayFormat::date(expected));
}

QString RecordHtml::address(const QJsonObject& parent)
{
    const QString street =
        QStringList{str(parent, "street"), str(parent, "house_number")}.join(QLatin1Char(' ')).trimmed();
    const QString place =
        QStringList{str(parent, "postcode"), str(parent, "municipality")}.join(QLatin1Char(' ')).trimmed();
    QStringList lines;
    if (!street.isEmpty())
        lines.append(esc(street));
    if (!place.isEmpty())
        lines.append(esc(place));
    return lines.join(QStringLiteral("<br>"));
}

QString RecordHtml::parent(const QString& id) const
{
    const QJsonObject p = m_records.row(QStringLiteral("parents"), id);
    if (p.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("This parent is no longer in your offline copy.")));
    QString html = QStringLiteral("<h2>%1</h2><p class='kind'>%2</p>").arg(esc(personName(p)), esc(tr("Parent")));
    html += contactSection(p);
    html += childrenSection(id);
    html += applicationsSection(id);
    html += offersSection(m_records.rowsWhere(QStringLiteral("applications"), QStringLiteral("parent_id"), id,
                                              QStringLiteral("submitted_at")));
    html += emergencySection(QStringLiteral("parent_id"), id);
    html += messagesSection(QStringLiteral("parent_id"), id);
    if (!str(p, "notes").isEmpty())
        html += notesSection(str(p, "notes"));
    return html;
}

QString RecordHtml::contactSection(const QJsonObject& p) const
{
    Fields f;
    f.addText(tr("Phone"), DisplayFormat::phone(str(p, "phone")));
    const QString email = str(p, "email");
    f.add(tr("E-mail"), email.isEmpty() ? QString() : QStringLiteral("<a href='mailto:%1'>%1</a>").arg(esc(email)));
    f.add(tr("Address"), address(p));
    f.addText(tr("Language"), DisplayFormat::languageName(str(p, "language")));
    f.addText(tr("Contact by"), DisplayFormat::contactPreference(str(p, "contact_preference")));
    f.addText(tr("National number"), NationalNumber::format(str(p, "national_number")));
    return heading(tr("Contact")) + f.html();
}

QString RecordHtml::childrenSection(const QString& parentId) const
{
    const QVector<QJsonObject> children = m_records.rowsWhere(QStringLiteral("children"), QStringLiteral("parent_id"),
                                                              parentId, QStringLiteral("first_name"));
    if (children.isEmpty())
        return heading(tr("Children")) + QStringLiteral("<p class='none'>%1</p>").arg(esc(tr("No children recorded.")));
    Fields f;
    for (const QJsonObject& c : children)
        f.addText(personName(c), childDates(c));
    return heading(tr("Children")) + f.html();
}

QString RecordHtml::applicationsSection(const QString& parentId) const
{
    const QVector<QJsonObject> apps = m_records.rowsWhere(QStringLiteral("applications"), QStringLiteral("parent_id"),
                                                          parentId, QStringLiteral("submitted_at"));
    QString html = heading(tr("Applications"));
    if (apps.isEmpty())
        return html + QStringLiteral("<p class='none'>%1</p>").arg(esc(tr("No applications.")));
    for (const QJsonObject& a : apps) {
        const QJsonObject child = m_records.row(QStringLiteral("children"), str(a, "child_id"));
        const QString number = str(a, "number").isEmpty() ? tr("(not yet numbered)") : str(a, "number");
        html += QStringLiteral("<p>%1 — %2<br>%3<br>%4</p>")
                    .arg(link(QStringLiteral("applications"), str(a, "id"), number), esc(personName(child)),
                         statusBlock(str(a, "status")),
                         esc(tr("Desired start: %1").arg(DisplayFormat::date(str(a, "desired_start")))));
    }
    return html;
}

QString RecordHtml::statusBlock(const QString& status) const
{
    return QStringLiteral("<b>%1</b> — <span class='explain'>%2</span>")
        .arg(esc(DisplayFormat::statusLabel(status)), esc(DisplayFormat::statusExplanation(status)));
}

QString RecordHtml::application(const QString& id, const QString& positionSection) const
{
    const QJsonObject a = m_records.row(QStringLiteral("applications"), id);
    if (a.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("This application is no longer in your offline copy.")));
    const QString number = str(a, "number").isEmpty() ? tr("(not yet numbered)") : str(a, "number");
    QString html = QStringLiteral("<h2>%1</h2><p class='kind'>%2</p>").arg(esc(number), esc(tr("Application")));
    html += QStringLiteral("<p>%1</p>").arg(statusBlock(str(a, "status")));
    html += childSection(m_records.row(QStringLiteral("children"), str(a, "child_id")));
    html += parentSummary(m_records.row(QStringLiteral("parents"), str(a, "parent_id")));
    html += wishesSection(a);
    html += preferencesSection(a);
    html += prioritySection(a);
    html += positionSection;
    html += otherSection(a);
    html += notesSection(str(a, "notes"));
    html += offersSection({a});
    html += emergencySection(QStringLiteral("application_id"), id);
    html += messagesSection(QStringLiteral("application_id"), id);
    return html;
}

QString RecordHtml::childSection(const QJsonObject& child) const
{
    Fields f;
    f.addText(tr("Name"), personName(child));
    f.addText(tr("Born"), DisplayFormat::date(str(child, "birth_date")));
    f.addText(tr("Expected"), DisplayFormat::date(str(child, "expected_birth_date")));
    f.addText(tr("National number"), NationalNumber::format(str(child, "national_number")));
    return heading(tr("Child")) + f.html();
}

QString RecordHtml::parentSummary(const QJsonObject& p) const
{
    Fields f;
    f.add(tr("Name"), p.isEmpty() ? QString() : link(QStringLiteral("parents"), str(p, "id"), personName(p)));
    f.addText(tr("Phone"), DisplayFormat::phone(str(p, "phone")));
    const QString email = str(p, "email");
    f.add(tr("E-mail"), email.isEmpty() ? QString() : QStringLiteral("<a href='mailto:%1'>%1</a>").arg(esc(email)));
    f.addText(tr("Municipality"), str(p, "municipality"));
    return heading(tr("Parent")) + f.html();
}

QString RecordHtml::wishesSection(const QJsonObject& a) const
{
    Fields f;
    f.addText(tr("Desired start"), DisplayFormat::date(str(a, "desired_start")));
    const int weeks = a.value(QLatin1String("start_flexibility_weeks")).toInt();
    f.addText(tr("Flexibility"), weeks > 0 ? tr("± %n week(s)", nullptr, weeks) : tr("none"));
    f.addText(tr("Days"), DisplayFormat::days(a.value(QLatin1String("days")).toObject()));
    return heading(tr("Wishes")) + f.html();
}

QString RecordHtml::locationName(const QString& locationId) const
{
    const QJsonObject l = m_records.row(QStringLiteral("locations"), locationId);
    if (l.isEmpty())
        return esc(tr("a location not in your offline copy"));
    return QStringLiteral("%1 <span class='explain'>— %2, %3</span>")
        .arg(link(QStringLiteral("locations"), locationId, str(l, "name")), esc(str(l, "municipality")),
             esc(DisplayFormat::locationKind(str(l, "kind"))));
}

QString RecordHtml::location(const QString& id) const
{
    const QJsonObject l = m_records.row(QStringLiteral("locations"), id);
    if (l.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("This location is no longer in your offline copy.")));
    QString html = QStringLiteral("<h2>%1</h2><p class='kind'>%2</p>")
                       .arg(esc(str(l, "name")), esc(DisplayFormat::locationKind(str(l, "kind"))));
    Fields f;
    f.addText(tr("Organiser"), str(l, "organiser"));
    f.add(tr("Address"), address(l));
    f.addText(tr("Phone"), DisplayFormat::phone(str(l, "phone")));
    f.addText(tr("E-mail"), str(l, "email"));
    const int capacity = l.value(QLatin1String("capacity")).toInt();
    f.addText(tr("Capacity"), capacity > 0 ? tr("%n child(ren)", "", capacity) : QString());
    const int ageMax = l.value(QLatin1String("age_max_months")).toInt();
    f.addText(tr("Ages"), ageMax > 0 ? DisplayFormat::ageBand(l.value(QLatin1String("age_min_months")).toInt(), ageMax)
                                     : QString());
    f.addText(tr("Opening hours"), str(l, "opening_hours"));
    html += f.html();
    return html + freePlacesSection(id);
}

QString RecordHtml::freePlacesSection(const QString& locationId) const
{
    QVector<QJsonObject> places =
        m_records.rowsWhere(QStringLiteral("free_places"), QStringLiteral("location_id"), locationId);
    std::sort(places.begin(), places.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return str(a, "available_from") < str(b, "available_from");
    });
    // Places still to be had first; filled and withdrawn ones are history, counted rather than listed.
    QString items;
    int past = 0;
    const QDateTime confirmBefore = QDateTime::currentDateTimeUtc().addDays(-FreePlaceListQuery::kToConfirmDays);
    for (const QJsonObject& p : places) {
        const QString status = str(p, "status");
        if (status != QLatin1String("open") && status != QLatin1String("reserved")) {
            ++past;
            continue;
        }
        QString state = DisplayFormat::placeStatus(status);
        const QDateTime updated = QDateTime::fromString(str(p, "updated_at"), Qt::ISODate);
        if (status == QLatin1String("open") && updated.isValid() && updated < confirmBefore)
            state = tr("%1 — to confirm").arg(state);
        if (updated.isValid())
            state = tr("%1, updated %2").arg(state, dateTime(str(p, "updated_at")));
        const int count = p.value(QLatin1String("count")).toInt();
        items += QStringLiteral("<li>%1 <span class='explain'>— %2</span></li>")
                     .arg(esc(tr("%n place(s) from %1, %2, %3", "", count)
                                  .arg(DisplayFormat::date(str(p, "available_from")),
                                       DisplayFormat::ageBand(p.value(QLatin1String("age_min_months")).toInt(),
                                                              p.value(QLatin1String("age_max_months")).toInt()),
                                       DisplayFormat::days(p.value(QLatin1String("days")).toObject()))),
                          esc(state));
    }
    QString html = heading(tr("Free places"));
    html +=
        items.isEmpty() ? none(tr("No free place reported at the moment.")) : QStringLiteral("<ul>%1</ul>").arg(items);
    if (past > 0)
        html += none(tr("%n place(s) filled or withdrawn earlier.", "", past));
    return html;
}

QString RecordHtml::preferencesSection(const QJsonObject& a) const
{
    const QJsonArray prefs = a.value(QLatin1String("preferences")).toArray();
    if (prefs.isEmpty())
        return heading(tr("Preferred locations")) +
               QStringLiteral("<p class='none'>%1</p>").arg(esc(tr("None chosen.")));
    QString items;
    for (const QJsonValue& v : prefs)
        items += QStringLiteral("<li>%1</li>").arg(locationName(v.toString()));
    return heading(tr("Preferred locations")) + QStringLiteral("<ol>%1</ol>").arg(items);
}

QString RecordHtml::prioritySection(const QJsonObject& a) const
{
    const QJsonObject p = a.value(QLatin1String("priority")).toObject();
    QStringList items;
    if (p.value(QLatin1String("work_or_training")).toBool())
        items.append(esc(tr("The parents work or follow a training")));
    if (p.value(QLatin1String("single_parent")).toBool())
        items.append(esc(tr("Single parent")));
    if (p.value(QLatin1String("low_income")).toBool())
        items.append(esc(tr("Low income")));
    if (p.value(QLatin1String("foster_child")).toBool())
        items.append(esc(tr("Foster child")));
    QStringList siblings;
    for (const QJsonValue& v : p.value(QLatin1String("sibling_location_ids")).toArray())
        siblings.append(locationName(v.toString()));
    if (!siblings.isEmpty())
        items.append(esc(tr("A brother or sister already goes to:")) + QLatin1Char(' ') +
                     siblings.join(QStringLiteral("; ")));
    const QJsonValue social = p.value(QLatin1String("social_reasons"));
    if (social.isString() && !social.toString().isEmpty())
        items.append(esc(tr("Social reasons: %1").arg(social.toString())));
    else if (social.toBool())
        items.append(esc(tr("Social reasons")));
    if (items.isEmpty())
        return heading(tr("Priority")) + QStringLiteral("<p class='none'>%1</p>").arg(esc(tr("No priority criteria.")));
    return heading(tr("Priority")) +
           QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
}

QString RecordHtml::otherSection(const QJsonObject& a) const
{
    Fields f;
    f.addText(tr("Channel"), DisplayFormat::channel(str(a, "channel")));
    f.addText(tr("Submitted"), DisplayFormat::date(str(a, "submitted_at")));
    f.addText(tr("Closed because"), str(a, "closed_reason"));
    f.addText(tr("Handled by"), handlerName(str(a, "assigned_account_id")));
    return heading(tr("Filing")) + f.html();
}

QString RecordHtml::handlerName(const QString& accountId) const
{
    if (accountId.isEmpty())
        return tr("nobody yet");
    const QJsonObject account = m_records.row(QStringLiteral("accounts"), accountId);
    const QString name =
        str(account, "display_name").isEmpty() ? str(account, "username") : str(account, "display_name");
    return name.isEmpty() ? tr("an account not in your offline copy") : name;
}

QString RecordHtml::notesSection(const QString& stored) const
{
    const QVector<Note> notes = NoteLog::parse(stored);
    if (notes.isEmpty())
        return heading(tr("Notes")) + none(tr("No notes yet."));
    QString html;
    for (const Note& n : notes) {
        QStringList who;
        if (!n.at.isEmpty())
            who.append(dateTime(n.at));
        if (!n.author.isEmpty())
            who.append(n.author);
        const QString head =
            who.isEmpty()
                ? QString()
                : QStringLiteral("<span class='explain'>%1</span><br>").arg(esc(who.join(QStringLiteral(" — "))));
        html += QStringLiteral("<p>%1%2</p>").arg(head, esc(n.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return heading(tr("Notes")) + html;
}

QString RecordHtml::offersSection(const QVector<QJsonObject>& applications) const
{
    QString items;
    for (const QJsonObject& a : applications) {
        QVector<QJsonObject> offers =
            m_records.rowsWhere(QStringLiteral("offers"), QStringLiteral("application_id"), str(a, "id"));
        sortNewestFirst(offers, "respond_by");
        for (const QJsonObject& o : offers)
            items += offerItem(o, applications.size() > 1 ? str(a, "number") : QString());
    }
    return heading(tr("Offers")) + (items.isEmpty() ? none(tr("No offers.")) : items);
}

QString RecordHtml::offerItem(const QJsonObject& offer, const QString& applicationNumber) const
{
    QStringList lines{QStringLiteral("<b>%1</b> — %2")
                          .arg(esc(offerStatus(str(offer, "status"))), locationName(str(offer, "location_id")))};
    if (!applicationNumber.isEmpty())
        lines.append(esc(tr("For application %1").arg(applicationNumber)));
    if (!str(offer, "respond_by").isEmpty())
        lines.append(esc(tr("Answer by %1").arg(DisplayFormat::date(str(offer, "respond_by")))));
    if (!str(offer, "explanation").isEmpty())
        lines.append(QStringLiteral("<span class='explain'>%1</span>").arg(esc(str(offer, "explanation"))));
    if (str(offer, "status") == QLatin1String("sent")) // the family answers the counter, by phone or in person
        lines.append(
            QStringLiteral("<a href='answer:offers/%1/accepted'>%2</a> · <a href='answer:offers/%1/declined'>%3</a>")
                .arg(esc(str(offer, "id")), esc(tr("The family accepts")), esc(tr("The family declines"))));
    return QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QString RecordHtml::emergencySection(const QString& column, const QString& id) const
{
    QVector<QJsonObject> entries = m_records.rowsWhere(QStringLiteral("emergency_entries"), column, id);
    if (entries.isEmpty())
        return QString(); // most families are not on the emergency list; no empty heading for them
    sortNewestFirst(entries, "follow_up_on");
    QString items;
    for (const QJsonObject& e : entries) {
        QStringList lines{QStringLiteral("<b>%1</b> — %2")
                              .arg(esc(emergencyStatus(str(e, "status"))),
                                   esc(tr("%1, %2").arg(urgency(e.value(QLatin1String("urgency")).toInt()),
                                                        emergencyReason(str(e, "reason")))))};
        if (!str(e, "follow_up_on").isEmpty())
            lines.append(esc(tr("Follow up on %1").arg(DisplayFormat::date(str(e, "follow_up_on")))));
        if (!str(e, "resolution").isEmpty())
            lines.append(esc(tr("Resolution: %1").arg(DisplayFormat::resolution(str(e, "resolution")))));
        // The follow-up log: each call with when and who, oldest first as it happened.
        for (const Note& n : NoteLog::parse(str(e, "notes"))) {
            const QString who = QStringList{dateTime(n.at), n.author}.join(QStringLiteral(" — "));
            lines.append(QStringLiteral("<span class='explain'>%1</span> %2").arg(esc(who), esc(n.text)));
        }
        items += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    return heading(tr("Emergency list")) + items;
}

QString RecordHtml::messagesSection(const QString& column, const QString& id) const
{
    QVector<QJsonObject> messages = m_records.rowsWhere(QStringLiteral("messages"), column, id);
    if (messages.isEmpty())
        return heading(tr("Messages")) + none(tr("No messages."));
    sortNewestFirst(messages, "sent_at");
    QString items;
    for (const QJsonObject& m : messages) {
        const QString status = str(m, "status");
        QString state = QStringLiteral("<b>%1</b>").arg(esc(DisplayFormat::messageStatus(status)));
        if (!str(m, "sent_at").isEmpty())
            state += esc(QLatin1Char(' ') + dateTime(str(m, "sent_at")));
        QStringList lines{esc(str(m, "subject").isEmpty() ? tr("(no subject)") : str(m, "subject")), state};
        if (!str(m, "template").isEmpty())
            lines.append(QStringLiteral("<span class='explain'>%1</span>")
                             .arg(esc(tr("Template: %1").arg(DisplayFormat::messageTemplate(str(m, "template"))))));
        if (status == QLatin1String("failed") && !str(m, "error").isEmpty())
            lines.append(
                QStringLiteral("<span class='error'>%1</span>").arg(esc(tr("Error: %1").arg(str(m, "error")))));
        if (status == QLatin1String("failed")) // the worker may have corrected the address meanwhile
            lines.append(
                QStringLiteral("<a href='resend:messages/%1'>%2</a>").arg(esc(str(m, "id")), esc(tr("Send again"))));
        items += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    return heading(tr("Messages")) + items;
}

QString RecordHtml::dateTime(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return iso;
    return DisplayFormat::date(iso) + QLatin1Char(' ') + DisplayFormat::time(at);
}

QString RecordHtml::offerStatus(const QString& status)
{
    if (status == QLatin1String("proposed"))
        return tr("Proposed");
    if (status == QLatin1String("sent"))
        return tr("Sent to the parent");
    if (status == QLatin1String("accepted"))
        return tr("Accepted");
    if (status == QLatin1String("declined"))
        return tr("Declined");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    if (status == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    return status;
}

QString RecordHtml::emergencyReason(const QString& reason)
{
    if (reason == QLatin1String("work_start"))
        return tr("starts work");
    if (reason == QLatin1String("medical"))
        return tr("medical");
    if (reason == QLatin1String("social"))
        return tr("social");
    if (reason == QLatin1String("other"))
        return tr("other reason");
    return reason;
}

QString RecordHtml::emergencyStatus(const QString& status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    if (status == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    return status;
}

QString RecordHtml::urgency(int level)
{
    if (level == 1)
        return tr("high urgency");
    if (level == 2)
        return tr("medium urgency");
    if (level == 3)
        return tr("low urgency");
    return tr("urgency not set");
}

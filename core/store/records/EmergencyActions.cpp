#include "store/records/EmergencyActions.h"

#include "domain/NoteLog.h"
#include "domain/Uuid.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

namespace {

const QString kEntries = QStringLiteral("emergency_entries");

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

EmergencyActions::EmergencyActions(LocalCache& cache, const QString& authorId, const QString& authorName)
    : m_cache(cache)
    , m_authorId(authorId)
    , m_authorName(authorName)
{
}

QDate EmergencyActions::defaultFollowUp(const QDate& today)
{
    QDate day = today;
    for (int working = 0; working < 2;) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5)
            ++working;
    }
    return day;
}

QStringList EmergencyActions::resolutions()
{
    return {QStringLiteral("placed"), QStringLiteral("care_elsewhere"), QStringLiteral("not_needed"),
            QStringLiteral("unreachable")};
}

QString EmergencyActions::now() const
{
    const QDateTime at = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    return at.toUTC().toString(Qt::ISODate);
}

QDate EmergencyActions::today() const
{
    return m_fixedNow.isValid() ? m_fixedNow.toLocalTime().date() : QDate::currentDate();
}

QJsonObject EmergencyActions::openEntryOf(const QString& applicationId) const
{
    for (const QJsonObject& entry :
         RecordQuery(m_cache).rowsWhere(kEntries, QStringLiteral("application_id"), applicationId)) {
        if (str(entry, "status") == QLatin1String("open"))
            return entry;
    }
    return QJsonObject();
}

QString EmergencyActions::appendNote(const QJsonObject& entry, const QString& text) const
{
    return NoteLog::append(str(entry, "notes"), {now(), m_authorId, m_authorName, text});
}

bool EmergencyActions::add(const NewEntry& entry, QString* id, QString* error)
{
    const QJsonObject app = RecordQuery(m_cache).row(QStringLiteral("applications"), entry.applicationId);
    if (app.isEmpty()) {
        *error = tr("This application is no longer in your offline copy.");
        return false;
    }
    if (!openEntryOf(entry.applicationId).isEmpty()) {
        *error = tr("This application is on the emergency list already.");
        return false;
    }
    if (entry.urgency < 1 || entry.urgency > 3 || entry.reason.isEmpty()) {
        *error = tr("Choose how urgent it is and why.");
        return false;
    }
    if (!entry.followUpOn.isValid() || entry.followUpOn < today()) {
        *error = tr("Choose a follow-up day from today on.");
        return false;
    }
    QJsonObject row{{QStringLiteral("id"), Uuid::v7()},
                    {QStringLiteral("region_id"), str(app, "region_id")},
                    {QStringLiteral("application_id"), entry.applicationId},
                    {QStringLiteral("parent_id"), str(app, "parent_id")},
                    {QStringLiteral("urgency"), entry.urgency},
                    {QStringLiteral("reason"), entry.reason},
                    {QStringLiteral("follow_up_on"), entry.followUpOn.toString(Qt::ISODate)},
                    {QStringLiteral("status"), QStringLiteral("open")},
                    {QStringLiteral("added_by"), m_authorId}};
    if (!entry.note.trimmed().isEmpty())
        row.insert(QStringLiteral("notes"), appendNote(QJsonObject(), entry.note.trimmed()));
    if (!LocalWriter(m_cache).insert(kEntries, row, error))
        return false;
    *id = str(row, "id");
    return true;
}

QJsonObject EmergencyActions::openEntry(const QString& entryId, QString* error) const
{
    const QJsonObject entry = RecordQuery(m_cache).row(kEntries, entryId);
    if (entry.isEmpty())
        *error = tr("This entry is no longer in your offline copy.");
    else if (str(entry, "status") != QLatin1String("open"))
        *error = tr("This entry is closed already.");
    else
        return entry;
    return QJsonObject();
}

bool EmergencyActions::logFollowUp(const QString& entryId, const QString& agreed, const QDate& next, QString* error)
{
    const QJsonObject entry = openEntry(entryId, error);
    if (entry.isEmpty())
        return false;
    if (agreed.trimmed().isEmpty()) {
        *error = tr("Write down what was agreed.");
        return false;
    }
    if (!next.isValid() || next < today()) {
        *error = tr("Choose the next follow-up day from today on.");
        return false;
    }
    //: A line of an emergency entry's follow-up log: what was agreed, then the next day to call.
    const QString text =
        tr("%1 — next follow-up: %2").arg(agreed.trimmed(), next.toString(QStringLiteral("dd-MM-yyyy")));
    return LocalWriter(m_cache).update(kEntries, entryId,
                                       {{QStringLiteral("notes"), appendNote(entry, text)},
                                        {QStringLiteral("follow_up_on"), next.toString(Qt::ISODate)}},
                                       error);
}

bool EmergencyActions::resolve(const QString& entryId, const QString& resolution, const QString& note, QString* error)
{
    const QJsonObject entry = openEntry(entryId, error);
    if (entry.isEmpty())
        return false;
    if (!resolutions().contains(resolution)) {
        *error = tr("Choose how the entry ends.");
        return false;
    }
    QJsonObject values{{QStringLiteral("status"), QStringLiteral("resolved")},
                       {QStringLiteral("resolution"), resolution}};
    if (!note.trimmed().isEmpty())
        values.insert(QStringLiteral("notes"), appendNote(entry, note.trimmed()));
    return LocalWriter(m_cache).update(kEntries, entryId, values, error);
}

#include "store/records/MessageActions.h"

#include "domain/Uuid.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QString trMessage(const char* text)
{
    return QCoreApplication::translate("MessageActions", text);
}

} // namespace

MessageActions::MessageActions(LocalCache& cache)
    : m_cache(cache)
{
}

QString MessageActions::regionOf(const Draft& draft) const
{
    // The message belongs where the application lives (a parent can have applications in two regions).
    const RecordQuery records(m_cache);
    if (!draft.applicationId.isEmpty()) {
        const QJsonObject application = records.row(s("applications"), draft.applicationId);
        if (!application.isEmpty())
            return application.value(s("region_id")).toString();
    }
    return records.row(s("parents"), draft.parentId).value(s("region_id")).toString();
}

QString MessageActions::queue(const Draft& draft, QString* error)
{
    if (draft.subject.trimmed().isEmpty() || draft.body.trimmed().isEmpty()) {
        *error = trMessage("A message needs a subject and a text.");
        return QString();
    }
    const QJsonObject parent = RecordQuery(m_cache).row(s("parents"), draft.parentId);
    if (parent.isEmpty()) {
        *error = trMessage("The parent is not in this computer's data.");
        return QString();
    }
    if (parent.value(s("email")).toString().trimmed().isEmpty()) {
        *error = trMessage("This parent has no e-mail address.");
        return QString();
    }
    const QString id = Uuid::v7();
    QJsonObject row{{s("id"), id},
                    {s("region_id"), regionOf(draft)},
                    {s("parent_id"), draft.parentId},
                    {s("channel"), s("email")},
                    {s("language"), draft.language},
                    {s("subject"), draft.subject.trimmed()},
                    {s("body"), draft.body},
                    {s("status"), s("queued")}};
    row.insert(s("application_id"), draft.applicationId.isEmpty() ? QJsonValue() : QJsonValue(draft.applicationId));
    row.insert(s("template"), draft.templateName.isEmpty() ? QJsonValue() : QJsonValue(draft.templateName));
    if (!LocalWriter(m_cache).insert(s("messages"), row, error))
        return QString();
    return id;
}

bool MessageActions::resend(const QString& messageId, QString* error)
{
    const QJsonObject message = RecordQuery(m_cache).row(s("messages"), messageId);
    if (message.isEmpty()) {
        *error = trMessage("The message is not in this computer's data.");
        return false;
    }
    if (!canResend(message.value(s("status")).toString())) {
        *error = trMessage("Only a message that could not be delivered can be sent again.");
        return false;
    }
    return LocalWriter(m_cache).update(s("messages"), messageId,
                                       QJsonObject{{s("status"), s("queued")}, {s("error"), QJsonValue()}}, error);
}

#include "mail/MailEvents.h"

#include "domain/ApplicationStatus.h"
#include "domain/MessageTemplates.h"
#include "domain/MessageValues.h"
#include "domain/Uuid.h"
#include "service/ServerLogging.h"
#include "sync/RowValues.h"

namespace {

QString str(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}

bool changed(const QJsonObject& before, const QJsonObject& after, const char* key)
{
    return before.value(QLatin1String(key)) != after.value(QLatin1String(key));
}

// The wishes a parent expressed: a change to any of them is worth telling the parent.
bool wishesChanged(const QJsonObject& before, const QJsonObject& after)
{
    return changed(before, after, "preferences") || changed(before, after, "days") ||
           changed(before, after, "desired_start") || changed(before, after, "start_flexibility_weeks");
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

MailEvents::MailEvents(ServerStorage& storage, const QString& writerId)
    : m_storage(storage)
    , m_writerId(writerId)
{
}

QVector<CommittedRow> MailEvents::afterWrite(const QString& table, const QJsonObject& before, const QJsonObject& after,
                                             qint64 seq)
{
    if (table == QLatin1String("applications"))
        return afterApplication(before, after, seq);
    if (table == QLatin1String("offers"))
        return afterOffer(before, after, seq);
    if (table == QLatin1String("messages"))
        afterMessage(before, after);
    return {};
}

QVector<CommittedRow> MailEvents::afterApplication(const QJsonObject& before, const QJsonObject& after, qint64 seq)
{
    QString templateName;
    if (before.isEmpty())
        templateName = QStringLiteral("acknowledgement");
    else if (changed(before, after, "status"))
        templateName = str(after, "status") == QLatin1String("cancelled") ? QStringLiteral("application_cancelled")
                                                                          : QStringLiteral("state_changed");
    else if (wishesChanged(before, after))
        templateName = QStringLiteral("application_changed");
    if (templateName.isEmpty())
        return {};
    const std::optional<StoredRow> application = m_storage.findRow(QStringLiteral("applications"), str(after, "id"));
    if (!application)
        return {};
    const std::optional<CommittedRow> row = write(templateName, *application, QJsonObject(), seq);
    return row ? QVector<CommittedRow>{*row} : QVector<CommittedRow>();
}

QVector<CommittedRow> MailEvents::afterOffer(const QJsonObject& before, const QJsonObject& after, qint64 seq)
{
    if (str(after, "status") != QLatin1String("sent") || str(before, "status") == QLatin1String("sent"))
        return {};
    const std::optional<StoredRow> application =
        m_storage.findRow(QStringLiteral("applications"), str(after, "application_id"));
    if (!application)
        return {};
    const std::optional<CommittedRow> row = write(QStringLiteral("offer_made"), *application, after, seq);
    return row ? QVector<CommittedRow>{*row} : QVector<CommittedRow>();
}

void MailEvents::afterMessage(const QJsonObject& before, const QJsonObject& after)
{
    if (!before.isEmpty() && str(after, "status") == QLatin1String("queued") &&
        str(before, "status") != QLatin1String("queued"))
        m_storage.clearMailAttempts(str(after, "id"));
}

std::optional<CommittedRow> MailEvents::offerReminder(const QString& offerId, qint64 seq)
{
    const std::optional<StoredRow> offer = m_storage.findRow(QStringLiteral("offers"), offerId);
    if (!offer)
        return std::nullopt;
    const std::optional<StoredRow> application =
        m_storage.findRow(QStringLiteral("applications"), str(offer->row, "application_id"));
    if (!application)
        return std::nullopt;
    return write(QStringLiteral("offer_expiring"), *application, offer->row, seq);
}

std::optional<StoredRow> MailEvents::regionRow(const QString& table, const QString& id, const QString& regionId)
{
    std::optional<StoredRow> row = m_storage.findRow(table, id);
    if (row && str(row->row, "region_id") != regionId)
        return std::nullopt;
    return row;
}

bool MailEvents::rowsFor(const QJsonObject& application, const QJsonObject& parent, const QJsonObject& offer,
                         MessageRows* rows)
{
    // A mail is composed only from rows of its own region (docs/PROTOCOL.md "References"): the message row
    // reaches every account of that region, so a name from elsewhere would leak through it.
    const QString regionId = str(application, "region_id");
    rows->parent = parent;
    rows->application = application;
    rows->offer = offer;
    if (str(parent, "region_id") != regionId || (!offer.isEmpty() && str(offer, "region_id") != regionId))
        return false;
    const QString childId = str(application, "child_id");
    if (const std::optional<StoredRow> child = regionRow(QStringLiteral("children"), childId, regionId))
        rows->child = child->row;
    else if (m_storage.findRow(QStringLiteral("children"), childId))
        return false;
    if (!offer.isEmpty()) {
        const std::optional<StoredRow> location =
            regionRow(QStringLiteral("locations"), str(offer, "location_id"), regionId);
        if (!location)
            return false;
        rows->location = location->row;
    }
    return true;
}

std::optional<CommittedRow> MailEvents::write(const QString& templateName, const StoredRow& application,
                                              const QJsonObject& offer, qint64 seq)
{
    const QJsonObject& app = application.row;
    const std::optional<StoredRow> parent = m_storage.findRow(QStringLiteral("parents"), str(app, "parent_id"));
    if (!parent)
        return std::nullopt; // pushes refuse applications of missing parents; an operator may have deleted it
    MessageRows rows;
    if (!rowsFor(app, parent->row, offer, &rows)) {
        qCWarning(lcServerMail) << "application" << str(app, "id") << ": its family is not in its region, no mail";
        return std::nullopt;
    }
    const QString language = MessageTemplates::languageFor(str(parent->row, "language"));
    RenderedMessage message;
    QString error;
    const bool rendered =
        MessageTemplates::render(templateName, language, MessageValues::build(rows, language), &message, &error);
    if (!rendered)
        qCWarning(lcServerMail) << "application" << str(app, "id") << ":" << error;
    else if (str(parent->row, "email").isEmpty())
        error = QString::fromLatin1(kNoAddress);
    QJsonObject row{{QStringLiteral("id"), Uuid::v7()},
                    {QStringLiteral("region_id"), str(app, "region_id")},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("updated_at"), RowValues::nowIso()},
                    {QStringLiteral("updated_by"), orNull(m_writerId)},
                    {QStringLiteral("parent_id"), parent->row.value(QLatin1String("id"))},
                    {QStringLiteral("application_id"), app.value(QLatin1String("id"))},
                    {QStringLiteral("channel"), QStringLiteral("email")},
                    {QStringLiteral("language"), language},
                    {QStringLiteral("template"), templateName},
                    {QStringLiteral("subject"), orNull(message.subject)},
                    {QStringLiteral("body"), orNull(message.body)},
                    {QStringLiteral("status"), error.isEmpty() ? QStringLiteral("queued") : QStringLiteral("failed")},
                    {QStringLiteral("sent_at"), QJsonValue()},
                    {QStringLiteral("error"), orNull(error)}};
    m_storage.insertRow(QStringLiteral("messages"), row, application.filedBy, seq);
    qCDebug(lcServerMail) << "message" << str(row, "id") << templateName << str(row, "status");
    return CommittedRow{QStringLiteral("messages"), row, application.filedBy, seq};
}

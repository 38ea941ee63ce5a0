#include "MailEvents.h"

#include "RowValues.h"
#include "ServerLogging.h"
#include "domain/ApplicationStatus.h"
#include "domain/MessageTemplates.h"
#include "domain/Uuid.h"

#include <QDate>
#include <QLocale>

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

QHash<QString, QString> MailEvents::values(const QJsonObject& application, const QJsonObject& parent,
                                           const QJsonObject& offer, const QString& language)
{
    const ApplicationStatus::State state = ApplicationStatus::fromString(str(application, "status"));
    QHash<QString, QString> v{
        {QStringLiteral("parent_name"),
         (str(parent, "first_name") + QLatin1Char(' ') + str(parent, "last_name")).trimmed()},
        {QStringLiteral("application_number"), str(application, "number")},
        {QStringLiteral("state"), ApplicationStatus::label(state, language)},
        {QStringLiteral("state_explanation"), ApplicationStatus::explanation(state, language)},
    };
    const std::optional<StoredRow> child = m_storage.findRow(QStringLiteral("children"), str(application, "child_id"));
    const QString childName = child ? str(child->row, "first_name").trimmed() : QString();
    v.insert(QStringLiteral("child_name"), childName.isEmpty() ? MessageTemplates::unnamedChild(language) : childName);
    if (!offer.isEmpty()) {
        if (const std::optional<StoredRow> location =
                m_storage.findRow(QStringLiteral("locations"), str(offer, "location_id"))) {
            const QString municipality = str(location->row, "municipality");
            v.insert(QStringLiteral("location"),
                     str(location->row, "name") +
                         (municipality.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(municipality)));
        }
        const QDate respondBy = QDate::fromString(str(offer, "respond_by"), Qt::ISODate);
        if (respondBy.isValid())
            v.insert(QStringLiteral("respond_by"),
                     QLocale(language).toString(respondBy, QStringLiteral("d MMMM yyyy")));
    }
    return v;
}

std::optional<CommittedRow> MailEvents::write(const QString& templateName, const StoredRow& application,
                                              const QJsonObject& offer, qint64 seq)
{
    const QJsonObject& app = application.row;
    const std::optional<StoredRow> parent = m_storage.findRow(QStringLiteral("parents"), str(app, "parent_id"));
    if (!parent)
        return std::nullopt; // pushes refuse applications of missing parents; an operator may have deleted it
    const QString language = MessageTemplates::languageFor(str(parent->row, "language"));
    RenderedMessage message;
    QString error;
    const bool rendered =
        MessageTemplates::render(templateName, language, values(app, parent->row, offer, language), &message, &error);
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

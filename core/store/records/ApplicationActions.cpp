#include "store/records/ApplicationActions.h"

#include "domain/NoteLog.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

#include <QJsonArray>

#include <algorithm>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

bool isAssignable(const QJsonObject& account, const QString& regionId)
{
    const QString role = str(account, "role");
    return (role == QLatin1String("counter") || role == QLatin1String("coordinator")) &&
           account.value(QLatin1String("active")).toBool(true) &&
           account.value(QLatin1String("region_ids")).toArray().contains(regionId);
}

} // namespace

ApplicationActions::ApplicationActions(LocalCache& cache, const QString& authorId, const QString& authorName)
    : m_cache(cache)
    , m_authorId(authorId)
    , m_authorName(authorName)
{
}

QString ApplicationActions::now() const
{
    const QDateTime at = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    return at.toUTC().toString(Qt::ISODate);
}

bool ApplicationActions::changeStatus(const QString& applicationId, ApplicationStatus::State to, const QString& reason,
                                      const QString& detail, QString* error)
{
    const QJsonObject app = RecordQuery(m_cache).row(QStringLiteral("applications"), applicationId);
    if (app.isEmpty()) {
        *error = tr("This application is no longer in your offline copy.");
        return false;
    }
    const ApplicationStatus::State from = ApplicationStatus::fromString(str(app, "status"));
    if (!ApplicationStatus::canTransition(from, to)) {
        *error = tr("The application cannot go to that state from the state it is in now.");
        return false;
    }
    QJsonObject values{{QStringLiteral("status"), ApplicationStatus::toString(to)}};
    switch (ApplicationStatus::reasonNeeded(from, to)) {
    case ApplicationStatus::Reason::ClosedReason:
        if (reason.trimmed().isEmpty()) {
            *error = tr("Say why the application is closed.");
            return false;
        }
        values.insert(QStringLiteral("closed_reason"), reason.trimmed());
        break;
    case ApplicationStatus::Reason::OfferReturn:
        if (!ApplicationStatus::offerReturnReasons().contains(reason)) {
            *error = tr("Say whether the offer was declined or expired.");
            return false;
        }
        values.insert(QStringLiteral("notes"), NoteLog::append(str(app, "notes"), {now(), m_authorId, m_authorName,
                                                                                   offerReturnNote(reason, detail)}));
        break;
    case ApplicationStatus::Reason::None:
        break;
    }
    return LocalWriter(m_cache).update(QStringLiteral("applications"), applicationId, values, error);
}

QString ApplicationActions::offerReturnNote(const QString& reason, const QString& detail) const
{
    const QString head = reason == QLatin1String("declined") ? tr("The parent declined the offered place.")
                                                             : tr("The offered place expired without an answer.");
    return detail.trimmed().isEmpty() ? head : head + QLatin1Char(' ') + detail.trimmed();
}

bool ApplicationActions::assign(const QString& applicationId, const QString& accountId, QString* error)
{
    const QJsonObject app = RecordQuery(m_cache).row(QStringLiteral("applications"), applicationId);
    if (app.isEmpty()) {
        *error = tr("This application is no longer in your offline copy.");
        return false;
    }
    if (!accountId.isEmpty()) {
        const QJsonObject account = RecordQuery(m_cache).row(QStringLiteral("accounts"), accountId);
        if (!isAssignable(account, str(app, "region_id"))) {
            *error = tr("Only an active counter worker or coordinator of the application's region can take it.");
            return false;
        }
    }
    return LocalWriter(m_cache).update(
        QStringLiteral("applications"), applicationId,
        {{QStringLiteral("assigned_account_id"), accountId.isEmpty() ? QJsonValue() : QJsonValue(accountId)}}, error);
}

bool ApplicationActions::addNote(const QString& applicationId, const QString& text, QString* error)
{
    if (text.trimmed().isEmpty()) {
        *error = tr("Write the note first.");
        return false;
    }
    const QJsonObject app = RecordQuery(m_cache).row(QStringLiteral("applications"), applicationId);
    if (app.isEmpty()) {
        *error = tr("This application is no longer in your offline copy.");
        return false;
    }
    const QString notes = NoteLog::append(str(app, "notes"), {now(), m_authorId, m_authorName, text.trimmed()});
    return LocalWriter(m_cache).update(QStringLiteral("applications"), applicationId,
                                       {{QStringLiteral("notes"), notes}}, error);
}

QVector<QJsonObject> ApplicationActions::assignableAccounts(const QString& regionId) const
{
    QVector<QJsonObject> accounts;
    for (const QJsonObject& a : RecordQuery(m_cache).allRows(QStringLiteral("accounts"))) {
        if (isAssignable(a, regionId))
            accounts.append(a);
    }
    std::sort(accounts.begin(), accounts.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return QString::localeAwareCompare(str(a, "display_name"), str(b, "display_name")) < 0;
    });
    return accounts;
}

#include "sync/AccountClient.h"

#include <QJsonArray>

namespace {
const QString kAccounts = QStringLiteral("/accounts");
} // namespace

AccountClient::AccountClient(ApiClient& api)
    : m_api(api)
{
}

void AccountClient::changePassword(const QString& current, const QString& next, ApiClient::Callback done)
{
    m_api.post(QStringLiteral("/auth/password"),
               {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), next}},
               std::move(done));
}

void AccountClient::list(ApiClient::Callback done)
{
    m_api.get(kAccounts, QUrlQuery(), std::move(done));
}

void AccountClient::create(const AccountInfo& account, bool sendByMail, ApiClient::Callback done)
{
    QJsonObject body{{QStringLiteral("username"), account.username},
                     {QStringLiteral("role"), account.role},
                     {QStringLiteral("region_ids"), QJsonArray::fromStringList(account.regionIds)}};
    if (!account.displayName.isEmpty())
        body.insert(QStringLiteral("display_name"), account.displayName);
    if (!account.email.isEmpty())
        body.insert(QStringLiteral("email"), account.email);
    if (!account.organisation.isEmpty())
        body.insert(QStringLiteral("organisation"), account.organisation);
    if (sendByMail)
        body.insert(QStringLiteral("send_by_mail"), true);
    m_api.post(kAccounts, body, std::move(done));
}

void AccountClient::update(const QString& accountId, const QJsonObject& changes, ApiClient::Callback done)
{
    m_api.patch(kAccounts + QLatin1Char('/') + accountId, changes, std::move(done));
}

void AccountClient::setActive(const QString& accountId, bool active, ApiClient::Callback done)
{
    update(accountId, {{QStringLiteral("active"), active}}, std::move(done));
}

void AccountClient::resetPassword(const QString& accountId, bool sendByMail, ApiClient::Callback done)
{
    QJsonObject body;
    if (sendByMail)
        body.insert(QStringLiteral("send_by_mail"), true);
    m_api.post(kAccounts + QLatin1Char('/') + accountId + QStringLiteral("/reset-password"), body, std::move(done));
}

void AccountClient::signOut(const QString& accountId, ApiClient::Callback done)
{
    m_api.post(kAccounts + QLatin1Char('/') + accountId + QStringLiteral("/sign-out"), QJsonObject(), std::move(done));
}

QString AccountClient::invalidField(const ApiResult& reply)
{
    const QString message = reply.error.message;
    const int colon = message.indexOf(QLatin1Char(':'));
    return colon > 0 ? message.left(colon) : QString();
}

QString AccountClient::invalidText(const ApiResult& reply)
{
    const QString field = invalidField(reply);
    if (field == QLatin1String("username"))
        return tr("A user name has 2 to 64 letters, digits, dots, dashes or underscores.");
    if (field == QLatin1String("role"))
        return tr("Choose one of the roles.");
    if (field == QLatin1String("region_ids"))
        return tr("Choose at least one region.");
    if (field == QLatin1String("email"))
        return tr("The e-mail address is not valid.");
    if (field == QLatin1String("display_name"))
        return tr("A name has at most %n characters.", "", 200);
    if (field == QLatin1String("send_by_mail"))
        return tr("The account has no e-mail address to send the password to.");
    if (field == QLatin1String("organisation"))
        return tr("An organisation has at most %n characters.", "", 200);
    return tr("The server did not accept this account (%1).").arg(field.isEmpty() ? reply.error.code : field);
}

QString AccountClient::refusal(const ApiResult& reply)
{
    if (reply.networkError)
        return tr("The server cannot be reached: accounts are managed online only. Try again when the connection "
                  "is back.");
    const QString code = reply.error.code;
    if (code == QLatin1String("last_admin"))
        return tr("This is the last active administrator. Make another account administrator first.");
    if (code == QLatin1String("username_taken"))
        return tr("This user name is taken already. Choose another one.");
    if (code == QLatin1String("mail_unavailable"))
        return tr("This server sends no e-mail. Nothing was changed: try again without sending by e-mail, and hand "
                  "the password over yourself.");
    if (code == QLatin1String("account_disabled"))
        return tr("Your own account is deactivated: you cannot manage accounts.");
    if (code == QLatin1String("password_change_required"))
        return tr("Choose your own password first (Change my password…).");
    if (reply.status == 403)
        return tr("You may not do this. An administrator manages every account; a coordinator manages only the "
                  "accounts of its own regions, grants only those regions and never the administrator role.");
    if (reply.status == 404)
        return tr("This account does not exist any more. Refresh the list.");
    if (code == QLatin1String("invalid"))
        return invalidText(reply);
    if (reply.status == 401)
        return tr("Your session has ended: sign in again.");
    return tr("The server could not do it (error %1). Try again later.").arg(reply.status);
}

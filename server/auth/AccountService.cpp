#include "auth/AccountService.h"

#include "auth/AccountAdmin.h"
#include "auth/AccountPolicy.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>

namespace {

ApiReply invalid(const QString& message)
{
    return ApiReply::error(422, QStringLiteral("invalid"), message);
}

// A text field: absent leaves it, null empties it, anything but a string is refused.
bool readText(const QJsonObject& body, const char* name, std::optional<QString>* out, QString* error)
{
    const QJsonValue value = body.value(QLatin1String(name));
    if (value.isUndefined())
        return true;
    if (!value.isNull() && !value.isString()) {
        *error = QStringLiteral("%1: must be a string").arg(QLatin1String(name));
        return false;
    }
    *out = value.toString().trimmed();
    return true;
}

} // namespace

AccountService::AccountService(ServerStorage& storage)
    : m_storage(storage)
{
}

bool AccountService::readChange(const QJsonObject& body, AccountChange* change, QString* error)
{
    static const QStringList known{
        QStringLiteral("username"),   QStringLiteral("display_name"), QStringLiteral("email"), QStringLiteral("role"),
        QStringLiteral("region_ids"), QStringLiteral("organisation"), QStringLiteral("active")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1: is not a field of an account").arg(it.key().left(100));
            return false;
        }
    }
    if (!readText(body, "display_name", &change->displayName, error) ||
        !readText(body, "email", &change->email, error) || !readText(body, "role", &change->role, error) ||
        !readText(body, "organisation", &change->organisation, error))
        return false;
    const QJsonValue regions = body.value(QLatin1String("region_ids"));
    if (!regions.isUndefined()) {
        if (!regions.isArray()) {
            *error = QStringLiteral("region_ids: must be a list of region ids");
            return false;
        }
        QStringList ids;
        for (const QJsonValue& v : regions.toArray()) {
            if (!v.isString()) {
                *error = QStringLiteral("region_ids: must be a list of region ids");
                return false;
            }
            ids.append(v.toString());
        }
        change->regionIds = ids;
    }
    const QJsonValue active = body.value(QLatin1String("active"));
    if (!active.isUndefined()) {
        if (!active.isBool()) {
            *error = QStringLiteral("active: must be true or false");
            return false;
        }
        change->active = active.toBool();
    }
    return true;
}

std::optional<ApiReply> AccountService::settle(const AccountOutcome& outcome)
{
    if (!outcome.ok())
        return ApiReply::error(outcome.status, outcome.code, outcome.message);
    if (outcome.seq > 0 && m_committed)
        m_committed({CommittedRow{QStringLiteral("accounts"), outcome.account.toSyncRow(), QString(), outcome.seq}});
    if (outcome.revokedSessions > 0 && m_revoked)
        m_revoked();
    return std::nullopt;
}

bool AccountService::readSendByMail(const QJsonObject& body, bool* byMail, QString* error)
{
    const QJsonValue value = body.value(QLatin1String("send_by_mail"));
    if (!value.isUndefined() && !value.isBool()) {
        *error = QStringLiteral("send_by_mail: must be true or false");
        return false;
    }
    *byMail = value.toBool(false);
    return true;
}

std::optional<ApiReply> AccountService::mailRefusal(const AuthContext& context, const QString& email) const
{
    if (!AccountPolicy::mayAdminister(&context.account))
        return std::nullopt;
    if (!m_mailer)
        return ApiReply::error(409, QStringLiteral("mail_unavailable"),
                               QStringLiteral("This server sends no mail (no SMTP relay or mail folder): hand the "
                                              "one-time password over yourself."));
    if (email.trimmed().isEmpty())
        return invalid(QStringLiteral("send_by_mail: the account has no e-mail address"));
    return std::nullopt;
}

void AccountService::handOver(const AuthContext& context, const Account& account, const QString& password, bool byMail,
                              QJsonObject* reply)
{
    if (byMail && m_mailer(account, password)) {
        reply->insert(QStringLiteral("mailed"), true);
        return;
    }
    reply->insert(QStringLiteral("one_time_password"), password);
    if (byMail) {
        reply->insert(QStringLiteral("mailed"), false);
        AccountAdmin(m_storage).recordPasswordMailFailure(&context.account, account);
    }
}

ApiReply AccountService::list(const AuthContext& context)
{
    if (!context.scope.isAdmin() && context.scope.role() != QLatin1String("coordinator"))
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               QStringLiteral("Only an administrator or a coordinator manages accounts."));
    QJsonArray accounts;
    for (const Account& account : AccountAdmin(m_storage).list(&context.account))
        accounts.append(account.toAdminJson());
    return ApiReply::ok({{QStringLiteral("accounts"), accounts}});
}

ApiReply AccountService::create(const AuthContext& context, const QJsonObject& request)
{
    AccountChange fields;
    QString error;
    bool byMail = false;
    if (!readSendByMail(request, &byMail, &error))
        return invalid(error);
    QJsonObject body = request;
    body.remove(QStringLiteral("send_by_mail"));
    if (!readChange(body, &fields, &error))
        return invalid(error);
    if (fields.active)
        return invalid(QStringLiteral("active: a new account is always active"));
    const QJsonValue username = body.value(QLatin1String("username"));
    if (!username.isString())
        return invalid(QStringLiteral("username: required, a string"));
    if (!fields.role)
        return invalid(QStringLiteral("role: required"));
    Account account;
    account.username = username.toString().trimmed();
    account.role = *fields.role;
    account.regionIds = fields.regionIds.value_or(QStringList());
    account.displayName = fields.displayName.value_or(QString());
    account.email = fields.email.value_or(QString());
    account.organisation = fields.organisation.value_or(QString());
    if (byMail) {
        if (const std::optional<ApiReply> refused = mailRefusal(context, account.email))
            return *refused;
    }
    const AccountOutcome outcome =
        AccountAdmin(m_storage).create(&context.account, account, QString(), QString(), byMail);
    if (const std::optional<ApiReply> refused = settle(outcome))
        return *refused;
    QJsonObject answer{{QStringLiteral("account"), outcome.account.toAdminJson()}};
    handOver(context, outcome.account, outcome.oneTimePassword, byMail, &answer);
    ApiReply reply = ApiReply::ok(answer);
    reply.status = 201;
    return reply; // HttpFrontend marks every answer no-store: the password stays in no cache
}

ApiReply AccountService::update(const AuthContext& context, const QString& accountId, const QJsonObject& body)
{
    AccountChange change;
    QString error;
    if (!readChange(body, &change, &error))
        return invalid(error);
    if (body.contains(QLatin1String("username")))
        return invalid(QStringLiteral("username: cannot be changed"));
    if (change.isEmpty())
        return invalid(QStringLiteral("give at least one of display_name, email, role, region_ids, organisation, "
                                      "active"));
    const AccountOutcome outcome = AccountAdmin(m_storage).update(&context.account, accountId, change);
    if (const std::optional<ApiReply> refused = settle(outcome))
        return *refused;
    return ApiReply::ok({{QStringLiteral("account"), outcome.account.toAdminJson()}});
}

ApiReply AccountService::resetPassword(const AuthContext& context, const QString& accountId, const QJsonObject& body)
{
    QString error;
    bool byMail = false;
    if (!readSendByMail(body, &byMail, &error))
        return invalid(error);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("send_by_mail"))
            return invalid(QStringLiteral("%1: is not a field of a password reset").arg(it.key().left(100)));
    }
    if (byMail) {
        // The address is the stored one; an account the caller may not manage is refused by AccountAdmin alike.
        const std::optional<Account> target = m_storage.accountById(accountId);
        if (target && AccountPolicy::mayManage(&context.account, *target)) {
            if (const std::optional<ApiReply> refused = mailRefusal(context, target->email))
                return *refused;
        }
    }
    const AccountOutcome outcome = AccountAdmin(m_storage).resetPassword(&context.account, accountId, byMail);
    if (const std::optional<ApiReply> refused = settle(outcome))
        return *refused;
    QJsonObject answer{{QStringLiteral("revoked_sessions"), outcome.revokedSessions},
                       {QStringLiteral("account"), outcome.account.toAdminJson()}};
    handOver(context, outcome.account, outcome.oneTimePassword, byMail, &answer);
    return ApiReply::ok(answer);
}

ApiReply AccountService::signOut(const AuthContext& context, const QString& accountId)
{
    const AccountOutcome outcome = AccountAdmin(m_storage).signOut(&context.account, accountId);
    if (const std::optional<ApiReply> refused = settle(outcome))
        return *refused;
    return ApiReply::ok({{QStringLiteral("revoked_sessions"), outcome.revokedSessions}});
}

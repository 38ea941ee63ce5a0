#pragma once

#include "protocol/AccountInfo.h"
#include "sync/ApiClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The account operations that are done online (docs/PROTOCOL.md "Accounts"): a person changing their own password;
// an admin or coordinator listing, creating and changing accounts, giving one a new one-time password and ending its
// sessions. They decide who may come in, so the server does them at once and the client never queues them; what the
// server refuses is told in the window's language (refusal()).
class AccountClient
{
    Q_DECLARE_TR_FUNCTIONS(AccountClient)

public:
    explicit AccountClient(ApiClient& api);

    void changePassword(const QString& current, const QString& next, ApiClient::Callback done);

    // GET /accounts: {"accounts": [...]}, the accounts the signed-in person may manage.
    void list(ApiClient::Callback done);
    // POST /accounts with the user name, display name, e-mail, role, regions and organisation of `account`:
    // {"account", "one_time_password"}; with sendByMail the password goes to the account's address instead
    // ({"account", "mailed": true}).
    void create(const AccountInfo& account, bool sendByMail, ApiClient::Callback done);
    // PATCH /accounts/{id} with the fields that change ("display_name", "email", "role", "region_ids",
    // "organisation", "active").
    void update(const QString& accountId, const QJsonObject& changes, ApiClient::Callback done);
    void setActive(const QString& accountId, bool active, ApiClient::Callback done);
    // POST /accounts/{id}/reset-password: {"one_time_password", "revoked_sessions", "account"}; with sendByMail
    // "mailed": true in place of the password.
    void resetPassword(const QString& accountId, bool sendByMail, ApiClient::Callback done);
    // POST /accounts/{id}/sign-out: {"revoked_sessions"}.
    void signOut(const QString& accountId, ApiClient::Callback done);

    // What the server's refusal of an account request means, in the window's language; the server's English words
    // are never shown for a refusal it names by code or field.
    static QString refusal(const ApiResult& reply);

private:
    // The field a 422 names first ("email: not an e-mail address" -> "email").
    static QString invalidField(const ApiResult& reply);
    static QString invalidText(const ApiResult& reply);

    ApiClient& m_api;
};

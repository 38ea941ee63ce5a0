#pragma once

#include "sync/ApiClient.h"

#include <QJsonObject>
#include <QString>

// The account operations that are done online (docs/PROTOCOL.md "Accounts"): a person changing their own password;
// an admin or coordinator listing, creating and changing accounts. They decide who may come in, so the server does
// them at once and the client never queues them.
class AccountClient
{
public:
    explicit AccountClient(ApiClient& api);

    void changePassword(const QString& current, const QString& next, ApiClient::Callback done);

private:
    ApiClient& m_api;
};

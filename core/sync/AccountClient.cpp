#include "sync/AccountClient.h"

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

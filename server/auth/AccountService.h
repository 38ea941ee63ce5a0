#pragma once

#include "auth/AccountChange.h"
#include "auth/AccountOutcome.h"
#include "auth/AuthContext.h"
#include "http/ApiReply.h"

#include <QJsonObject>
#include <QVector>
#include <functional>

class ServerStorage;

// The account endpoints (docs/PROTOCOL.md "Accounts"): reads the JSON, hands every action to AccountAdmin, the
// implementation the operator's subcommands share, and turns its outcome into the reply. After a committed change
// of an account row it tells the commit listener (NotifyHub pokes and re-checks sockets), after ended sessions the
// revocation listener (their sockets close now).
class AccountService
{
public:
    using CommitListener = std::function<void(const QVector<CommittedRow>&)>;

    explicit AccountService(ServerStorage& storage);
    void setCommitListener(CommitListener listener) { m_committed = std::move(listener); }
    void setRevocationListener(std::function<void()> listener) { m_revoked = std::move(listener); }

    ApiReply list(const AuthContext& context);
    ApiReply create(const AuthContext& context, const QJsonObject& body);
    ApiReply update(const AuthContext& context, const QString& accountId, const QJsonObject& body);
    ApiReply resetPassword(const AuthContext& context, const QString& accountId);
    ApiReply signOut(const AuthContext& context, const QString& accountId);

private:
    // The fields of a PATCH body (or of a POST body besides username and role); false with the 422 message.
    static bool readChange(const QJsonObject& body, AccountChange* change, QString* error);
    // The error reply of a refused outcome; else tells the listeners what the outcome committed.
    std::optional<ApiReply> settle(const AccountOutcome& outcome);

    ServerStorage& m_storage;
    CommitListener m_committed;
    std::function<void()> m_revoked;
};

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
    // Mails a one-time password to the account's address (server/mail/PasswordMail); false when it could not be
    // handed over. Unset: the server has no mail transport and "send_by_mail" answers 409 mail_unavailable.
    using PasswordMailer = std::function<bool(const Account& account, const QString& password)>;

    explicit AccountService(ServerStorage& storage);
    void setCommitListener(CommitListener listener) { m_committed = std::move(listener); }
    void setRevocationListener(std::function<void()> listener) { m_revoked = std::move(listener); }
    void setPasswordMailer(PasswordMailer mailer) { m_mailer = std::move(mailer); }

    ApiReply list(const AuthContext& context);
    ApiReply create(const AuthContext& context, const QJsonObject& body);
    ApiReply update(const AuthContext& context, const QString& accountId, const QJsonObject& body);
    ApiReply resetPassword(const AuthContext& context, const QString& accountId, const QJsonObject& body = {});
    ApiReply signOut(const AuthContext& context, const QString& accountId);

private:
    // The fields of a PATCH body (or of a POST body besides username and role); false with the 422 message.
    static bool readChange(const QJsonObject& body, AccountChange* change, QString* error);
    // The error reply of a refused outcome; else tells the listeners what the outcome committed.
    std::optional<ApiReply> settle(const AccountOutcome& outcome);
    // "send_by_mail" of a body (absent: false); false with the 422 message.
    static bool readSendByMail(const QJsonObject& body, bool* byMail, QString* error);
    // Why a one-time password cannot be mailed to an account with this address (409 without a mail transport, 422
    // without an address); nothing when it can, or when the caller manages no accounts (AccountAdmin refuses then).
    std::optional<ApiReply> mailRefusal(const AuthContext& context, const QString& email) const;
    // The password's part of an answer: "mailed": true, or the password itself (not asked to mail, or the mail
    // could not be handed over: then "mailed": false as well).
    void handOver(const AuthContext& context, const Account& account, const QString& password, bool byMail,
                  QJsonObject* reply);

    ServerStorage& m_storage;
    CommitListener m_committed;
    std::function<void()> m_revoked;
    PasswordMailer m_mailer;
};

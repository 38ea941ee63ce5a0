#pragma once

#include "auth/Account.h"
#include "service/ServerOptions.h"

#include <QString>

// Mails a one-time password to the account's own address (docs/PROTOCOL.md "Accounts", "send_by_mail"): by the
// server's SMTP relay on a worker thread (never on the HTTP thread), or as an owner-only .eml file in the mail folder.
// Not through the messages table, which is synced and stored: the password is written nowhere but in the mail
// itself. Logs and audit name the account id only.
class PasswordMail
{
public:
    explicit PasswordMail(const ServerOptions& options);

    // Whether the server has a relay or a mail folder at all.
    bool isAvailable() const { return !m_options.smtpUrl.isEmpty() || !m_options.mailDir.isEmpty(); }
    // Hands the mail over (the folder written, or the relay's job started); false when it could not be.
    bool send(const Account& account, const QString& password) const;

    static QString subject();
    // Dutch then French: an account has no language of its own.
    static QString body(const Account& account, const QString& password);

private:
    bool writeToFolder(const QString& messageId, const QByteArray& data) const;

    ServerOptions m_options;
};

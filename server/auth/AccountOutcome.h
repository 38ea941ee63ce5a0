#pragma once

#include "auth/Account.h"

#include <QString>

// What one account action of AccountAdmin came to, so the operator's subcommands and the HTTP endpoints
// (AccountService) tell it in their own way: the HTTP status and error code of docs/PROTOCOL.md "Accounts", a
// message naming the field, and on success the account as written, the seq it took (0: no synced change) and a
// one-time password to hand over once.
struct AccountOutcome {
    int status = 200;
    QString code;    // error code when status >= 400: forbidden, not_found, invalid, username_taken, last_admin
    QString message; // plain words; starts with the field for `invalid`
    Account account;
    qint64 seq = 0;
    QString oneTimePassword;
    int revokedSessions = 0;

    bool ok() const { return status < 400; }
    static AccountOutcome failure(int status, const QString& code, const QString& message)
    {
        AccountOutcome outcome;
        outcome.status = status;
        outcome.code = code;
        outcome.message = message;
        return outcome;
    }
};

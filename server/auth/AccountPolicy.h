#pragma once

#include "auth/Account.h"

#include <QString>

// The rules of who may manage which account (docs/PROTOCOL.md "Accounts"), in one place so that the operator's
// subcommands and the HTTP endpoints cannot drift apart: an admin manages every account; a coordinator manages
// the non-admin accounts whose regions are all its own and grants only its own regions and no admin role; the
// operator (a null actor: someone with the server's database) may do everything. Also the rules of a new
// password, the one-time passwords and the region an account's audit events are read by.
class AccountPolicy
{
public:
    // Whether `actor` may read the account list and act on accounts at all.
    static bool mayAdminister(const Account* actor);
    // Whether `actor` may see and act on `target` as it is now.
    static bool mayManage(const Account* actor, const Account& target);
    // Why `actor` may not leave an account with this role and these regions; empty when it may.
    static QString refusalToGrant(const Account* actor, const QString& role, const QStringList& regionIds);
    // Why a password a person chose is refused (at least 10 characters, not the user name); empty when good.
    static QString refusalOfNewPassword(const QString& password, const QString& username);
    // 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 90 bits.
    static QString oneTimePassword();
    // The region whose coordinators read the account's audit events: its one region when it is not an admin and
    // has exactly one; else none (admins only). docs/PROTOCOL.md "Audit".
    static QString auditRegion(const Account& account);

    static constexpr int kMinimumPasswordLength = 10;
};

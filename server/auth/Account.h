#pragma once

#include "protocol/AccountInfo.h"

#include <QJsonObject>
#include <QString>

// A server account: the protocol's account plus what never leaves the server. toJson() (inherited) and
// toSyncRow() omit the password hash.
struct Account : AccountInfo {
    QString passwordHash;
    qint64 version = 0;
    QString updatedAt;
    QString updatedBy; // account that last changed it; empty for operator actions
    // Server-only sign-in state (table account_security): a one-time password must be changed before anything
    // else (docs/PROTOCOL.md "Accounts"); the last successful sign-in, empty when never.
    bool mustChangePassword = false;
    QString lastSignInAt;

    // The reduced synced row of docs/PROTOCOL.md (id, username, display_name, role, region_ids, active + common).
    QJsonObject toSyncRow() const;
    // The full row of GET /api/v1/accounts: toJson() plus last_sign_in_at and must_change_password.
    QJsonObject toAdminJson() const;
    QString primaryRegion() const { return regionIds.isEmpty() ? QString() : regionIds.first(); }
};

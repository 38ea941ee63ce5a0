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

    // The reduced synced row of docs/PROTOCOL.md (id, username, display_name, role, region_ids, active + common).
    QJsonObject toSyncRow() const;
    QString primaryRegion() const { return regionIds.isEmpty() ? QString() : regionIds.first(); }
};

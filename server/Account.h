#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A server account. The password hash never leaves the server: toJson() and toSyncRow() omit it.
struct Account {
    QString id;
    QString username;
    QString displayName;
    QString email;
    QString role; // admin | coordinator | counter | referrer
    QStringList regionIds;
    QString organisation;
    bool active = true;
    QString passwordHash;
    qint64 version = 0;
    QString updatedAt;

    bool isValid() const { return !id.isEmpty(); }
    // The "account" object of login and /me.
    QJsonObject toJson() const;
    // The reduced synced row of DESIGN §4 (id, username, display_name, role, region_ids, active + common).
    QJsonObject toSyncRow() const;
    QString primaryRegion() const { return regionIds.isEmpty() ? QString() : regionIds.first(); }

    static QStringList roles();
    static bool isRole(const QString& role);
};

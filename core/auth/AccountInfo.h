#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The signed-in account as the server describes it (GET /me, login response).
struct AccountInfo {
    QString id;
    QString username;
    QString displayName;
    QString email;
    QString role; // admin | coordinator | counter | referrer
    QStringList regionIds;
    QString organisation;
    bool active = true;

    bool isValid() const { return !id.isEmpty(); }
    QJsonObject toJson() const;
    static AccountInfo fromJson(const QJsonObject& json);
};

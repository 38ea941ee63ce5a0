#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// An account as the protocol describes it: the "account" object of login and GET /me. The server's own
// account record extends it with what never leaves the server.
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
    static QStringList roles();
    static bool isRole(const QString& role);
    QJsonObject toJson() const;
    static AccountInfo fromJson(const QJsonObject& json);
};

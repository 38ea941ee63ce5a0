#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

// An identity provider the server announces for sign-in (GET /api/v1/auth/providers): what the client needs to run
// the code flow against it. No secret: the client is public and PKCE protects the code.
struct IdentityProvider {
    QString id;
    QString displayName;
    QString issuer;
    QString clientId;
    QStringList regionIds;
    QStringList scopes;
    QUrl authorizationEndpoint; // empty when the server could not reach the provider
    QUrl tokenEndpoint;

    bool isReachable() const { return authorizationEndpoint.isValid() && tokenEndpoint.isValid(); }
    static IdentityProvider fromJson(const QJsonObject& json);
    // The list of a GET /auth/providers answer; entries without id or client id are left out.
    static QVector<IdentityProvider> listFromJson(const QJsonObject& answer);
};

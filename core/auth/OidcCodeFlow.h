#pragma once

#include "IdentityProvider.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
struct ApiResult;

// The client's half of signing in with an identity provider: the authorization code flow with PKCE (S256), state
// and nonce, through the person's browser and a redirect to a one-off listener on 127.0.0.1 (RFC 8252), on Qt
// Network Authorization. Qt 6.4's flow knows no PKCE, so code_challenge, code_challenge_method and nonce are added
// to the authorization request and code_verifier to the token request. What it yields is the provider's ID token
// and the nonce, for the server to check (ClientSession::signInWithProvider); it never decides who signed in.
// Opening the browser is injected: the window passes QDesktopServices::openUrl, tests drive the page by HTTP.
class OidcCodeFlow : public QObject
{
    Q_OBJECT

public:
    using BrowserOpener = std::function<void(const QUrl&)>;

    OidcCodeFlow(const IdentityProvider& provider, BrowserOpener openBrowser, QObject* parent = nullptr);
    ~OidcCodeFlow() override;

    // Starts listening on loopback and asks the browser to open the provider's page; false with *error when the
    // provider is not reachable or no port could be had.
    bool start(QString* error);
    // The page the browser was sent to (after start()).
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QString nonce() const { return m_nonce; }

    // A sentence in the window's language for a refused sign-in: the server's error codes of POST /auth/oidc
    // (docs/PROTOCOL.md "Sign-in with an identity provider"), else the usual description.
    static QString describeRefusal(const ApiResult& result);

signals:
    void succeeded(const QString& idToken, const QString& nonce);
    void failed(const QString& message);

private:
    void addPkce(int stage, QMultiMap<QString, QVariant>* parameters);
    void onTokens(const QVariantMap& tokens);
    void onNetworkReply(QNetworkReply* reply);
    static QString randomUrlSafe(int bytes);

    IdentityProvider m_provider;
    BrowserOpener m_openBrowser;
    QNetworkAccessManager* m_nam;
    QOAuth2AuthorizationCodeFlow* m_flow;
    QOAuthHttpServerReplyHandler* m_replies = nullptr;
    QString m_verifier;
    QString m_nonce;
    QUrl m_authorizationUrl;
    bool m_done = false;
};

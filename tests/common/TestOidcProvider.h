#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// A real OpenID provider for tests: tests/oidc/provider.mjs (the oidc-provider package, installed by the CTest
// fixture oidc_provider into OPVANGLOKET_OIDC_PROVIDER_DIR) in a node process on 127.0.0.1. It plays the browser
// too: signIn() follows an authorization URL through the provider's login and consent pages with plain HTTP
// (cookies kept) up to the redirect to the client's loopback listener. mint() signs tokens with the provider's own
// key, for what a provider would never issue (another audience, expired).
class TestOidcProvider
{
public:
    TestOidcProvider();
    ~TestOidcProvider();

    // Starts node; false with errorString() when node or the installed provider is missing.
    bool start();
    QString errorString() const { return m_error; }
    QString issuer() const { return m_issuer; }
    // A JSON file for --oidc-config naming this provider (id "test-idp", client "opvangloket").
    QString writeConfig(const QJsonObject& extra = {});

    // Drives the browser's part: GETs the URL, signs in as `login` (any subject the provider knows), consents,
    // and GETs the final redirect to the client's listener. False with errorString() on anything unexpected.
    bool signIn(const QUrl& authorizationUrl, const QString& login);
    // An RS256 ID token with these claims and the provider's key id (or `kid`), signed with its key; empty on
    // failure.
    QString mint(const QJsonObject& claims, const QString& kid = QString());

private:
    struct Page {
        int status = 0;
        QUrl location; // resolved Location of a redirect
        QByteArray body;
    };
    Page request(const QUrl& url, const QByteArray& form = {});
    bool submitForm(const QUrl& pageUrl, const QByteArray& html, const QString& login, QUrl* next);

    QTemporaryDir m_dir;
    QProcess m_node;
    QNetworkAccessManager m_nam;
    QString m_issuer;
    QString m_kid;
    QByteArray m_privatePem;
    QString m_error;
};

#include "OidcCodeFlow.h"

#include "sync/ApiResult.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

OidcCodeFlow::OidcCodeFlow(const IdentityProvider& provider, BrowserOpener openBrowser, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_openBrowser(std::move(openBrowser))
    , m_nam(new QNetworkAccessManager(this))
    , m_flow(new QOAuth2AuthorizationCodeFlow(m_nam, this))
{
}

OidcCodeFlow::~OidcCodeFlow() = default;

QString OidcCodeFlow::randomUrlSafe(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool OidcCodeFlow::start(QString* error)
{
    if (!m_provider.isReachable()) {
        *error = tr("%1 cannot be reached right now; try again later or sign in with your password.")
                     .arg(m_provider.displayName);
        return false;
    }
    m_replies = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_replies->isListening()) {
        *error = tr("No local port could be opened for the sign-in.");
        return false;
    }
    m_replies->setCallbackText(tr("You are signed in. You may close this page and return to Opvangloket."));
    m_verifier = randomUrlSafe(32); // 43 characters, RFC 7636
    m_nonce = randomUrlSafe(16);
    m_flow->setReplyHandler(m_replies);
    m_flow->setClientIdentifier(m_provider.clientId);
    m_flow->setAuthorizationUrl(m_provider.authorizationEndpoint);
    m_flow->setAccessTokenUrl(m_provider.tokenEndpoint);
    m_flow->setScope(m_provider.scopes.join(QLatin1Char(' ')));
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
        addPkce(int(stage), parameters);
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl& url) {
        m_authorizationUrl = url;
        m_openBrowser(url);
    });
    connect(m_replies, &QAbstractOAuthReplyHandler::tokensReceived, this, &OidcCodeFlow::onTokens);
    connect(m_flow, &QAbstractOAuth2::error, this, [this](const QString& code, const QString&, const QUrl&) {
        if (m_done)
            return;
        m_done = true;
        emit failed(code == QLatin1String("access_denied")
                        ? tr("The sign-in was cancelled at %1.").arg(m_provider.displayName)
                        : tr("%1 refused the sign-in (%2).").arg(m_provider.displayName, code));
    });
    // Qt 6.4 says nothing when the token endpoint answers an error status (an expired or reused code): the flow
    // would wait for ever, so the answer is watched here.
    connect(m_nam, &QNetworkAccessManager::finished, this, &OidcCodeFlow::onNetworkReply);
    m_flow->grant();
    return true;
}

void OidcCodeFlow::addPkce(int stage, QMultiMap<QString, QVariant>* parameters)
{
    if (stage == int(QAbstractOAuth::Stage::RequestingAuthorization)) {
        const QByteArray challenge = QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        parameters->replace(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
        parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        parameters->replace(QStringLiteral("nonce"), m_nonce);
    } else if (stage == int(QAbstractOAuth::Stage::RequestingAccessToken)) {
        parameters->replace(QStringLiteral("code_verifier"), m_verifier);
    }
}

void OidcCodeFlow::onNetworkReply(QNetworkReply* reply)
{
    if (m_done || reply->error() == QNetworkReply::NoError ||
        reply->url().adjusted(QUrl::RemoveQuery) != m_provider.tokenEndpoint.adjusted(QUrl::RemoveQuery))
        return;
    m_done = true;
    emit failed(
        tr("%1 did not complete the sign-in (%2). Try again.").arg(m_provider.displayName, reply->errorString()));
}

void OidcCodeFlow::onTokens(const QVariantMap& tokens)
{
    if (m_done)
        return;
    m_done = true;
    const QString idToken = tokens.value(QStringLiteral("id_token")).toString();
    if (idToken.isEmpty()) {
        emit failed(tr("%1 answered without an ID token.").arg(m_provider.displayName));
        return;
    }
    emit succeeded(idToken, m_nonce);
}

QString OidcCodeFlow::describeRefusal(const ApiResult& result)
{
    const QString code = result.error.code;
    if (code == QLatin1String("oidc_unknown_subject"))
        return tr("No Opvangloket account is linked to this identity. Ask an administrator to link it.");
    if (code == QLatin1String("account_disabled"))
        return tr("This account is disabled. Ask an administrator.");
    if (code == QLatin1String("oidc_wrong_region"))
        return tr("This identity provider does not serve your region. Choose your region's provider.");
    if (code == QLatin1String("oidc_token_expired") || code == QLatin1String("oidc_token_not_yet_valid"))
        return tr("The sign-in took too long or this computer's clock is wrong. Try again.");
    if (code == QLatin1String("oidc_wrong_audience") || code == QLatin1String("oidc_wrong_issuer") ||
        code == QLatin1String("oidc_signature_invalid") || code == QLatin1String("oidc_nonce_mismatch") ||
        code == QLatin1String("oidc_token_malformed"))
        return tr("The server did not accept the identity provider's answer. Try again; if it keeps happening, "
                  "tell your administrator.");
    if (code == QLatin1String("oidc_provider_unavailable"))
        return tr("The server cannot reach the identity provider right now. Try again later.");
    if (code == QLatin1String("oidc_unknown_provider"))
        return tr("The server no longer offers this identity provider.");
    return result.describe();
}

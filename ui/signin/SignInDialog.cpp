#include "SignInDialog.h"

#include "common/UiIcons.h"
#include "common/UiLog.h"
#include "store/cache/ClientProfile.h"
#include "sync/ApiClient.h"
#include "sync/ClientSession.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(ClientProfile& profile, const QUrl& server, const QString& username, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_notice(new QLabel(this))
    , m_server(new QLineEdit(server.toString(), this))
    , m_user(new QLineEdit(username, this))
    , m_password(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_providerBox(new QWidget(this))
    , m_openBrowser([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Sign in to Opvangloket"));
    setMinimumWidth(460);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background: #fff4ce; border: 1px solid #e0c36c; padding: 6px;"));
    m_notice->hide();
    m_server->setAccessibleName(tr("Server address"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #546e7a;"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->hide();
    m_signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    // Outside the button box: the box shows every button it lays out, and this one only fits sometimes.
    m_offline = new QPushButton(tr("Work offline"), this);
    m_offline->setAutoDefault(false);
    m_offline->hide();
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    heading->setText(
        QStringLiteral("<b style='font-size:large'>%1</b>").arg(tr("Sign in to Opvangloket").toHtmlEscaped()));
    auto* logo = new QLabel(this);
    logo->setPixmap(UiIcons::icon(QStringLiteral("opvangloket")).pixmap(40, 40));
    auto* top = new QHBoxLayout;
    top->addWidget(logo);
    top->addWidget(heading, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_offline);
    bottom->addWidget(m_buttons, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_providerBox);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    connect(m_server, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attemptSignIn);
    connect(m_offline, &QPushButton::clicked, this, &SignInDialog::workOffline);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QLineEdit::editingFinished, this, &SignInDialog::loadProviders);
    new QVBoxLayout(m_providerBox);
    m_providerBox->layout()->setContentsMargins(0, 0, 0, 0);
    m_providerBox->hide();
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    validate();
    loadProviders();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

std::unique_ptr<ClientSession> SignInDialog::takeSession()
{
    return std::move(m_session);
}

QString SignInDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString SignInDialog::hintText() const
{
    return m_hint->text();
}

QUrl SignInDialog::serverUrl() const
{
    return QUrl(m_server->text().trimmed(), QUrl::StrictMode);
}

void SignInDialog::validate()
{
    const QUrl url = serverUrl();
    QString hint;
    if (m_server->text().trimmed().isEmpty())
        hint = tr("Enter the server address, for example https://opvangloket.example.be.");
    else if (!url.isValid() || url.host().isEmpty() ||
             (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        hint = tr("The server address must start with https:// (or http:// on this computer) and name a server.");
    else if (m_user->text().trimmed().isEmpty())
        hint = tr("Enter your user name.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_signIn->setEnabled(hint.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget* w :
         {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_password),
          static_cast<QWidget*>(m_buttons), static_cast<QWidget*>(m_offline)})
        w->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
}

void SignInDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SignInDialog::attemptSignIn()
{
    showError(QString());
    m_offline->hide();
    setBusy(true);
    const QString user = m_user->text().trimmed();
    m_session = std::make_unique<ClientSession>(m_profile, serverUrl());
    QString error;
    ApiResult answer;
    const bool ok = m_session->signIn(user, m_password->text(), ClientSession::Keychain::Use, &error, &answer);
    const bool reachable = ok || !answer.networkError;
    setBusy(false);
    validate();
    if (ok) {
        accept();
        return;
    }
    qCInfo(lcUi) << "sign-in failed; server reachable:" << reachable;
    showError(error);
    m_password->selectAll();
    m_password->setFocus();
    // Out of reach: the offline copy of this account (if any) may be used until the server is back.
    if (!reachable && QFile::exists(m_profile.cachePath(serverUrl(), user)))
        m_offline->show();
}

void SignInDialog::workOffline()
{
    QString error;
    if (!m_session || !m_session->openOffline(m_user->text().trimmed(), &error)) {
        showError(error);
        return;
    }
    accept();
}

void SignInDialog::loadProviders()
{
    const QUrl url = serverUrl();
    if (!url.isValid() || url.host().isEmpty() || url == m_probedServer)
        return;
    m_probedServer = url;
    delete m_probe; // an answer of the server typed before is not wanted any more
    m_probe = new ApiClient(url, this);
    m_probe->setTimeoutMs(10000);
    m_probe->get(QStringLiteral("/auth/providers"), QUrlQuery(), [this](const ApiResult& answer) {
        // A server without the endpoint (older) or out of reach: password sign-in only.
        showProviders(answer.ok() ? IdentityProvider::listFromJson(answer.json) : QVector<IdentityProvider>());
    });
}

void SignInDialog::showProviders(const QVector<IdentityProvider>& providers)
{
    qDeleteAll(m_providerButtons);
    m_providerButtons.clear();
    // Every announced provider: before signing in the client cannot know the person's region.
    for (const IdentityProvider& provider : providers) {
        auto* button = new QPushButton(tr("Sign in with %1").arg(provider.displayName), m_providerBox);
        button->setAutoDefault(false);
        m_providerBox->layout()->addWidget(button);
        m_providerButtons.append(button);
        connect(button, &QPushButton::clicked, this, [this, provider] { startProviderSignIn(provider); });
    }
    m_providerBox->setVisible(!m_providerButtons.isEmpty());
    emit providersLoaded();
}

void SignInDialog::startProviderSignIn(const IdentityProvider& provider)
{
    showError(QString());
    m_offline->hide();
    if (m_flow)
        m_flow->deleteLater();
    m_flow = new OidcCodeFlow(provider, m_openBrowser, this);
    const QString providerId = provider.id;
    connect(m_flow, &OidcCodeFlow::succeeded, this, [this, providerId](const QString& idToken, const QString& nonce) {
        finishProviderSignIn(providerId, idToken, nonce);
    });
    connect(m_flow, &OidcCodeFlow::failed, this, [this](const QString& message) {
        setWaitingForBrowser(false);
        showError(message);
    });
    setWaitingForBrowser(true, provider.displayName);
    QString error;
    if (!m_flow->start(&error)) {
        setWaitingForBrowser(false);
        showError(error);
    }
}

void SignInDialog::setWaitingForBrowser(bool waiting, const QString& providerName)
{
    // The provider buttons stay: a person who closed the browser page starts again with a new flow.
    m_server->setEnabled(!waiting);
    if (waiting) {
        m_signIn->setEnabled(false);
        m_hint->setText(tr("Continue in your browser: sign in at %1. This window waits for it.").arg(providerName));
        m_hint->show();
    } else {
        validate();
    }
}

void SignInDialog::finishProviderSignIn(const QString& providerId, const QString& idToken, const QString& nonce)
{
    setBusy(true);
    m_session = std::make_unique<ClientSession>(m_profile, serverUrl());
    QString error;
    const bool ok =
        m_session->signInWithProvider(providerId, idToken, nonce, ClientSession::Keychain::Use, &error, nullptr);
    setBusy(false);
    setWaitingForBrowser(false);
    if (ok) {
        m_user->setText(m_session->account().username);
        accept();
        return;
    }
    qCInfo(lcUi) << "sign-in with an identity provider refused";
    showError(error);
}

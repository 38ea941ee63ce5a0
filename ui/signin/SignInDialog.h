#pragma once

#include "auth/IdentityProvider.h"
#include "auth/OidcCodeFlow.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>

class ApiClient;
class ClientProfile;
class ClientSession;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for server, user name and password; checks as the person types and shows the server's answer
// (wrong password, too many attempts, server out of reach) in plain words inside the dialog. When the
// server cannot be reached and this computer has an offline copy, the person may work offline. When the server
// announces identity providers (GET /auth/providers), a "Sign in with <provider>" button per provider runs the sign-in
// in the person's browser (OidcCodeFlow) instead of the password; the server decides, the dialog words its answer.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(ClientProfile& profile, const QUrl& server, const QString& username, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // A note shown above the fields, e.g. why the saved sign-in could not be used.
    void setNotice(const QString& text);
    // The signed-in (or offline) session after the dialog was accepted.
    std::unique_ptr<ClientSession> takeSession();

    QLineEdit* serverField() const { return m_server; }
    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    // One button per announced provider, once the server answered (providersLoaded).
    QList<QPushButton*> providerButtons() const { return m_providerButtons; }
    // Who opens the provider's page: QDesktopServices::openUrl unless a test drives the page itself.
    void setBrowserOpener(OidcCodeFlow::BrowserOpener opener) { m_openBrowser = std::move(opener); }
    QString errorText() const;
    QString hintText() const;

signals:
    void providersLoaded();

private:
    QUrl serverUrl() const;
    void validate();
    void attemptSignIn();
    void workOffline();
    void setBusy(bool busy);
    void showError(const QString& text);
    void loadProviders();
    void showProviders(const QVector<IdentityProvider>& providers);
    void startProviderSignIn(const IdentityProvider& provider);
    void finishProviderSignIn(const QString& providerId, const QString& idToken, const QString& nonce);
    void setWaitingForBrowser(bool waiting, const QString& providerName = QString());

    ClientProfile& m_profile;
    std::unique_ptr<ClientSession> m_session;
    QLabel* m_notice;
    QLineEdit* m_server;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_hint;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signIn;
    QPushButton* m_offline;
    QWidget* m_providerBox;
    QList<QPushButton*> m_providerButtons;
    ApiClient* m_probe = nullptr;
    QUrl m_probedServer;
    QPointer<OidcCodeFlow> m_flow;
    OidcCodeFlow::BrowserOpener m_openBrowser;
};

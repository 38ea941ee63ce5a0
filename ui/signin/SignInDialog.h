#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

class ClientProfile;
class ClientSession;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for server, user name and password; checks as the person types and shows the server's answer
// (wrong password, too many attempts, server out of reach) in plain words inside the dialog. When the
// server cannot be reached and this computer has an offline copy, the person may work offline.
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
    QString errorText() const;
    QString hintText() const;

private:
    QUrl serverUrl() const;
    void validate();
    void attemptSignIn();
    void workOffline();
    void setBusy(bool busy);
    void showError(const QString& text);

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
};

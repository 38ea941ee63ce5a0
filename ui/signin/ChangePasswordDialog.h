#pragma once

#include <QDialog>

class ApiClient;
class QLabel;
class QLineEdit;
class QPushButton;
struct ApiResult;

// "Change my password…" for every signed-in person, and the step a one-time password requires at the first
// sign-in. The rules (at least 10 characters, not the user name, typed twice alike) show as the person types; the
// server checks the current password and decides.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMinimumLength = 10;

    ChangePasswordDialog(ApiClient& api, const QString& username, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QPushButton* changeButton() const { return m_change; }
    QLabel* message() const { return m_message; }
    // Why the new password cannot be used yet (empty when it can).
    QString problem() const;
    // The server's refusal in the window's language.
    static QString refusal(const ApiResult& reply);

public slots:
    void accept() override;

private:
    void update();

    ApiClient& m_api;
    QString m_username;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_change = nullptr;
    bool m_busy = false;
};

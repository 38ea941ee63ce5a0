#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Shows a one-time password the server made for a new account or a reset (docs/PROTOCOL.md "Accounts") once, so the
// person hands it over: selectable, with a Copy button, and the plain rule that it must be changed at the first
// sign-in and will not be shown again. The password lives only in this dialog and the clipboard the person chose.
class OneTimePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    OneTimePasswordDialog(const QString& username, const QString& password, QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* copyButton() const { return m_copy; }
    QLabel* explanation() const { return m_explanation; }

private:
    void copy();

    QLineEdit* m_password = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_copied = nullptr;
};

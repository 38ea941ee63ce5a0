#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

// "Sign out…": ends the session on this PC (the server revokes it, the saved sign-in leaves the keychain) and, when
// the person asks, removes this account's data from the PC — never silently: changes not sent yet are counted and
// the button says they will be lost.
class SignOutDialog : public QDialog
{
    Q_OBJECT

public:
    // unsent: changes in the outbox; online: whether they could still be sent first.
    SignOutDialog(const QString& accountName, int unsent, bool online, QWidget* parent = nullptr);

    bool removeData() const;
    QCheckBox* removeBox() const { return m_remove; }
    QPushButton* signOutButton() const { return m_signOut; }
    QLabel* warning() const { return m_warning; }

private:
    void update();

    int m_unsent;
    QCheckBox* m_remove = nullptr;
    QLabel* m_warning = nullptr;
    QPushButton* m_signOut = nullptr;
};

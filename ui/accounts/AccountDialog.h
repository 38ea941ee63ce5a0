#pragma once

#include "protocol/AccountInfo.h"

#include <QDialog>
#include <QJsonObject>
#include <QMap>

class ApiClient;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
struct ApiResult;

// "New account…" and "Edit…" of the Accounts page: user name (a new account only), name, e-mail, role, regions and
// organisation. It offers only what the signed-in person may grant (docs/PROTOCOL.md "Accounts": an administrator
// every role and region, a coordinator no administrator role and only its own regions), says as one types what the
// server would refuse, and sends the account online; a refusal stays in the dialog, in the window's language.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty `account`: a new one. Otherwise the account as GET /accounts listed it.
    AccountDialog(ApiClient& api, const AccountInfo& me, const QJsonObject& account, QWidget* parent = nullptr);

    bool isNew() const { return m_account.isEmpty(); }
    QLineEdit* userNameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* roleCombo() const { return m_role; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    // A new account with an e-mail address: send its one-time password there instead of showing it.
    QCheckBox* sendByMailBox() const { return m_sendByMail; }
    // The check box of a region; null for a region the signed-in person cannot grant (not offered).
    QCheckBox* regionBox(const QString& regionId) const { return m_regions.value(regionId); }
    QPushButton* saveButton() const { return m_save; }
    QLabel* message() const { return m_message; }
    // What stops saving now (in words); empty when the account may be sent.
    QString problem() const;

signals:
    // The server took the account: `answer` is its whole reply ("account", and for a new one "one_time_password"
    // or "mailed").
    void saved(const QJsonObject& answer);

public slots:
    void accept() override;

private:
    QWidget* buildRegions();
    void fill();
    void update();
    QString role() const;
    QStringList checkedRegions() const;
    // The PATCH body: only the fields that differ from the listed account.
    QJsonObject changes() const;
    void finish(const ApiResult& reply);

    ApiClient& m_api;
    AccountInfo m_me;
    QJsonObject m_account;
    bool m_busy = false;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_organisation = nullptr;
    QMap<QString, QCheckBox*> m_regions;
    QLabel* m_regionNote = nullptr;
    QCheckBox* m_sendByMail = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
};

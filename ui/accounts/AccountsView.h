#pragma once

#include "protocol/AccountInfo.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class AccountDialog;
class AccountsModel;
class ApiClient;
class OneTimePasswordDialog;
class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
struct ApiResult;

// The Accounts page ("who may come in", docs/PROTOCOL.md "Accounts"): the accounts the signed-in administrator or
// coordinator manages, read from the server whenever the page is shown, filtered and sorted; and what may be done to
// one — New account…, Edit…, Deactivate / Reactivate, Reset password…, Sign out everywhere… (buttons, context menu,
// keys). Online only: the server decides, the page explains its refusals in the window's language.
class AccountsView : public QWidget
{
    Q_OBJECT

public:
    // Asks "are you sure": the question and the buttons that go on; the index of the one chosen, -1 for Cancel.
    using Confirmation = std::function<int(const QString& question, const QStringList& buttons)>;

    AccountsView(ApiClient& api, const AccountInfo& me, QWidget* parent = nullptr);

    AccountsModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* countLabel() const { return m_count; }
    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* activeAction() const { return m_active; }
    QAction* resetAction() const { return m_reset; }
    QAction* signOutAction() const { return m_signOut; }
    QAction* refreshAction() const { return m_refresh; }
    // The one-time password dialog shown last (null once it is closed).
    OneTimePasswordDialog* passwordDialog() const;
    // Replaces the "are you sure" question box (tests answer it themselves).
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // The account of the selected row; empty when none is selected.
    QJsonObject currentAccount() const;
    // Selects the row of an account (by id); false when the list does not hold it.
    bool selectAccount(const QString& accountId);
    bool isLoading() const { return m_loading; }

public slots:
    void refresh();
    AccountDialog* newAccount();
    AccountDialog* editAccount();
    // Deactivates the selected account (after asking) or reactivates it.
    void toggleActive();
    void resetPassword();
    void signOutEverywhere();

signals:
    // A list from the server is shown (after refresh()).
    void loaded();
    // A change the server took, or its refusal, is said in the message line.
    void actionFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildTop();
    void buildActions();
    void showMenu(const QPoint& at);
    void updateActions();
    void updateCount();
    // Columns as wide as their texts, with some air between them.
    void fitColumns();
    void say(const QString& text, bool refusal = false);
    int confirm(const QString& question, const QStringList& buttons);
    // Runs one request about the selected account; its answer goes to `done`, a refusal to the message line.
    void call(const std::function<void(std::function<void(const ApiResult&)>)>& start,
              const std::function<void(const QJsonObject&)>& done);
    void accountSaved(const QJsonObject& answer, bool isNew);
    // Tells how the one-time password of an answer reaches the person: mailed, or shown once (also when the mail
    // could not be handed over: "mailed": false).
    void handOver(const QString& username, const QJsonObject& answer);
    void showPassword(const QString& username, const QString& password);

    ApiClient& m_api;
    AccountInfo m_me;
    AccountsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_active = nullptr;
    QAction* m_reset = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_refresh = nullptr;
    QPointer<OneTimePasswordDialog> m_passwordDialog;
    Confirmation m_confirm;
    bool m_loading = false;
    bool m_busy = false;
};

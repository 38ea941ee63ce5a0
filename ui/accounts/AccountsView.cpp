#include "accounts/AccountsView.h"

#include "accounts/AccountDialog.h"
#include "accounts/AccountsModel.h"
#include "accounts/OneTimePasswordDialog.h"
#include "common/UiLog.h"
#include "sync/AccountClient.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QString str(const QJsonObject& account, const char* field)
{
    return account.value(QLatin1String(field)).toString();
}

} // namespace

AccountsView::AccountsView(ApiClient& api, const AccountInfo& me, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_me(me)
{
    setObjectName(QStringLiteral("accountsView"));
    m_model = new AccountsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // every column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountsModel::UserName, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &AccountsView::showMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this]() { editAccount(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AccountsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AccountsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AccountsView::updateCount);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildActions();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTop());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    m_confirm = [this](const QString& question, const QStringList& buttons) {
        QMessageBox box(QMessageBox::Question, tr("Accounts"), question, QMessageBox::Cancel, this);
        QList<QAbstractButton*> choices;
        for (const QString& text : buttons)
            choices.append(box.addButton(text, QMessageBox::AcceptRole));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return int(choices.indexOf(box.clickedButton()));
    };
    updateActions();
}

QWidget* AccountsView::buildTop()
{
    auto* top = new QWidget(this);
    auto* layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scope = new QLabel(top);
    m_scope->setWordWrap(true);
    m_scope->setStyleSheet(QStringLiteral("color: #546e7a;"));
    if (m_me.role == QLatin1String("admin"))
        m_scope->setText(tr("As an administrator you manage every account."));
    else if (m_me.role == QLatin1String("coordinator"))
        m_scope->setText(tr("As a coordinator you manage the accounts of your regions (%1), administrators excepted.")
                             .arg(AccountsModel::regionNames(QJsonArray::fromStringList(m_me.regionIds))));
    else
        m_scope->setText(tr("Only an administrator or a coordinator manages accounts."));
    m_filter = new QLineEdit(top);
    m_filter->setObjectName(QStringLiteral("accountsFilter"));
    m_filter->setPlaceholderText(tr("Filter by user name, name, role, region or organisation"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the accounts"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
        updateActions();
    });
    m_count = new QLabel(top);
    auto* row = new QHBoxLayout;
    row->addWidget(m_filter, 1);
    row->addWidget(m_count);
    auto* bar = new QToolBar(top);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : {m_new, m_edit, m_active, m_reset, m_signOut})
        bar->addAction(action);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_refresh);
    layout->addWidget(m_scope);
    layout->addLayout(row);
    layout->addWidget(bar);
    return top;
}

void AccountsView::buildActions()
{
    const auto make = [this](const QString& text, const QKeySequence& key, const std::function<void()>& run) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the page has the focus
        connect(action, &QAction::triggered, this, run);
        addAction(action);
        return action;
    };
    m_new = make(tr("&New account…"), QKeySequence(Qt::Key_Insert), [this] { newAccount(); });
    m_edit = make(tr("&Edit…"), QKeySequence(Qt::Key_F2), [this] { editAccount(); });
    m_active = make(tr("&Deactivate…"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { toggleActive(); });
    m_reset = make(tr("&Reset password…"), QKeySequence(), [this] { resetPassword(); });
    m_signOut = make(tr("&Sign out everywhere…"), QKeySequence(), [this] { signOutEverywhere(); });
    m_refresh = make(tr("Re&fresh"), QKeySequence(Qt::ALT | Qt::Key_F5), [this] { refresh(); });
}

void AccountsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // who may come in changes elsewhere too: never show an old list
}

void AccountsView::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    say(tr("Reading the accounts from the server…"));
    QPointer<AccountsView> self(this);
    AccountClient(m_api).list([self](const ApiResult& reply) {
        if (!self)
            return;
        self->m_loading = false;
        if (!reply.ok()) {
            self->say(AccountClient::refusal(reply), true);
            emit self->loaded();
            return;
        }
        const QString selected = str(self->currentAccount(), "id");
        self->m_model->setAccounts(reply.json.value(QLatin1String("accounts")).toArray());
        self->fitColumns();
        self->selectAccount(selected);
        self->say(QString());
        self->updateActions();
        emit self->loaded();
    });
}

void AccountsView::fitColumns()
{
    m_table->resizeColumnsToContents();
    const int room = m_table->fontMetrics().averageCharWidth() * 3; // air between a column's text and the next
    for (int column = 0; column < AccountsModel::ColumnCount - 1; ++column)
        m_table->setColumnWidth(column, m_table->columnWidth(column) + room);
}

OneTimePasswordDialog* AccountsView::passwordDialog() const
{
    return m_passwordDialog;
}

QJsonObject AccountsView::currentAccount() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QJsonObject();
    return m_model->account(m_proxy->mapToSource(rows.first()).row());
}

bool AccountsView::selectAccount(const QString& accountId)
{
    const int row = m_model->rowOf(accountId);
    if (accountId.isEmpty() || row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void AccountsView::updateActions()
{
    const QJsonObject account = currentAccount();
    const bool chosen = !account.isEmpty() && !m_busy;
    const bool active = account.value(QLatin1String("active")).toBool(true);
    m_edit->setEnabled(chosen);
    m_active->setEnabled(chosen);
    m_active->setText(active || account.isEmpty() ? tr("&Deactivate…") : tr("Re&activate"));
    m_reset->setEnabled(chosen);
    m_signOut->setEnabled(chosen);
    m_new->setEnabled(!m_busy);
}

void AccountsView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n account(s)", "", all) : tr("%1 of %n account(s)", "", all).arg(shown));
}

void AccountsView::showMenu(const QPoint& at)
{
    QMenu menu(this);
    menu.addAction(m_new);
    if (!currentAccount().isEmpty()) {
        menu.addAction(m_edit);
        menu.addSeparator();
        menu.addAction(m_active);
        menu.addAction(m_reset);
        menu.addAction(m_signOut);
    }
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void AccountsView::say(const QString& text, bool refusal)
{
    m_message->setStyleSheet(refusal ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
}

int AccountsView::confirm(const QString& question, const QStringList& buttons)
{
    return m_confirm ? m_confirm(question, buttons) : 0;
}

AccountDialog* AccountsView::newAccount()
{
    auto* dialog = new AccountDialog(m_api, m_me, QJsonObject(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::saved, this, [this](const QJsonObject& answer) { accountSaved(answer, true); });
    dialog->open();
    return dialog;
}

AccountDialog* AccountsView::editAccount()
{
    const QJsonObject account = currentAccount();
    if (account.isEmpty())
        return nullptr;
    auto* dialog = new AccountDialog(m_api, m_me, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::saved, this, [this](const QJsonObject& answer) { accountSaved(answer, false); });
    dialog->open();
    return dialog;
}

void AccountsView::accountSaved(const QJsonObject& answer, bool isNew)
{
    const QJsonObject account = answer.value(QLatin1String("account")).toObject();
    m_model->putAccount(account);
    selectAccount(str(account, "id"));
    qCInfo(lcUi) << (isNew ? "account created:" : "account changed:") << str(account, "id");
    say(isNew ? tr("The account %1 was made.").arg(str(account, "username"))
              : tr("The account %1 was saved.").arg(str(account, "username")));
    if (isNew)
        handOver(str(account, "username"), answer);
    emit actionFinished(true);
}

void AccountsView::handOver(const QString& username, const QJsonObject& answer)
{
    if (answer.value(QLatin1String("mailed")).toBool()) {
        say(tr("The one-time password of %1 was sent to their e-mail address.").arg(username));
        return;
    }
    const QString password = answer.value(QLatin1String("one_time_password")).toString();
    if (password.isEmpty())
        return;
    if (answer.contains(QLatin1String("mailed")))
        say(tr("The e-mail could not be sent: the one-time password of %1 is shown instead.").arg(username), true);
    showPassword(username, password);
}

void AccountsView::showPassword(const QString& username, const QString& password)
{
    auto* dialog = new OneTimePasswordDialog(username, password, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passwordDialog = dialog;
    dialog->open();
}

void AccountsView::call(const std::function<void(ApiClient::Callback)>& start,
                        const std::function<void(const QJsonObject&)>& done)
{
    m_busy = true;
    updateActions();
    say(tr("Sending to the server…"));
    QPointer<AccountsView> self(this);
    start([self, done](const ApiResult& reply) {
        if (!self)
            return;
        self->m_busy = false;
        if (reply.ok()) {
            done(reply.json);
        } else {
            self->say(AccountClient::refusal(reply), true);
        }
        self->updateActions();
        emit self->actionFinished(reply.ok());
    });
}

void AccountsView::toggleActive()
{
    const QJsonObject account = currentAccount();
    if (account.isEmpty() || m_busy)
        return;
    const QString id = str(account, "id");
    const QString name = str(account, "username");
    const bool deactivate = account.value(QLatin1String("active")).toBool(true);
    QString question = tr("Deactivate the account %1? It can no longer sign in, and its sessions stop working at once. "
                          "You can reactivate it later.")
                           .arg(name);
    if (id == m_me.id)
        question +=
            QLatin1Char(' ') + tr("This is your own account: you will be signed out and cannot undo it yourself.");
    if (deactivate && confirm(question, {tr("Deactivate")}) != 0)
        return;
    call([this, id,
          deactivate](ApiClient::Callback reply) { AccountClient(m_api).setActive(id, !deactivate, std::move(reply)); },
         [this, name, deactivate](const QJsonObject& answer) {
             const QJsonObject account = answer.value(QLatin1String("account")).toObject();
             m_model->putAccount(account);
             qCInfo(lcUi) << (deactivate ? "account deactivated:" : "account reactivated:") << str(account, "id");
             say(deactivate ? tr("The account %1 is deactivated.").arg(name)
                            : tr("The account %1 can sign in again.").arg(name));
         });
}

void AccountsView::resetPassword()
{
    const QJsonObject account = currentAccount();
    if (account.isEmpty() || m_busy)
        return;
    const QString id = str(account, "id");
    const QString name = str(account, "username");
    QStringList choices{tr("Reset and show the password")};
    if (!str(account, "email").isEmpty())
        choices.append(tr("Reset and send it by e-mail"));
    const int choice = confirm(tr("Give the account %1 a new one-time password? Its current password stops working "
                                  "and every session of it ends at once.")
                                   .arg(name),
                               choices);
    if (choice < 0)
        return;
    const bool byMail = choice == 1;
    call([this, id,
          byMail](ApiClient::Callback reply) { AccountClient(m_api).resetPassword(id, byMail, std::move(reply)); },
         [this, name](const QJsonObject& answer) {
             const QJsonObject account = answer.value(QLatin1String("account")).toObject();
             m_model->putAccount(account);
             qCInfo(lcUi) << "account password reset:" << str(account, "id");
             say(tr("The account %1 has a new one-time password.").arg(name));
             handOver(name, answer);
         });
}

void AccountsView::signOutEverywhere()
{
    const QJsonObject account = currentAccount();
    if (account.isEmpty() || m_busy)
        return;
    const QString id = str(account, "id");
    const QString name = str(account, "username");
    if (confirm(tr("Sign the account %1 out on every computer? Its password stays; it must sign in again.").arg(name),
                {tr("Sign out everywhere")}) != 0)
        return;
    call([this, id](ApiClient::Callback reply) { AccountClient(m_api).signOut(id, std::move(reply)); },
         [this, name, id](const QJsonObject& answer) {
             const int ended = answer.value(QLatin1String("revoked_sessions")).toInt();
             qCInfo(lcUi) << "account signed out everywhere:" << id << ended << "session(s)";
             say(tr("The account %1 was signed out: %n session(s) ended.", "", ended).arg(name));
         });
}

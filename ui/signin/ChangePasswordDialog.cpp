#include "ChangePasswordDialog.h"

#include "sync/AccountClient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(ApiClient& api, const QString& username, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_username(username)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));
    const auto secret = [this](const QString& name, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(accessible);
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::update);
        return edit;
    };
    m_current = secret(QStringLiteral("currentPassword"), tr("Current password"));
    m_new = secret(QStringLiteral("newPassword"), tr("New password"));
    m_repeat = secret(QStringLiteral("repeatPassword"), tr("New password again"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("New password &again:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(460, sizeHint().height());
}

QString ChangePasswordDialog::problem() const
{
    const QString next = m_new->text();
    if (m_current->text().isEmpty())
        return tr("Type your current password.");
    if (next.size() < kMinimumLength)
        return tr("A password has at least %n characters.", "", kMinimumLength);
    if (next.compare(m_username, Qt::CaseInsensitive) == 0)
        return tr("The password cannot be your user name.");
    if (next == m_current->text())
        return tr("Choose a password other than the current one.");
    if (m_repeat->text() != next)
        return tr("Type the new password twice the same way.");
    return QString();
}

void ChangePasswordDialog::update()
{
    const QString why = problem();
    m_message->setStyleSheet(QString());
    m_message->setText(why);
    m_change->setEnabled(why.isEmpty() && !m_busy);
}

QString ChangePasswordDialog::refusal(const ApiResult& reply)
{
    if (reply.networkError)
        return tr("The server cannot be reached: a password can only be changed online.");
    // The server names the field first ("current_password: is not right"); a wrong current password is a 422, not a
    // 401, so the session is not taken for expired.
    if (reply.error.message.startsWith(QLatin1String("current_password")))
        return tr("The current password is not right.");
    if (reply.status == 422)
        return tr("The server did not accept this password: %1").arg(reply.error.message);
    return tr("The password was not changed: %1").arg(reply.describe());
}

void ChangePasswordDialog::accept()
{
    if (!problem().isEmpty() || m_busy)
        return;
    m_busy = true;
    update();
    QPointer<ChangePasswordDialog> self(this);
    AccountClient(m_api).changePassword(m_current->text(), m_new->text(), [self](const ApiResult& reply) {
        if (!self)
            return;
        self->m_busy = false;
        if (reply.ok()) {
            self->QDialog::accept();
            return;
        }
        self->update();
        self->m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        self->m_message->setText(refusal(reply));
    });
}

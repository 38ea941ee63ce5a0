#include "SignOutDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SignOutDialog::SignOutDialog(const QString& accountName, int unsent, bool online, QWidget* parent)
    : QDialog(parent)
    , m_unsent(unsent)
{
    setObjectName(QStringLiteral("signOutDialog"));
    setWindowTitle(tr("Sign out"));
    auto* text =
        new QLabel(tr("Sign out %1 on this PC? The next start asks for the password again.").arg(accountName), this);
    text->setWordWrap(true);
    m_remove = new QCheckBox(tr("Also &remove this account's data from this PC (the offline copy and the "
                                "application being filed)"),
                             this);
    m_remove->setObjectName(QStringLiteral("removeData"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("signOutWarning"));
    m_warning->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signOut = buttons->addButton(tr("Sign out"), QDialogButtonBox::AcceptRole);
    m_signOut->setObjectName(QStringLiteral("confirmSignOut"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_remove);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QCheckBox::toggled, this, &SignOutDialog::update);
    if (unsent > 0)
        m_warning->setToolTip(online ? tr("Cancel and synchronise first to send them.")
                                     : tr("They are sent once the PC is online again, if the data stays."));
    update();
    resize(520, sizeHint().height());
}

bool SignOutDialog::removeData() const
{
    return m_remove->isChecked();
}

void SignOutDialog::update()
{
    // Unsent changes exist nowhere else: with the data removed they are gone for good, so the button says so.
    const bool losing = m_remove->isChecked() && m_unsent > 0;
    if (m_unsent == 0)
        m_warning->setText(QString());
    else if (losing)
        m_warning->setText(
            tr("%n change(s) made on this PC were not sent to the server yet. They will be lost.", "", m_unsent));
    else
        m_warning->setText(
            tr("%n change(s) were not sent yet; they stay on this PC and are sent at the next sign-in.", "", m_unsent));
    m_warning->setStyleSheet(losing ? QStringLiteral("color: #b3261e; font-weight: 600;") : QString());
    m_signOut->setText(losing ? tr("Sign out and lose %n change(s)", "", m_unsent) : tr("Sign out"));
}

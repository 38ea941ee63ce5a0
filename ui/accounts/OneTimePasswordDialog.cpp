#include "accounts/OneTimePasswordDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OneTimePasswordDialog::OneTimePasswordDialog(const QString& username, const QString& password, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("oneTimePasswordDialog"));
    setWindowTitle(tr("One-time password"));
    auto* intro = new QLabel(tr("The one-time password of <b>%1</b>:").arg(username.toHtmlEscaped()), this);
    m_password = new QLineEdit(password, this);
    m_password->setObjectName(QStringLiteral("oneTimePassword"));
    m_password->setReadOnly(true); // selectable, not editable
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_password->setFont(mono);
    m_password->setMinimumWidth(m_password->fontMetrics().horizontalAdvance(password) + 24);
    m_password->setAccessibleName(tr("One-time password"));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyPassword"));
    connect(m_copy, &QPushButton::clicked, this, &OneTimePasswordDialog::copy);
    auto* row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_copy);
    m_copied = new QLabel(this);
    m_explanation = new QLabel(tr("Hand it to %1 yourself, in person or by phone. At the first sign-in with it, %1 "
                                  "must choose a password of their own.\n\nThis password will not be shown again. "
                                  "If it is lost, reset the password once more.")
                                   .arg(username),
                               this);
    m_explanation->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_copied);
    layout->addWidget(m_explanation);
    layout->addWidget(buttons);
    m_password->selectAll();
    m_password->setFocus();
    resize(480, sizeHint().height());
}

void OneTimePasswordDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_password->text());
    m_copied->setText(tr("Copied. Paste it where the person will read it, then close this window."));
}

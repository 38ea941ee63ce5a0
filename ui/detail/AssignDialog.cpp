#include "AssignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

AssignDialog::AssignDialog(const QVector<QJsonObject>& accounts, const QString& currentAccountId, QWidget* parent)
    : QDialog(parent)
    , m_accounts(new QComboBox(this))
{
    setWindowTitle(tr("Assign the application"));
    m_accounts->setAccessibleName(tr("Worker"));
    m_accounts->addItem(tr("Nobody"), QString());
    for (const QJsonObject& a : accounts) {
        const QString name = a.value(QLatin1String("display_name")).toString();
        m_accounts->addItem(name.isEmpty() ? a.value(QLatin1String("username")).toString() : name,
                            a.value(QLatin1String("id")).toString());
    }
    const int current = m_accounts->findData(currentAccountId);
    m_accounts->setCurrentIndex(current < 0 ? 0 : current);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Handled by:"), m_accounts);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(360);
}

QString AssignDialog::accountId() const
{
    return m_accounts->currentData().toString();
}

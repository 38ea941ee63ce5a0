#include "ApplicationWizardPage.h"

#include "ApplicationWizard.h"
#include "FieldMessage.h"
#include "RecordForm.h"

#include <QLabel>
#include <QVBoxLayout>

ApplicationWizardPage::ApplicationWizardPage(ApplicationWizard& wizard)
    : m_wizard(wizard)
{
    auto* outer = new QVBoxLayout(this);
    m_content = new QVBoxLayout;
    outer->addLayout(m_content, 1);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #7a4b00; font-weight: 600;"));
    outer->addWidget(m_reason);
    connect(this, &ApplicationWizardPage::changed, this, &ApplicationWizardPage::refresh);
}

bool ApplicationWizardPage::isComplete() const
{
    return blocker().isEmpty();
}

void ApplicationWizardPage::refresh()
{
    const QString why = blocker();
    m_reason->setText(why.isEmpty() ? QString() : tr("To go on: %1").arg(why));
    m_reason->setAccessibleName(m_reason->text());
    emit completeChanged();
}

void ApplicationWizardPage::applyPending()
{
    if (!m_pending.isEmpty()) {
        const QJsonObject state = m_pending;
        m_pending = {};
        restore(state);
    }
    refresh();
}

QWidget* ApplicationWizardPage::withMessage(QWidget* field, FieldMessage* message)
{
    return RecordForm::withMessage(field, message);
}

void ApplicationWizardPage::chainTabOrder(const QList<QWidget*>& widgets)
{
    RecordForm::chainTabOrder(widgets);
}

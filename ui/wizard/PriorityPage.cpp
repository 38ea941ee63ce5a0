#include "PriorityPage.h"

#include "ApplicationWizard.h"
#include "PreferencesPage.h"
#include "PriorityForm.h"

#include <QVBoxLayout>

PriorityPage::PriorityPage(ApplicationWizard& wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Priority"));
    setSubTitle(tr("Tick what applies to the family. Families in these situations get a place sooner at locations "
                   "with an income-related price."));
    m_form = new PriorityForm(this);
    content()->addWidget(m_form, 1);
    connect(m_form, &PriorityForm::changed, this, &PriorityPage::changed);
}

void PriorityPage::initializePage()
{
    m_form->setLocations(applicationWizard().preferencesPage()->locations());
    applyPending();
}

QString PriorityPage::blocker() const
{
    return m_form->problem();
}

QJsonObject PriorityPage::priority() const
{
    return m_form->priority();
}

bool PriorityPage::anyClaimed() const
{
    return m_form->anyClaimed();
}

QStringList PriorityPage::claimedTexts() const
{
    return m_form->claimedTexts();
}

void PriorityPage::takeFrom(const QJsonObject& application)
{
    QJsonObject state = application.value(QLatin1String("priority")).toObject();
    setPendingState(state.isEmpty() ? QJsonObject{{QStringLiteral("sworn_statement"), false}} : state);
}

QJsonObject PriorityPage::state() const
{
    return m_form->typed();
}

void PriorityPage::restore(const QJsonObject& state)
{
    m_form->restore(state);
    refresh();
}

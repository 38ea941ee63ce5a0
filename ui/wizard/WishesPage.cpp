#include "WishesPage.h"

#include "ApplicationWizard.h"
#include "ChildPage.h"
#include "WishesForm.h"

#include <QVBoxLayout>

WishesPage::WishesPage(ApplicationWizard& wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Wishes"));
    setSubTitle(tr("When should childcare start, and on which days?"));
    m_form = new WishesForm(this);
    content()->addWidget(m_form);
    content()->addStretch(1);
    connect(m_form, &WishesForm::changed, this, &WishesPage::changed);
}

void WishesPage::initializePage()
{
    m_form->setBirth(applicationWizard().childPage()->birthOrExpectedDate());
    applyPending();
}

QString WishesPage::blocker() const
{
    return m_form->problem();
}

QString WishesPage::desiredStart() const
{
    return m_form->desiredStart();
}

int WishesPage::flexibilityWeeks() const
{
    return m_form->flexibilityWeeks();
}

QJsonObject WishesPage::days() const
{
    return m_form->days();
}

void WishesPage::takeFrom(const QJsonObject& application)
{
    m_form->setValues(application);
}

QJsonObject WishesPage::state() const
{
    return m_form->typed();
}

void WishesPage::restore(const QJsonObject& state)
{
    m_form->setValues(state);
}

#include "PreferencesPage.h"

#include "ApplicationWizard.h"
#include "ParentPage.h"
#include "PreferencesPicker.h"

#include <QJsonArray>
#include <QVBoxLayout>

PreferencesPage::PreferencesPage(ApplicationWizard& wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Preferred locations"));
    setSubTitle(
        tr("Choose up to %1 locations, the one the parent wants most first.").arg(PreferencesPicker::kMaxPreferences));
    m_picker = new PreferencesPicker(wizard.cache(), this);
    content()->addWidget(m_picker, 1);
    connect(m_picker, &PreferencesPicker::changed, this, &PreferencesPage::changed);
}

void PreferencesPage::initializePage()
{
    ParentPage* parent = applicationWizard().parentPage();
    m_picker->load(applicationWizard().regionId(), parent->postcode(), parent->municipality());
    applyPending();
}

QString PreferencesPage::blocker() const
{
    return m_picker->problem();
}

QStringList PreferencesPage::preferenceIds() const
{
    return m_picker->preferenceIds();
}

QString PreferencesPage::locationName(const QString& id) const
{
    return m_picker->locationName(id);
}

bool PreferencesPage::addLocation(const QString& id)
{
    return m_picker->addLocation(id);
}

const QVector<LocationChoice>& PreferencesPage::locations() const
{
    return m_picker->locations();
}

void PreferencesPage::takeFrom(const QJsonObject& application)
{
    QJsonObject state;
    state.insert(QStringLiteral("preferences"), application.value(QLatin1String("preferences")));
    setPendingState(state);
}

QJsonObject PreferencesPage::state() const
{
    QJsonObject s = m_picker->values();
    s.insert(QStringLiteral("order"), m_picker->orderKey());
    return s;
}

void PreferencesPage::restore(const QJsonObject& state)
{
    m_picker->setValues(state);
    m_picker->setOrderKey(state.value(QLatin1String("order")).toString());
}

#pragma once

#include "ApplicationWizardPage.h"
#include "store/search/LocationFinder.h"

#include <QStringList>

class PreferencesPicker;

// Step 4: up to five published locations of the region, in the parent's order of preference (PreferencesPicker,
// with the parent's postcode for "nearest first").
class PreferencesPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit PreferencesPage(ApplicationWizard& wizard);

    QString blocker() const override;
    QJsonObject state() const override;
    void initializePage() override;

    QStringList preferenceIds() const;
    QString locationName(const QString& id) const;
    // Adds a location by id at the end; false (with the reason shown) when five are chosen already.
    bool addLocation(const QString& id);
    void takeFrom(const QJsonObject& application);
    // All published locations of the region, by name (for the sibling question of the next step).
    const QVector<LocationChoice>& locations() const;

protected:
    void restore(const QJsonObject& state) override;

private:
    PreferencesPicker* m_picker = nullptr;
};

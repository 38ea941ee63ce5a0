#pragma once

#include "ApplicationWizardPage.h"
#include "store/search/LocationFinder.h"

#include <QStringList>

class FieldMessage;
class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// Step 4: up to five published locations of the region, in the parent's order of preference. The list to
// choose from filters by name, municipality and kind, and sorts by name or by distance from the parent's
// postcode (LocationFinder); the chosen ones reorder by dragging or with Up and Down.
class PreferencesPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    static constexpr int kMaxPreferences = 5;

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
    const QVector<LocationChoice>& locations() const { return m_locations; }

protected:
    void restore(const QJsonObject& state) override;
    // Return on a location adds it; it must not also press the wizard's Next (or, later, Submit).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildAvailable();
    QWidget* buildChosen();
    void loadLocations();
    void fillAvailable();
    void addSelected();
    void moveSelected(int step);
    void removeSelected();
    void chosenChanged();
    const LocationChoice* find(const QString& id) const;
    QListWidgetItem* itemFor(const LocationChoice& location) const;

    QString m_loadedRegion;
    QVector<LocationChoice> m_locations;
    QLineEdit* m_nameFilter = nullptr;
    QComboBox* m_municipality = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_order = nullptr;
    QListWidget* m_available = nullptr;
    QPushButton* m_add = nullptr;
    QListWidget* m_chosen = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_remove = nullptr;
    FieldMessage* m_limit = nullptr;
};

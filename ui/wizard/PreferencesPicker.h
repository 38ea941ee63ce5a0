#pragma once

#include "RecordForm.h"
#include "store/search/LocationFinder.h"

#include <QStringList>

class FieldMessage;
class LocalCache;
class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// Up to five published locations of the region, in the parent's order of preference. The list to choose from
// filters by name, municipality and kind, and sorts by name or by distance from the parent's postcode
// (LocationFinder); the chosen ones reorder by dragging or with Up and Down. The wizard's fourth step and
// "Edit application" show it.
class PreferencesPicker : public RecordForm
{
    Q_OBJECT

public:
    static constexpr int kMaxPreferences = 5;

    explicit PreferencesPicker(LocalCache& cache, QWidget* parent = nullptr);

    // The region's locations (read again only when the region changes) and the parent's home for "nearest".
    void load(const QString& regionId, const QString& postcode, const QString& municipality);
    QString problem() const override;
    // {"preferences": [location ids, most wanted first]}
    QJsonObject values() const override;
    void setValues(const QJsonObject& row) override;
    QStringList preferenceIds() const;
    QString locationName(const QString& id) const;
    // Adds a location by id at the end; false (with the reason shown) when five are chosen already.
    bool addLocation(const QString& id);
    // All published locations of the region, by name.
    const QVector<LocationChoice>& locations() const { return m_locations; }
    QString orderKey() const;
    void setOrderKey(const QString& key);

protected:
    void validate() override;
    // Return on a location adds it; it must not also press a default button (the wizard's Next, a dialog's Save).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildAvailable();
    QWidget* buildChosen();
    void fillAvailable();
    void addSelected();
    void moveSelected(int step);
    void removeSelected();
    void chosenChanged();
    const LocationChoice* find(const QString& id) const;
    QListWidgetItem* itemFor(const LocationChoice& location) const;

    LocalCache& m_cache;
    QString m_loadedRegion;
    QString m_postcode;
    QString m_homeMunicipality;
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

#pragma once

#include <QDialog>
#include <QJsonObject>

class LocalCache;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

// A free place as an organiser reports it: where, from when, for which ages and days, how many. The same
// checks as the server's run as the person types (FreePlaceActions::problems), so OK is only offered for a
// place the server will take. Editing an existing place also offers its status.
class FreePlaceDialog : public QDialog
{
    Q_OBJECT

public:
    // existing: the place to edit, or empty for a new one.
    FreePlaceDialog(LocalCache& cache, const QJsonObject& existing, QWidget* parent = nullptr);

    // The fields as the dialog holds them (for a new place: without id and region).
    QJsonObject values() const;
    QComboBox* locationBox() const { return m_location; }
    QDateEdit* fromEdit() const { return m_from; }
    QSpinBox* ageMinBox() const { return m_ageMin; }
    QSpinBox* ageMaxBox() const { return m_ageMax; }
    QSpinBox* countBox() const { return m_count; }
    QComboBox* dayBox(int weekday) const { return m_days.value(weekday); }
    QLabel* problemLabel() const { return m_problems; }

private:
    QWidget* buildDays();
    void show(const QJsonObject& place);
    void check();

    LocalCache& m_cache;
    QJsonObject m_existing;
    QComboBox* m_location;
    QDateEdit* m_from;
    QSpinBox* m_ageMin;
    QSpinBox* m_ageMax;
    QSpinBox* m_count;
    QComboBox* m_status = nullptr;
    QList<QComboBox*> m_days; // Monday … Friday
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

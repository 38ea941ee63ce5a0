#pragma once

#include "store/lists/ListFilter.h"

#include <QPair>
#include <QVector>
#include <QWidget>

class ListModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

// The filters of a list below its search field: the ones the list has use for, each usable from the
// keyboard and with an accessible name. Every edit is announced at once as a whole ListFilter (the
// search text is not part of this bar).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    enum Field {
        Status = 0x1,
        Municipality = 0x2,
        Location = 0x4,
        Channel = 0x8,
        Priority = 0x10,
        DesiredStart = 0x20,
        Submitted = 0x40,
        AssignedToMe = 0x80,
        EmergencyList = 0x100,
        OpenApplication = 0x200,
        Language = 0x400,
        MessageStatus = 0x800, // the status filter offers queued / sent / failed instead of application states
        Urgency = 0x1000,
        Reason = 0x2000,
        FollowUp = 0x4000,
        Offer = 0x8000,
        Kind = 0x10000,
        PlaceStatus = 0x20000, // the status filter offers a free place's states
        ChildAge = 0x40000,    // places whose age band fits a child born on … on …
        StartBetween = 0x80000,
        Waiting = 0x100000, // applications waiting for a place (ListFilter::hasOpenApplication, said of an application)
        ChildAgeToday = 0x200000, // the child's age band today (class AgeBand)
    };
    Q_DECLARE_FLAGS(Fields, Field)

    FilterBar(Fields fields, ListModel* model, QWidget* parent = nullptr);

    // Shows the filter (without announcing it).
    void setFilter(const ListFilter& filter);
    ListFilter filter() const;
    // Reads the values to offer again (municipalities, locations, languages) after a sync.
    void refreshChoices();
    // The filter in words for a printout, e.g. "State: In review · Municipality: Edegem".
    QString describe(const ListFilter& filter) const;

    QComboBox* statusBox() const { return m_status; }
    QComboBox* municipalityBox() const { return m_municipality; }
    QComboBox* locationBox() const { return m_location; }
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* languageBox() const { return m_language; }
    QToolButton* priorityButton() const { return m_priority; }
    QDateEdit* desiredFromEdit() const { return m_desiredFrom; }
    QDateEdit* desiredToEdit() const { return m_desiredTo; }
    QDateEdit* submittedFromEdit() const { return m_submittedFrom; }
    QDateEdit* submittedToEdit() const { return m_submittedTo; }
    QCheckBox* assignedToMeBox() const { return m_assignedToMe; }
    QCheckBox* emergencyBox() const { return m_emergency; }
    QCheckBox* openApplicationBox() const { return m_openApplication; }
    QPushButton* clearButton() const { return m_clear; }
    // The combo box of a choice field (Urgency, Reason, FollowUp, Offer, Kind); null when the bar has none.
    QComboBox* choiceBox(Field field) const;
    QDateEdit* childBornEdit() const { return m_childBorn; }
    QDateEdit* ageOnEdit() const { return m_ageOn; }
    QDateEdit* startFromEdit() const { return m_startFrom; }
    QDateEdit* startToEdit() const { return m_startTo; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void filterEdited(const ListFilter& filter);
    void clearRequested();

private:
    // A filter that is one of a few fixed values: its box, the ListFilter member it sets and its words.
    struct Choice {
        Field field;
        QString ListFilter::*member;
        QString label; // for describe(): "Urgency: High"
        QComboBox* box;
    };

    QHBoxLayout* newRow();
    void addChoice(QHBoxLayout* row, Field field, QString ListFilter::*member, const QString& label,
                   const QString& anyText, const QVector<QPair<QString, QString>>& items);
    void addChoices(QHBoxLayout* row, Fields which);
    void addChildAge(QHBoxLayout* row);
    void addDateFields(QHBoxLayout* row);
    QComboBox* addCombo(QHBoxLayout* row, const QString& accessibleName);
    QDateEdit* addDate(QHBoxLayout* row, const QString& accessibleName);
    QCheckBox* addCheck(QHBoxLayout* row, const QString& text);
    void buildPriorityMenu(QHBoxLayout* row);
    void fillStatus();
    void fillMessageStatus();
    QString statusText(const QString& status) const;
    void fillChannels();
    void updatePriorityText();
    void announce();
    static void selectData(QComboBox* box, const QString& value);
    static QDate dateOf(const QDateEdit* edit);
    static void setDate(QDateEdit* edit, const QDate& date);

    Fields m_fields;
    ListModel* m_model;
    bool m_showing = false; // inside setFilter(): edits are not the person's
    QComboBox* m_status = nullptr;
    QComboBox* m_municipality = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_language = nullptr;
    QToolButton* m_priority = nullptr;
    QMenu* m_priorityMenu = nullptr;
    QDateEdit* m_desiredFrom = nullptr;
    QDateEdit* m_desiredTo = nullptr;
    QDateEdit* m_submittedFrom = nullptr;
    QDateEdit* m_submittedTo = nullptr;
    QCheckBox* m_assignedToMe = nullptr;
    QCheckBox* m_emergency = nullptr;
    QCheckBox* m_openApplication = nullptr;
    QPushButton* m_clear = nullptr;
    QVector<Choice> m_choices;
    QDateEdit* m_childBorn = nullptr;
    QDateEdit* m_ageOn = nullptr;
    QDateEdit* m_startFrom = nullptr;
    QDateEdit* m_startTo = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FilterBar::Fields)

#pragma once

#include "RecordForm.h"

#include <QDate>
#include <QHash>

class FieldMessage;
class QComboBox;
class QLineEdit;
class QSpinBox;

// When care should start, how many weeks earlier or later still suits, and which days (full or half) from Monday
// to Friday, with the checks as the person types. The wizard's third step and "Edit application" show it.
class WishesForm : public RecordForm
{
    Q_OBJECT

public:
    explicit WishesForm(QWidget* parent = nullptr);

    QString problem() const override;
    // desired_start, start_flexibility_weeks, days
    QJsonObject values() const override;
    void setValues(const QJsonObject& row) override;
    // The start may not lie before the child's birth (or expected birth).
    void setBirth(const QDate& birthOrExpected);
    // What was typed, as typed (for a draft).
    QJsonObject typed() const;
    QString desiredStart() const; // YYYY-MM-DD, empty when not valid
    int flexibilityWeeks() const;
    QJsonObject days() const; // only the days with care: {"mon": "full", ...}

protected:
    void validate() override;

private:
    QWidget* buildDays();

    QDate m_birth;
    QLineEdit* m_start = nullptr;
    FieldMessage* m_startMessage = nullptr;
    QSpinBox* m_flexibility = nullptr;
    QHash<QString, QComboBox*> m_days;
    FieldMessage* m_daysMessage = nullptr;
};

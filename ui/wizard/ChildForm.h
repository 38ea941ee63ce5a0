#pragma once

#include "RecordForm.h"

#include <QDate>

class FieldMessage;
class QLineEdit;

// A child's names, its birth date or (not born yet) expected birth date — exactly one — and national number,
// with the checks as the person types. Shown by the wizard's second step for a new child and by "Edit child",
// where giving the birth date of a child that was expected replaces the expected date.
class ChildForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ChildForm(QWidget* parent = nullptr);

    QString problem() const override;
    // Normalised; no id, parent or region. Edit mode: a child now born carries no expected date.
    QJsonObject values() const override;
    void setValues(const QJsonObject& row) override;
    // What was typed, as typed (for a draft).
    QJsonObject typed() const;
    QDate birthOrExpectedDate() const;
    void setLastName(const QString& name);
    QString lastName() const;
    bool isEmptyFirstName() const;
    QWidget* firstField() const;
    QWidget* lastField() const;

protected:
    void validate() override;

private:
    QString datesProblem() const;
    // Edit mode: the expected date is still what was stored and a birth date replaces it.
    bool bornNow() const;
    bool changedFrom(const char* field, const QDate& now) const;

    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLineEdit* m_expectedDate = nullptr;
    QLineEdit* m_nationalNumber = nullptr;
    FieldMessage* m_firstNameMessage = nullptr;
    FieldMessage* m_datesMessage = nullptr;
    FieldMessage* m_nationalNumberMessage = nullptr;
};

#pragma once

#include "RecordForm.h"

class FieldMessage;
class QComboBox;
class QLineEdit;

// A parent's names, national number, contact data, address, language and how they want to be contacted, with the
// checks as the person types (national number mod 97, e-mail, phone to E.164, postcode, a contact way that has
// its data). The wizard's first step and the "Edit parent" dialog both show it.
class ParentForm : public RecordForm
{
    Q_OBJECT

public:
    explicit ParentForm(QWidget* parent = nullptr);

    QString problem() const override;
    // Normalised: national number in digits, phone in E.164; no id or region.
    QJsonObject values() const override;
    void setValues(const QJsonObject& row) override;
    // What was typed, as typed (for a draft, so a half-typed number comes back as it was).
    QJsonObject typed() const;
    QString postcode() const;
    QString municipality() const;
    QWidget* firstField() const;
    QWidget* lastField() const;

protected:
    void validate() override;

private:
    QComboBox* buildLanguage();
    QComboBox* buildContact();
    void layOut();
    void fillMunicipality();

    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_nationalNumber = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_houseNumber = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_municipality = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_contact = nullptr;
    FieldMessage* m_firstNameMessage = nullptr;
    FieldMessage* m_lastNameMessage = nullptr;
    FieldMessage* m_nationalNumberMessage = nullptr;
    FieldMessage* m_emailMessage = nullptr;
    FieldMessage* m_phoneMessage = nullptr;
    FieldMessage* m_postcodeMessage = nullptr;
    FieldMessage* m_contactMessage = nullptr;
    QString m_filledMunicipality; // what fillMunicipality() put there, so a later postcode may replace it
};

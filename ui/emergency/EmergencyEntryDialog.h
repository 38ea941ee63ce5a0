#pragma once

#include "store/records/EmergencyActions.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

// "Put on the emergency list" in one step: how urgent, why, when to call back (two working days from today
// unless changed) and an optional note. The application is given; the entry is written by EmergencyActions.
class EmergencyEntryDialog : public QDialog
{
    Q_OBJECT

public:
    EmergencyEntryDialog(const QString& applicationId, const QString& heading, const QDate& today,
                         QWidget* parent = nullptr);

    EmergencyActions::NewEntry entry() const;
    QComboBox* urgencyBox() const { return m_urgency; }
    QComboBox* reasonBox() const { return m_reason; }
    QDateEdit* followUpEdit() const { return m_followUp; }
    QPlainTextEdit* noteEdit() const { return m_note; }

private:
    QString m_applicationId;
    QComboBox* m_urgency;
    QComboBox* m_reason;
    QDateEdit* m_followUp;
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
};

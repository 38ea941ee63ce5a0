#pragma once

#include "domain/ApplicationStatus.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

// Asks for the next state of an application: only the states ApplicationStatus allows from the current one,
// each with its plain-language explanation, and the reason a state needs (a closed reason for cancelled and
// expired; declined or expired for an offer going back to review). OK stays off until the answer is complete.
class StatusChangeDialog : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(ApplicationStatus::State current, QWidget* parent = nullptr);

    ApplicationStatus::State target() const;
    // The closed reason, or the offer-return reason code ("declined" / "expired").
    QString reason() const;
    // Optional words for an offer going back to review.
    QString detail() const;
    bool isComplete() const;

    void accept() override;

private:
    void update();
    ApplicationStatus::Reason reasonNeeded() const;

    ApplicationStatus::State m_current;
    QComboBox* m_target;
    QLabel* m_explanation;
    QStackedWidget* m_reasonPages;
    QLineEdit* m_closedReason;
    QComboBox* m_offerReason;
    QLineEdit* m_offerDetail;
    QLabel* m_missing;
    QDialogButtonBox* m_buttons;
};

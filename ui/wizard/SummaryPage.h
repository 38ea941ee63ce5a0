#pragma once

#include "ApplicationWizardPage.h"

class FieldMessage;
class QLabel;

// Step 6: everything in plain language before it is filed, and why filing failed if it did.
class SummaryPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(ApplicationWizard& wizard);

    QString blocker() const override;
    QJsonObject state() const override { return {}; }
    void initializePage() override;

    QString summaryText() const;
    void showSubmitError(const QString& error);

protected:
    void restore(const QJsonObject&) override {}

private:
    QString buildSummary() const;
    QString wishesText() const;

    QLabel* m_text = nullptr;
    FieldMessage* m_error = nullptr;
    QString m_problems;
};

#pragma once

#include "ApplicationWizardPage.h"

class WishesForm;

// Step 3: when care should start, how many weeks earlier or later still suits, and which days (full or
// half) from Monday to Friday.
class WishesPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit WishesPage(ApplicationWizard& wizard);

    QString blocker() const override;
    QJsonObject state() const override;
    void initializePage() override;

    QString desiredStart() const; // YYYY-MM-DD, empty when not valid
    int flexibilityWeeks() const;
    QJsonObject days() const; // only the days with care: {"mon": "full", ...}
    // Starts from what an open application holds (the person chose to update it).
    void takeFrom(const QJsonObject& application);

protected:
    void restore(const QJsonObject& state) override;

private:
    WishesForm* m_form = nullptr;
};

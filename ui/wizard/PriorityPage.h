#pragma once

#include "ApplicationWizardPage.h"

class PriorityForm;

// Step 5: the priority criteria of docs/ARCHITECTURE.md "Domain", each with what it means in plain words, and the
// parent's sworn statement (verklaring op eer) that the worker ticks — required as soon as any criterion is claimed.
class PriorityPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit PriorityPage(ApplicationWizard& wizard);

    QString blocker() const override;
    QJsonObject state() const override;
    void initializePage() override;

    // {"work_or_training": bool, ..., "sibling_location_ids": [..], "social_reasons": bool}, plus
    // "sworn_statement": true when criteria are claimed and the statement was made.
    QJsonObject priority() const;
    bool anyClaimed() const;
    // The claimed criteria in plain words, for the summary.
    QStringList claimedTexts() const;
    void takeFrom(const QJsonObject& application);

protected:
    void restore(const QJsonObject& state) override;

private:
    PriorityForm* m_form = nullptr;
};

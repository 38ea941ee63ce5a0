#pragma once

#include "ApplicationWizardPage.h"

#include <QDate>

class ChildForm;
class QCheckBox;
class QFrame;
class QLabel;
class QListWidget;
class QRadioButton;

// Step 2: the child, born (birth date) or expected (expected birth date) — exactly one — or one of the
// parent's children. A child that already has an open application in the region gets that application
// updated: the step shows it and asks for the update before it lets the person go on.
class ChildPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit ChildPage(ApplicationWizard& wizard);

    QString blocker() const override;
    QJsonObject state() const override;
    void initializePage() override;

    bool isNewChild() const;
    QString chosenChildId() const; // empty for a new child
    QJsonObject chosenChild() const;
    // A new child's fields, normalised; no id, parent or region.
    QJsonObject newChildFields() const;
    QString displayName() const;
    // "born on 1 January 2026" / "expected on …"
    QString birthDescription() const;
    QDate birthOrExpectedDate() const;
    // The open application of the chosen child in the region (empty when none) and whether to update it.
    QJsonObject openApplication() const { return m_openApplication; }
    bool updatesOpenApplication() const;

signals:
    // The person chose to update this open application: the next steps start from what it holds.
    void updateChosen(const QJsonObject& application);

protected:
    void restore(const QJsonObject& state) override;

private:
    QWidget* buildChoice();
    QWidget* buildForm();
    QWidget* buildOpenApplication();
    void loadChildren();
    void updateMode();
    void checkOpenApplication();

    QString m_loadedParentId;
    QLabel* m_parentLabel = nullptr;
    QRadioButton* m_existing = nullptr;
    QRadioButton* m_new = nullptr;
    QListWidget* m_children = nullptr;
    ChildForm* m_form = nullptr;
    QFrame* m_openBox = nullptr;
    QLabel* m_openText = nullptr;
    QCheckBox* m_update = nullptr;
    QJsonObject m_openApplication;
};

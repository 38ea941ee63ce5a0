#pragma once

#include "ApplicationWizardPage.h"

#include <QStringList>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class ParentForm;
class QPushButton;
class QRadioButton;

// Step 1: find the parent in the cache, or create a new one. Before a new parent can be created, the
// parents that may be the same person are offered with "Use this parent" (DuplicateFinder).
class ParentPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit ParentPage(ApplicationWizard& wizard);

    QString blocker() const override;
    QJsonObject state() const override;
    void initializePage() override;

    bool isNewParent() const;
    QString chosenParentId() const; // empty for a new parent
    QJsonObject chosenParent() const;
    // A new parent's fields, normalised (national number in digits, phone in E.164); no id or region.
    QJsonObject newParentFields() const;
    QString postcode() const;
    QString municipality() const;
    QString displayName() const;
    // "Continue the application you were filing?" at the top of the page.
    void offerDraft(const QString& description);
    void hideDraftOffer();
    // Chooses an existing parent as "Use this parent" does.
    void useParent(const QString& parentId);

signals:
    void continueDraftRequested();
    void discardDraftRequested();

protected:
    void restore(const QJsonObject& state) override;

private:
    QWidget* buildDraftBanner();
    QWidget* buildSearch();
    QWidget* buildDuplicates();
    void runSearch();
    void addResult(const QJsonObject& parent);
    void updateMode();
    void findDuplicates();
    QString formBlocker() const;

    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QRadioButton* m_existing = nullptr;
    QRadioButton* m_new = nullptr;
    QWidget* m_searchPart = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    ParentForm* m_form = nullptr;
    QWidget* m_duplicatePart = nullptr;
    QListWidget* m_duplicates = nullptr;
    QPushButton* m_useDuplicate = nullptr;
    QCheckBox* m_notDuplicate = nullptr;
    QStringList m_duplicateIds;
};

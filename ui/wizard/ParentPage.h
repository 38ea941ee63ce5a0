#pragma once

#include "ApplicationWizardPage.h"

#include <QStringList>

class FieldMessage;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
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
    QWidget* buildForm();
    QWidget* buildDuplicates();
    QLineEdit* addLine(const QString& name, const QString& accessible);
    void runSearch();
    void addResult(const QJsonObject& parent);
    void updateMode();
    void validateForm();
    void fillMunicipality();
    void findDuplicates();
    QString formBlocker() const;

    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QRadioButton* m_existing = nullptr;
    QRadioButton* m_new = nullptr;
    QWidget* m_searchPart = nullptr;
    QWidget* m_formPart = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
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
    QWidget* m_duplicatePart = nullptr;
    QListWidget* m_duplicates = nullptr;
    QPushButton* m_useDuplicate = nullptr;
    QCheckBox* m_notDuplicate = nullptr;
    QStringList m_duplicateIds;
    QString m_filledMunicipality; // what fillMunicipality() put there, so a later postcode may replace it
};

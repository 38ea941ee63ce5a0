#pragma once

#include "protocol/AccountInfo.h"
#include "store/records/ApplicationDraftStore.h"

#include <QJsonObject>
#include <QWizard>

class ChildPage;
class LocalCache;
class ParentPage;
class PreferencesPage;
class PriorityPage;
class QTimer;
class SummaryPage;
class WishesPage;
struct FilingRequest;

// "New application…" (docs/ARCHITECTURE.md "Domain", "The desktop client"): files an application for a parent at the
// desk, or by a referrer, in six steps — parent, child, wishes, preferred locations, priority, summary. It reads and
// writes only the cache (through ApplicationFiling and so LocalWriter), so it works offline; what was typed is kept as
// a draft on every change and offered again when the wizard opens next, until it is submitted or discarded.
class ApplicationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ParentPageId, ChildPageId, WishesPageId, PreferencesPageId, PriorityPageId, SummaryPageId };

    ApplicationWizard(LocalCache& cache, const AccountInfo& account, const QString& profileDir,
                      QWidget* parent = nullptr);
    ~ApplicationWizard() override;

    LocalCache& cache() const { return m_cache; }
    const AccountInfo& account() const { return m_account; }
    bool isReferrer() const;
    // The region the application belongs to: the chosen parent's, or the one of a new parent's postcode
    // when the account works there, else the account's first region.
    QString regionId() const;

    ParentPage* parentPage() const { return m_parentPage; }
    ChildPage* childPage() const { return m_childPage; }
    WishesPage* wishesPage() const { return m_wishesPage; }
    PreferencesPage* preferencesPage() const { return m_preferencesPage; }
    PriorityPage* priorityPage() const { return m_priorityPage; }
    SummaryPage* summaryPage() const { return m_summaryPage; }

    QString draftPath() const { return m_drafts.path(); }
    // Takes up the saved draft: fills every page and goes as far as it validly can.
    void continueDraft();
    void discardDraft();
    // The rows the wizard would write now (ids made once per wizard, so a retried submit files no copy).
    FilingRequest request() const;

signals:
    // The application was filed (or the open one updated) in the cache: the main window shows it.
    void applicationFiled(const QString& applicationId);

public slots:
    void accept() override;
    void reject() override;

private:
    void addPages();
    void scheduleDraftSave();
    void saveDraft();
    QJsonObject draft() const;
    QJsonObject newParentRow() const;
    QJsonObject newChildRow() const;
    QJsonObject applicationRow() const;

    LocalCache& m_cache;
    AccountInfo m_account;
    ApplicationDraftStore m_drafts;
    QTimer* m_saveTimer = nullptr;
    // While a saved draft waits for "continue or discard", nothing may overwrite it.
    bool m_draftOffered = false;
    bool m_restoring = false;
    QString m_parentId;
    QString m_childId;
    QString m_applicationId;
    ParentPage* m_parentPage = nullptr;
    ChildPage* m_childPage = nullptr;
    WishesPage* m_wishesPage = nullptr;
    PreferencesPage* m_preferencesPage = nullptr;
    PriorityPage* m_priorityPage = nullptr;
    SummaryPage* m_summaryPage = nullptr;
};

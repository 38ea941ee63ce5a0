#pragma once

#include <QMainWindow>

class ApplicationWizard;
class ExportReporter;
class ClientProfile;
class ClientSession;
class AnonymisationDialog;
class DetailPanel;
class AllocationDialog;
class ChangePasswordDialog;
class OfferDialog;
class RuleSetDialog;
class GlobalSearchBox;
class ListPage;
class MessageBar;
class NavigationRail;
class PageFactory;
class QAction;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class StatusBarWidget;

// The counter worker's main window (docs/ARCHITECTURE.md "The desktop client"): navigation rail, global search, the
// current list, the detail panel and a status bar that always tells whether the data is live. It opens from the cache
// at once; syncs run in the background and the lists follow when one finishes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ClientSession& session, ClientProfile& profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a part by its --view name ("applications", "parents", "dashboard", ...); false if unknown.
    bool showView(const QString& name);
    // showView for a part asked for on the command line: one this role does not use is said plainly.
    void openRequestedView(const QString& name);
    QString currentView() const;
    // Selects the first record of the list in view, so its details show (used for screenshots).
    void selectFirstRecord();
    // Types text in the global search and shows its results with the first hit selected (screenshots).
    void showSearch(const QString& text);
    static QStringList viewNames();

    // The pages, each built when first asked for (tests and the bench probe reach into them; the window itself
    // builds a page when it is shown or needed).
    PageFactory& pages() const { return *m_pageFactory; }
    // The --view names of the pages built so far (a page is built the first time it is shown or needed).
    QStringList builtPages() const;
    ExportReporter* exportReporter() const { return m_exports; }
    DetailPanel* detailPanel() const { return m_detail; }
    NavigationRail* rail() const { return m_rail; }
    StatusBarWidget* statusBarWidget() const { return m_status; }
    MessageBar* messageBar() const { return m_messages; }
    QLineEdit* globalSearch() const { return m_search; }
    GlobalSearchBox* globalSearchBox() const { return m_searchBox; }

    QAction* newApplicationAction() const { return m_newApplication; }
    QAction* signOutAction() const { return m_signOut; }
    QAction* changePasswordAction() const { return m_changePassword; }

public slots:
    void syncNow();
    // Opens the application wizard; returns it (it deletes itself when closed).
    ApplicationWizard* newApplication();
    // Opens the offer dialog for a free place; returns it (it deletes itself when closed).
    OfferDialog* offerPlace(const QString& freePlaceId);
    // "Joint allocation…" and "Priority rules…" of the free places page (empty region: the account's first).
    AllocationDialog* openAllocation();
    RuleSetDialog* openRules(const QString& regionId);
    // "Change my password…" (online); returns the dialog (it deletes itself when closed).
    ChangePasswordDialog* changePassword();
    // "Anonymisation…" of the audit page (admins): retention, dry run and run; returns the dialog.
    AnonymisationDialog* openAnonymisation();

signals:
    // The lists, detail and status bar show the result of a finished sync round.
    void syncApplied(bool ok);
    // The person confirmed "Sign out…" (and whether to remove this account's data): the app controller ends the
    // session and asks who signs in next.
    void signOutRequested(bool removeData);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildToolBar();
    void askSignOut();
    void buildCentre();
    void buildRail();
    void buildShortcuts();
    void connectDetail();
    // What the pages ask of the window, whichever of them are built.
    void connectPages();
    void openRecord(const QString& table, const QString& id);
    void markInList(const QString& id);
    ListPage* currentList() const;
    void onSyncFinished(bool ok, const QString& error);
    void showSessionWarning();
    void onLocalEdit();
    void showFiledApplication(const QString& applicationId);
    void refreshLists();
    // The rail shows how many families on the emergency list are to be called back today or earlier.
    void updateRailCounts();
    void showEmergencyEntry(const QString& entryId);
    void restoreLayout();
    void saveLayout();

    ClientSession& m_session;
    ClientProfile& m_profile;
    NavigationRail* m_rail = nullptr;
    QStackedWidget* m_pages = nullptr;
    PageFactory* m_pageFactory = nullptr;
    ExportReporter* m_exports = nullptr;
    DetailPanel* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    StatusBarWidget* m_status = nullptr;
    MessageBar* m_messages = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_newApplication = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_changePassword = nullptr;
    GlobalSearchBox* m_searchBox = nullptr;
};

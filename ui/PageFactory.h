#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QWidget>

class ApplicationsView;
class AuditView;
class ClientProfile;
class ClientSession;
class ConflictsView;
class DashboardView;
class DetailPanel;
class EmergencyView;
class FreePlacesView;
class ListPage;
class LocationsView;
class MessagesView;
class ParentsView;
class QStackedWidget;

// Builds the main window's pages the first time they are shown or needed, and wires each one as it is built (issue
// 17: building all ten at start-up, the dashboard's eight charts included, cost start-up time and about 10 MB for
// pages most sessions never open). The window knows its pages by their --view names; what a page asks of the rest of
// the window goes through this object's signals, so the window connects to them once, whichever pages exist.
class PageFactory : public QObject
{
    Q_OBJECT

public:
    PageFactory(ClientSession& session, ClientProfile& profile, QStackedWidget* pages, DetailPanel* detail,
                QObject* parent = nullptr);

    // The page named by its --view name, built the first time it is asked for; nullptr for a name with no page. A page
    // the role may see joins the stack; one it may not is built hidden (a test or a link may still ask it things).
    QWidget* page(const QString& name);
    // The page if it was built already, nullptr otherwise; never builds.
    QWidget* built(const QString& name) const { return m_built.value(name); }
    // The --view names of the pages built so far.
    QStringList builtNames() const { return m_built.keys(); }
    // The list pages built so far: a sync or a local edit refreshes these; the others read the cache when built.
    QList<ListPage*> builtLists() const;

    // Each builds its page when it does not exist yet.
    ApplicationsView* applications();
    ParentsView* parents();
    ConflictsView* conflicts();
    MessagesView* messages();
    EmergencyView* emergency();
    FreePlacesView* freePlaces();
    DashboardView* dashboard();
    AuditView* audit();
    LocationsView* locations();

    // A sync round that changed data: the built pages that show cache data read it again (the dashboard, off
    // screen, only marks itself stale).
    void refreshAfterSync();
    // After every sync round, changed data or not: the locations page and the audit's account names follow.
    void syncApplied();

signals:
    // A page asks the window to show another part (the dashboard's bars open the applications list).
    void viewRequested(const QString& name);
    // A page queued a change: lists, counts and a sync follow, as for any local edit.
    void localEdit();
    void offerRequested(const QString& freePlaceId);
    void allocationRequested();
    void rulesRequested();
    void anonymisationRequested();
    // A list or the audit log was exported or printed: the server is told (ExportReporter).
    void exported(const QString& table, qint64 rows, const QString& format);

private:
    QWidget* build(const QString& name);
    // Wiring shared by every list page: export reports and the filters kept in the profile.
    void wireList(ListPage* list);
    void wireEmergency(EmergencyView* view);
    void wireFreePlaces(FreePlacesView* view);
    void wireDashboard(DashboardView* view);
    void wireAudit(AuditView* view);
    void wireLocations(LocationsView* view);
    template <class T> T* pageAs(const QString& name) { return qobject_cast<T*>(page(name)); }
    template <class T> T* builtAs(const QString& name) const { return qobject_cast<T*>(built(name)); }

    ClientSession& m_session;
    ClientProfile& m_profile;
    QStackedWidget* m_pages = nullptr;
    DetailPanel* m_detail = nullptr;
    QHash<QString, QWidget*> m_built;
};

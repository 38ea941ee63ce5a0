#include "PageFactory.h"

#include "RolePages.h"
#include "accounts/AccountsView.h"
#include "applications/ApplicationsView.h"
#include "audit/AuditView.h"
#include "conflicts/ConflictsView.h"
#include "dashboard/DashboardView.h"
#include "detail/DetailPanel.h"
#include "emergency/EmergencyView.h"
#include "locations/LocationsView.h"
#include "messages/MessagesView.h"
#include "parents/ParentsView.h"
#include "places/FreePlacesView.h"
#include "store/cache/ClientProfile.h"
#include "sync/ApiClient.h"
#include "sync/ClientSession.h"

#include <QStackedWidget>

PageFactory::PageFactory(ClientSession& session, ClientProfile& profile, QStackedWidget* pages, DetailPanel* detail,
                         QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_profile(profile)
    , m_pages(pages)
    , m_detail(detail)
{
}

QWidget* PageFactory::page(const QString& name)
{
    if (QWidget* page = m_built.value(name))
        return page;
    QWidget* page = build(name);
    if (!page)
        return nullptr;
    m_built.insert(name, page);
    if (RolePages::allows(m_session.account().role, name))
        m_pages->addWidget(page); // the stack shows it only when it is made current
    else
        page->hide(); // not this role's work: it answers questions but never shows
    return page;
}

QWidget* PageFactory::build(const QString& name)
{
    LocalCache& cache = m_session.cache();
    if (name == QLatin1String("applications")) {
        auto* view = new ApplicationsView(cache, m_pages);
        connect(view, &ListPage::recordSelected, m_detail, &DetailPanel::showRecord);
        wireList(view);
        return view;
    }
    if (name == QLatin1String("parents")) {
        auto* view = new ParentsView(cache, m_pages);
        connect(view, &ListPage::recordSelected, m_detail, &DetailPanel::showRecord);
        wireList(view);
        return view;
    }
    if (name == QLatin1String("messages")) {
        auto* view = new MessagesView(cache, m_pages);
        // A message is read in its parent's detail, with the rest of what was said to the family.
        connect(view, &MessagesView::parentSelected, m_detail,
                [this](const QString& parentId) { m_detail->showRecord(QStringLiteral("parents"), parentId); });
        connect(view, &MessagesView::messageQueued, this, &PageFactory::localEdit);
        wireList(view);
        return view;
    }
    if (name == QLatin1String("emergency")) {
        auto* view = new EmergencyView(cache, m_pages);
        wireEmergency(view);
        wireList(view);
        return view;
    }
    if (name == QLatin1String("free-places")) {
        auto* view = new FreePlacesView(cache, m_pages);
        wireFreePlaces(view);
        wireList(view);
        return view;
    }
    if (name == QLatin1String("conflicts")) {
        auto* view = new ConflictsView(cache, m_pages);
        connect(view, &ConflictsView::decided, this, &PageFactory::localEdit);
        return view;
    }
    if (name == QLatin1String("dashboard")) {
        auto* view = new DashboardView(cache, m_session.account(), m_pages);
        wireDashboard(view);
        return view;
    }
    if (name == QLatin1String("audit")) {
        auto* view = new AuditView(cache, m_session.api(), m_session.account(), m_pages);
        wireAudit(view);
        return view;
    }
    if (name == QLatin1String("locations")) {
        auto* view = new LocationsView(cache, m_pages);
        wireLocations(view);
        return view;
    }
    // Only for the roles that manage accounts: for the others the server would refuse every call it makes.
    if (name == QLatin1String("accounts") && RolePages::allows(m_session.account().role, name))
        return new AccountsView(m_session.api(), m_session.account(), m_pages);
    return nullptr;
}

void PageFactory::wireList(ListPage* list)
{
    connect(list, &ListPage::exported, this, &PageFactory::exported);
    // Filters, saved filters, columns and sort of the lists are kept in the profile across restarts.
    list->useSettings(m_profile.settings(), m_session.account().id);
}

void PageFactory::wireEmergency(EmergencyView* view)
{
    view->setAuthor(m_session.account().id, m_session.account().displayName);
    // An entry is read in its application's detail, with the family, the offers and the follow-up log.
    connect(view, &EmergencyView::applicationSelected, m_detail,
            [this](const QString& id) { m_detail->showRecord(QStringLiteral("applications"), id); });
    connect(view, &EmergencyView::entryChanged, this, &PageFactory::localEdit);
}

void PageFactory::wireFreePlaces(FreePlacesView* view)
{
    view->setAccount(m_session.account());
    connect(view, &FreePlacesView::placeChanged, this, &PageFactory::localEdit);
    connect(view, &FreePlacesView::offerRequested, this, &PageFactory::offerRequested);
    connect(view, &FreePlacesView::allocationRequested, this, &PageFactory::allocationRequested);
    connect(view, &FreePlacesView::rulesRequested, this, &PageFactory::rulesRequested);
}

void PageFactory::wireDashboard(DashboardView* view)
{
    // A bar of the dashboard opens the applications it counts, in the list, filtered the same way; the list is built
    // here if the person has not opened it yet.
    connect(view, &DashboardView::applicationsRequested, this, [this](const ListFilter& filter) {
        applications()->showFilter(filter);
        emit viewRequested(QStringLiteral("applications"));
    });
}

void PageFactory::wireAudit(AuditView* view)
{
    connect(view, &AuditView::anonymisationRequested, this, &PageFactory::anonymisationRequested);
    connect(view, &AuditView::recordRequested, m_detail, [this](const QString& table, const QString& id) {
        m_detail->setVisible(true); // hidden on the audit page until a record is asked for
        m_detail->showRecord(table, id);
    });
    connect(view, &AuditView::exported, this, &PageFactory::exported);
    view->setOnline(m_session.isOnline());
    connect(&m_session, &ClientSession::onlineChanged, view, &AuditView::setOnline);
    connect(&m_session, &ClientSession::accountChanged, view,
            [this, view]() { view->setAccount(m_session.account()); });
}

void PageFactory::wireLocations(LocationsView* view)
{
    connect(view, &LocationsView::changed, this, &PageFactory::localEdit);
    view->setAccount(m_session.account());
    connect(&m_session, &ClientSession::accountChanged, view,
            [this, view]() { view->setAccount(m_session.account()); });
    // The Locations page reads its history the way the detail panel does, and shows what a sync brought.
    view->setHistorySource([this](const QString& table, const QString& id, LocationsView::HistoryReply done) {
        m_session.api().history(table, id, std::move(done));
    });
    view->setOnline(m_session.isOnline());
    connect(&m_session, &ClientSession::onlineChanged, view, &LocationsView::setOnline);
}

QList<ListPage*> PageFactory::builtLists() const
{
    // In the rail's order, so refreshes run in the same order whatever order the pages were opened in.
    QList<ListPage*> lists;
    for (const char* name : {"applications", "parents", "messages", "emergency", "free-places"}) {
        if (auto* list = builtAs<ListPage>(QLatin1String(name)))
            lists.append(list);
    }
    return lists;
}

void PageFactory::refreshAfterSync()
{
    for (ListPage* list : builtLists())
        list->refresh();
    if (ConflictsView* view = builtAs<ConflictsView>(QStringLiteral("conflicts")))
        view->refresh();
    if (DashboardView* view = builtAs<DashboardView>(QStringLiteral("dashboard")))
        view->refresh(); // off screen it only marks itself stale
}

void PageFactory::syncApplied()
{
    if (LocationsView* view = builtAs<LocationsView>(QStringLiteral("locations")))
        view->refresh();
    if (AuditView* view = builtAs<AuditView>(QStringLiteral("audit")))
        view->refreshAccounts(); // names of new accounts
}

ApplicationsView* PageFactory::applications()
{
    return pageAs<ApplicationsView>(QStringLiteral("applications"));
}

ParentsView* PageFactory::parents()
{
    return pageAs<ParentsView>(QStringLiteral("parents"));
}

ConflictsView* PageFactory::conflicts()
{
    return pageAs<ConflictsView>(QStringLiteral("conflicts"));
}

MessagesView* PageFactory::messages()
{
    return pageAs<MessagesView>(QStringLiteral("messages"));
}

EmergencyView* PageFactory::emergency()
{
    return pageAs<EmergencyView>(QStringLiteral("emergency"));
}

FreePlacesView* PageFactory::freePlaces()
{
    return pageAs<FreePlacesView>(QStringLiteral("free-places"));
}

DashboardView* PageFactory::dashboard()
{
    return pageAs<DashboardView>(QStringLiteral("dashboard"));
}

AuditView* PageFactory::audit()
{
    return pageAs<AuditView>(QStringLiteral("audit"));
}

LocationsView* PageFactory::locations()
{
    return pageAs<LocationsView>(QStringLiteral("locations"));
}

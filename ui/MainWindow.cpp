#include "MainWindow.h"

#include "NavigationRail.h"
#include "PageFactory.h"
#include "RolePages.h"
#include "StatusBarWidget.h"
#include "allocation/AllocationDialog.h"
#include "allocation/RuleSetDialog.h"
#include "common/MessageBar.h"
#include "common/UiIcons.h"
#include "common/UiLog.h"
#include "conflicts/ConflictsView.h"
#include "detail/DetailPanel.h"
#include "emergency/EmergencyModel.h"
#include "emergency/EmergencyView.h"
#include "lists/ListModel.h"
#include "offers/OfferDialog.h"
#include "privacy/AnonymisationDialog.h"
#include "search/GlobalSearchBox.h"
#include "search/SearchPopup.h"
#include "signin/ChangePasswordDialog.h"
#include "signin/SignOutDialog.h"
#include "store/cache/ClientProfile.h"
#include "store/lists/EmergencyListQuery.h"
#include "store/records/RecordQuery.h"
#include "sync/ApiClient.h"
#include "sync/ClientSession.h"
#include "sync/ExportReporter.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"
#include "wizard/ApplicationWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
} // namespace

MainWindow::MainWindow(ClientSession& session, ClientProfile& profile, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profile(profile)
{
    const AccountInfo& account = session.account();
    setWindowTitle(tr("Opvangloket — %1").arg(account.displayName.isEmpty() ? account.username : account.displayName));
    setWindowIcon(UiIcons::icon(QStringLiteral("opvangloket")));
    buildToolBar();
    buildCentre();
    m_status = new StatusBarWidget(session, this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
    buildShortcuts();
    m_searchBox = new GlobalSearchBox(session.cache(), m_search, this);
    connect(m_searchBox, &GlobalSearchBox::recordRequested, this, &MainWindow::openRecord);
    connect(&session.sync(), &SyncEngine::started, m_status, &StatusBarWidget::syncStarted);
    connect(&session.sync(), &SyncEngine::progress, m_status, &StatusBarWidget::syncProgress);
    connect(&session.sync(), &SyncEngine::finished, this, &MainWindow::onSyncFinished);
    connect(m_status, &StatusBarWidget::conflictsRequested, this, [this]() { showView(QStringLiteral("conflicts")); });
    connectDetail();
    connectPages();
    connect(&session, &ClientSession::cacheDamaged, this, &MainWindow::showSessionWarning);
    showSessionWarning();
    restoreLayout();
    showView(QStringLiteral("applications"));
}

MainWindow::~MainWindow() = default;

void MainWindow::showSessionWarning()
{
    // A damaged cache outranks the keychain: it asks the person to do something now.
    if (m_session.isCacheDamaged()) {
        const QString text =
            tr("The copy of the data on this computer is damaged. Close Opvangloket and start it again to repair "
               "it: changes that were not sent yet are kept, everything else is fetched from the server again. "
               "Until then nothing is synchronised.");
        m_messages->showMessage(text);
        m_status->syncStopped(text);
    } else {
        QStringList warnings{m_session.keychainWarning(), m_session.tlsWarning()};
        warnings.removeAll(QString());
        m_messages->showMessage(warnings.join(QLatin1Char(' ')));
    }
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("dashboard"), QStringLiteral("applications"), QStringLiteral("parents"),
            QStringLiteral("emergency"), QStringLiteral("free-places"),  QStringLiteral("locations"),
            QStringLiteral("messages"),  QStringLiteral("accounts"),     QStringLiteral("audit"),
            QStringLiteral("conflicts")};
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newApplication = bar->addAction(UiIcons::icon(QStringLiteral("applications")), tr("New application…"));
    m_newApplication->setShortcut(QKeySequence::New);
    m_newApplication->setToolTip(tr("File an application for a parent (Ctrl+N)"));
    connect(m_newApplication, &QAction::triggered, this, &MainWindow::newApplication);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setPlaceholderText(tr("Search everything: name, number, phone, postcode… (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search parents, children and applications"));
    m_search->setToolTip(tr("Finds parents, children and applications by name, application number, national "
                            "number, phone, e-mail or postcode. Ctrl+F filters the list in view instead."));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(UiIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setFixedWidth(420);
    bar->addWidget(m_search);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    auto* sync = bar->addAction(UiIcons::icon(QStringLiteral("sync")), tr("Sync now"));
    sync->setShortcut(QKeySequence::Refresh);
    sync->setToolTip(tr("Send your changes and fetch the latest data (F5)"));
    connect(sync, &QAction::triggered, this, &MainWindow::syncNow);
    // Who is signed in, and the way out: a shared PC at the counter changes hands.
    auto* account = new QToolButton(bar);
    account->setObjectName(QStringLiteral("accountButton"));
    account->setText(m_session.account().displayName.isEmpty() ? m_session.account().username
                                                               : m_session.account().displayName);
    account->setToolTip(tr("Signed in as %1 (%2)").arg(m_session.account().username, m_session.account().role));
    account->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(account);
    m_changePassword = menu->addAction(tr("&Change my password…"));
    connect(m_changePassword, &QAction::triggered, this, &MainWindow::changePassword);
    m_signOut = menu->addAction(tr("Sign &out…"));
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    addAction(m_signOut); // the shortcut works without opening the menu
    connect(m_signOut, &QAction::triggered, this, &MainWindow::askSignOut);
    account->setMenu(menu);
    bar->addWidget(account);
}

AnonymisationDialog* MainWindow::openAnonymisation()
{
    auto* dialog = new AnonymisationDialog(m_session.api(), m_session.account(), m_session.isOnline(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A run changes rows on the server: they reach this cache (and every other) by the next pull.
    connect(dialog, &QDialog::finished, this, [this]() { syncNow(); });
    dialog->open();
    return dialog;
}

ChangePasswordDialog* MainWindow::changePassword()
{
    auto* dialog = new ChangePasswordDialog(m_session.api(), m_session.account().username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this]() { m_messages->showMessage(tr("Your password was changed. Use it at your next sign-in.")); });
    dialog->open();
    return dialog;
}

void MainWindow::askSignOut()
{
    const AccountInfo& me = m_session.account();
    SignOutDialog dialog(me.displayName.isEmpty() ? me.username : me.displayName,
                         RecordQuery(m_session.cache()).pendingChanges(), m_session.isOnline(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit signOutRequested(dialog.removeData());
}

void MainWindow::buildCentre()
{
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_messages = new MessageBar(centre);
    layout->addWidget(m_messages);
    m_splitter = new QSplitter(Qt::Horizontal, centre);
    m_splitter->setChildrenCollapsible(false);
    m_rail = new NavigationRail(m_splitter);
    m_pages = new QStackedWidget(m_splitter);
    m_detail = new DetailPanel(m_session.cache(), m_splitter);
    m_detail->setMinimumWidth(260);
    m_splitter->addWidget(m_rail);
    m_splitter->addWidget(m_pages);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 1);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(centre);
    buildRail();
    connect(m_rail, &NavigationRail::pageRequested, this, &MainWindow::showView);
}

void MainWindow::buildRail()
{
    // Every page the role may see has its entry; the page itself is built the first time it is shown or needed.
    m_pageFactory = new PageFactory(m_session, m_profile, m_pages, m_detail, this);
    const QHash<QString, QString> titles{{QStringLiteral("dashboard"), tr("Dashboard")},
                                         {QStringLiteral("applications"), tr("Applications")},
                                         {QStringLiteral("parents"), tr("Parents")},
                                         {QStringLiteral("emergency"), tr("Emergency list")},
                                         {QStringLiteral("free-places"), tr("Free places & allocation")},
                                         {QStringLiteral("locations"), tr("Locations & info sheets")},
                                         {QStringLiteral("messages"), tr("Messages")},
                                         {QStringLiteral("accounts"), tr("Accounts")},
                                         {QStringLiteral("audit"), tr("Audit")},
                                         {QStringLiteral("conflicts"), tr("Conflicts")}};
    for (const QString& name : RolePages::visible(m_session.account().role, viewNames()))
        m_rail->addEntry(name, titles.value(name), UiIcons::icon(name));
    // The call-backs due show from the start, not only after a sync that brought rows: one small count on the cache.
    updateRailCounts();
}

QStringList MainWindow::builtPages() const
{
    return m_pageFactory->builtNames();
}

void MainWindow::openRequestedView(const QString& name)
{
    if (showView(name))
        return;
    m_messages->showMessage(
        tr("That part of Opvangloket is not available for your role; ask a coordinator or an administrator."));
}

void MainWindow::buildShortcuts()
{
    auto* search = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(search, &QShortcut::activated, this, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this]() {
        if (ListPage* list = currentList())
            list->focusSearch();
    });
    const QStringList names = RolePages::visible(m_session.account().role, viewNames());
    for (int i = 0; i < names.size(); ++i) {
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth part, as the digits sit on the keyboard and the parts down the
        // rail: the digit follows what this person sees.
        const Qt::Key digit = i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0;
        auto* go = new QShortcut(QKeySequence(Qt::CTRL | digit), this);
        const QString name = names.at(i);
        connect(go, &QShortcut::activated, this, [this, name]() { showView(name); });
    }
}

bool MainWindow::showView(const QString& name)
{
    if (!m_rail->names().contains(name))
        return false; // not a part, or not this role's
    QWidget* page = m_pageFactory->page(name);
    if (!page)
        return false;
    m_pages->setCurrentWidget(page);
    // The record panel belongs beside the lists of families. The other pages have no family to show or need the
    // width: the conflicts view shows its record field by field, a free place belongs to a location, the dashboard
    // and the audit log need their columns (a record clicked in the log brings the panel back), and the locations
    // and accounts pages have their own editors.
    static const QStringList withRecord{QStringLiteral("applications"), QStringLiteral("parents"),
                                        QStringLiteral("messages"), QStringLiteral("emergency")};
    m_detail->setVisible(withRecord.contains(name));
    if (m_rail->currentName() != name)
        m_rail->selectName(name);
    return true;
}

void MainWindow::selectFirstRecord()
{
    if (auto* conflicts = qobject_cast<ConflictsView*>(m_pages->currentWidget())) {
        conflicts->selectFirst();
        return;
    }
    ListPage* list = currentList();
    if (list && list->model()->rowCount() > 0)
        list->table()->selectRow(0);
}

void MainWindow::showSearch(const QString& text)
{
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->setText(text);
    m_searchBox->searchNow();
    m_searchBox->popup()->moveSelection(1);
}

QString MainWindow::currentView() const
{
    return m_rail->currentName();
}

ListPage* MainWindow::currentList() const
{
    return qobject_cast<ListPage*>(m_pages->currentWidget());
}

void MainWindow::openRecord(const QString& table, const QString& id)
{
    // Parents open on the parents' page, applications (and children, via theirs) on the applications' page; a
    // location opens beside whatever page shows (its own page comes with the locations' administration).
    if (table == QLatin1String("locations")) {
        m_detail->setVisible(true);
        m_detail->showRecord(table, id);
        return;
    }
    showView(table == QLatin1String("parents") ? QStringLiteral("parents") : QStringLiteral("applications"));
    markInList(id);
    m_detail->showRecord(table, id);
}

void MainWindow::markInList(const QString& id)
{
    // The list marks the record when it is among the rows loaded so far; otherwise nothing stays marked, so
    // the list never points at another record than the detail panel shows.
    ListPage* list = currentList();
    if (!list)
        return;
    QItemSelectionModel* selection = list->table()->selectionModel();
    const QSignalBlocker block(selection);
    const int row = list->model()->rowOf(id);
    if (row < 0) {
        selection->clear();
        list->table()->viewport()->update();
        return;
    }
    const QModelIndex index = list->model()->index(row, 0);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list->table()->scrollTo(index);
}

void MainWindow::syncNow()
{
    if (m_session.isCacheDamaged()) {
        showSessionWarning(); // the notice says why; a sync would write on into the damaged file
        return;
    }
    m_session.sync().start();
}

void MainWindow::onSyncFinished(bool ok, const QString& error)
{
    if (!ok)
        qCInfo(lcUi) << "sync round failed; the window keeps showing the cache";
    // Most rounds (a poke for another region, the periodic poll) bring nothing: re-reading three lists of
    // up to 100,000 rows and the detail's history each time would be work done for nothing.
    if (m_session.sync().roundChangedData()) {
        m_pageFactory->refreshAfterSync(); // the pages built so far; the others read the cache when built
        updateRailCounts();
        m_detail->refresh();
    }
    m_status->syncFinished(ok, error);
    if (m_session.isCacheDamaged() || !m_session.keychainWarning().isEmpty() || !m_session.tlsWarning().isEmpty())
        showSessionWarning();
    emit syncApplied(ok);
}

void MainWindow::connectDetail()
{
    m_detail->setAccount(m_session.account());
    m_detail->setHistorySource([this](const QString& table, const QString& id, DetailPanel::HistoryReply done) {
        m_session.api().history(table, id, std::move(done));
    });
    m_detail->setOnline(m_session.isOnline());
    connect(&m_session, &ClientSession::onlineChanged, m_detail, &DetailPanel::setOnline);
    connect(&m_session, &ClientSession::accountChanged, this, [this]() { m_detail->setAccount(m_session.account()); });
    // An action in the panel queued a change: shown and sent like a conflict decision.
    connect(m_detail, &DetailPanel::changed, this, &MainWindow::onLocalEdit);
    connect(m_detail, &DetailPanel::emergencyEntryRequested, this, &MainWindow::showEmergencyEntry);
}

void MainWindow::connectPages()
{
    connect(m_pageFactory, &PageFactory::viewRequested, this, &MainWindow::showView);
    connect(m_pageFactory, &PageFactory::localEdit, this, &MainWindow::onLocalEdit);
    connect(m_pageFactory, &PageFactory::offerRequested, this, &MainWindow::offerPlace);
    connect(m_pageFactory, &PageFactory::allocationRequested, this, &MainWindow::openAllocation);
    connect(m_pageFactory, &PageFactory::rulesRequested, this, [this]() { openRules(QString()); });
    connect(m_pageFactory, &PageFactory::anonymisationRequested, this, &MainWindow::openAnonymisation);
    connect(this, &MainWindow::syncApplied, m_pageFactory, &PageFactory::syncApplied);
    // Exports and printouts are made from the cache; the server learns of them from here (docs/PROTOCOL.md "Audit").
    m_exports = new ExportReporter(m_session.cache(), m_session.api(), this);
    connect(m_pageFactory, &PageFactory::exported, this,
            [this](const QString& table, qint64 rows, const QString& format) {
                m_exports->report(table, rows, format, m_session.isOnline());
            });
    // Reports made offline go once the server answers again.
    connect(this, &MainWindow::syncApplied, m_exports, [this](bool ok) {
        if (ok)
            m_exports->flush();
    });
}

OfferDialog* MainWindow::offerPlace(const QString& freePlaceId)
{
    auto* dialog = new OfferDialog(m_session.cache(), OfferDialog::From::Place, freePlaceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::onLocalEdit);
    dialog->open();
    return dialog;
}

AllocationDialog* MainWindow::openAllocation()
{
    auto* dialog =
        new AllocationDialog(m_session.cache(), m_session.api(), m_session.account(), m_session.isOnline(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The offers a confirmation wrote are on the server: a pull brings them, with the places and applications.
    connect(dialog, &AllocationDialog::confirmed, this, &MainWindow::onLocalEdit);
    connect(dialog, &AllocationDialog::rulesRequested, this, &MainWindow::openRules);
    connect(dialog, &AllocationDialog::emergencyEntryAdded, this, &MainWindow::onLocalEdit);
    dialog->open();
    return dialog;
}

RuleSetDialog* MainWindow::openRules(const QString& regionId)
{
    const QStringList regions = m_session.account().regionIds;
    auto* dialog = new RuleSetDialog(m_session.cache(), m_session.account(),
                                     regionId.isEmpty() && !regions.isEmpty() ? regions.first() : regionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RuleSetDialog::ruleSetChosen, this, &MainWindow::onLocalEdit);
    dialog->open();
    return dialog;
}

void MainWindow::refreshLists()
{
    for (ListPage* list : m_pageFactory->builtLists())
        list->refresh(); // a list not built yet reads the cache when it is
    updateRailCounts();
}

void MainWindow::updateRailCounts()
{
    // The emergency page's own count when it is built (its day can be set); the cache's otherwise.
    const auto* emergency = qobject_cast<EmergencyView*>(m_pageFactory->built(QStringLiteral("emergency")));
    const EmergencyListQuery::DueCounts due =
        emergency ? emergency->entries()->dueCounts() : EmergencyListQuery(m_session.cache()).dueCounts();
    m_rail->setCount(QStringLiteral("emergency"), due.overdue + due.today,
                     tr("Families to call back today or earlier"));
}

void MainWindow::showEmergencyEntry(const QString& entryId)
{
    const QString applicationId = m_detail->recordId();
    const QString table = m_detail->table();
    showView(QStringLiteral("emergency"));
    markInList(entryId);
    m_detail->showRecord(table, applicationId); // the list's selection must not take the panel elsewhere
}

void MainWindow::onLocalEdit()
{
    // Every local edit (a conflict decided, an action in the detail panel, a message queued, an application
    // filed) rewrote a record and queued a change: the lists and counts show it at once, and the scheduler sends it
    // right away rather than at the next poke (a burst of edits makes one round).
    refreshLists();
    m_detail->refresh();
    m_status->refresh();
    if (m_session.isOnline())
        m_session.scheduler().requestSync();
}

ApplicationWizard* MainWindow::newApplication()
{
    auto* wizard = new ApplicationWizard(m_session.cache(), m_session.account(), m_profile.dir(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ApplicationWizard::applicationFiled, this, &MainWindow::showFiledApplication);
    wizard->open();
    return wizard;
}

void MainWindow::showFiledApplication(const QString& applicationId)
{
    showView(QStringLiteral("applications"));
    onLocalEdit(); // the same follow-up as any local change: lists, counts, and a sync when online
    m_detail->showRecord(QStringLiteral("applications"), applicationId);
}

void MainWindow::restoreLayout()
{
    QSettings& settings = m_profile.settings();
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 860);
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({m_rail->width(), 980, 300});
}

void MainWindow::saveLayout()
{
    QSettings& settings = m_profile.settings();
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

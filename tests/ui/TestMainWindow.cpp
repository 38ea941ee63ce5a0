#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "NavigationRail.h"
#include "PageFactory.h"
#include "RolePages.h"
#include "StatusBarWidget.h"
#include "TestChanges.h"
#include "UiTestData.h"
#include "applications/ApplicationsView.h"
#include "common/MessageBar.h"
#include "common/UiLanguage.h"
#include "detail/DetailPanel.h"
#include "domain/Uuid.h"
#include "emergency/EmergencyView.h"
#include "lists/ListModel.h"
#include "parents/ParentsView.h"
#include "places/FreePlacesView.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/write/PullApplier.h"
#include "sync/ClientSession.h"
#include "sync/SyncEngine.h"
#include "sync/SyncScheduler.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The main window over a session opened offline from a prepared cache, as on a laptop without network.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnApplicationsFromTheCache();
    void pagesAreBuiltWhenFirstShown();
    void railCountsCallBacksFromTheStart();
    void statusBarSaysOffline();
    void detailShowsPreferencesAsLocationNames();
    void detailShowsParentWithChildrenAndApplications();
    void globalSearchOpensWhatItFinds();
    void unbuiltPartsSaySoPlainly();
    void failedSyncKeepsTheWindowUsable();
    void damagedCacheFoundAfterOpeningIsToldPlainly();
    void remembersGeometry();
    void remembersListFiltersAndColumns();
    // Last: it leaves other languages' translators installed.
    void fitsALaptopScreenInEveryLanguage();

private:
    QTemporaryDir m_dir;
    const QUrl m_server = MainWindowFixture::offlineServer();
    UiTestData m_data;
    MainWindowFixture m_app;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MainWindowFixture::useEnglish();
    QString error;
    QVERIFY2(m_data.writeProfileCache(m_dir.path(), m_server, &error), qPrintable(error));
}

void TestMainWindow::init()
{
    QString error;
    QVERIFY2(m_app.openOffline(m_dir.path(), m_data.username, &error), qPrintable(error));
    m_app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app.window()));
}

void TestMainWindow::cleanup()
{
    m_app.close();
}

void TestMainWindow::opensOnApplicationsFromTheCache()
{
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("applications"));
    QCOMPARE(m_app.window()->windowTitle(), QStringLiteral("Opvangloket — Lotte Van Damme"));
    ListModel* model = m_app.window()->pages().applications()->model();
    QCOMPARE(model->totalCount(), UiTestData::kFamilies);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(m_app.window()->pages().applications()->isVisible());
    QVERIFY(m_app.window()->detailPanel()->isVisible());
    QVERIFY(m_app.window()->messageBar()->text().isEmpty()); // no keychain was asked for offline
}

// Issue 17: only the page in view is built at start; the rail still offers every page of the role, and a page opened
// from the keyboard is built then, reads the cache and shows its records in the detail panel.
void TestMainWindow::pagesAreBuiltWhenFirstShown()
{
    MainWindow* window = m_app.window();
    QCOMPARE(window->builtPages(), QStringList{QStringLiteral("applications")});
    QVERIFY(window->findChildren<ParentsView*>().isEmpty());
    const QStringList visible = RolePages::visible(m_app.session().account().role, MainWindow::viewNames());
    QCOMPARE(window->rail()->names(), visible);
    QVERIFY(visible.contains(QStringLiteral("parents")));
    const int digit = int(visible.indexOf(QStringLiteral("parents"))) + 1; // Ctrl+digit follows the rail
    QTest::keyClick(window, Qt::Key(Qt::Key_0 + digit), Qt::ControlModifier);
    QCOMPARE(window->currentView(), QStringLiteral("parents"));
    QCOMPARE(window->findChildren<ParentsView*>().size(), 1);
    ParentsView* parents = window->findChildren<ParentsView*>().first();
    QVERIFY(parents->isVisible());
    QVERIFY(parents->model()->totalCount() > 0);
    parents->table()->setFocus();
    parents->table()->selectRow(0);
    QCOMPARE(window->detailPanel()->table(), QStringLiteral("parents"));
    QCOMPARE(window->detailPanel()->recordId(), parents->model()->idAt(0));
    QCOMPARE(window->builtPages().size(), 2);
}

// A restart with nothing new to sync still shows how many families are to be called back (the count came only after a
// sync that brought rows before).
void TestMainWindow::railCountsCallBacksFromTheStart()
{
    QTemporaryDir dir;
    UiTestData data;
    QString error;
    QVERIFY2(data.writeProfileCache(dir.path(), m_server, &error), qPrintable(error));
    {
        LocalCache cache;
        QCOMPARE(cache.open(MainWindowFixture::offlineCachePath(dir.path(), data.username)),
                 LocalCache::OpenStatus::Ok);
        const TestChanges rows(QStringLiteral("antwerpen"));
        Protocol::PullPage page;
        page.cursor = QStringLiteral("after-entries");
        page.epoch = QStringLiteral("e");
        for (int daysAgo : {0, 3})
            page.changes.append(rows.upsert(
                QStringLiteral("emergency_entries"), Uuid::v7(),
                {{QStringLiteral("application_id"), data.celikApplicationId},
                 {QStringLiteral("parent_id"), data.celikParentId},
                 {QStringLiteral("urgency"), 1},
                 {QStringLiteral("reason"), QStringLiteral("medical")},
                 {QStringLiteral("status"), QStringLiteral("open")},
                 {QStringLiteral("follow_up_on"), QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate)}}));
        QVERIFY2(PullApplier(cache).apply(page, &error), qPrintable(error));
    }
    MainWindowFixture app;
    QVERIFY2(app.openOffline(dir.path(), data.username, &error), qPrintable(error));
    QVERIFY(!app.window()->builtPages().contains(QStringLiteral("emergency")));
    QCOMPARE(app.window()->rail()->shownCount(QStringLiteral("emergency")), 2);
}

void TestMainWindow::statusBarSaysOffline()
{
    const QString text = m_app.window()->statusBarWidget()->text();
    QVERIFY2(text.contains(QStringLiteral("Offline — data as of")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Pending changes: 0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Conflicts: 0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Lotte Van Damme · Antwerpen")), qPrintable(text));
    QVERIFY(!m_app.window()->statusBarWidget()->isOnline());
    // Synced on another day: the day shows, so last week's copy does not look current.
    QVERIFY(m_app.session().cache().setState(QStringLiteral("last_sync_at"), QStringLiteral("2026-11-30T13:37:00Z")));
    m_app.window()->statusBarWidget()->refresh();
    const QString old = m_app.window()->statusBarWidget()->text();
    QVERIFY2(old.contains(QStringLiteral("Offline — data as of 30-11-2026 ")), qPrintable(old));
    QVERIFY2(old.contains(QStringLiteral("Last sync: 30-11-2026 ")), qPrintable(old));
}

void TestMainWindow::detailShowsPreferencesAsLocationNames()
{
    QTableView* table = m_app.window()->pages().applications()->table();
    table->setFocus();
    table->selectRow(0);
    DetailPanel* detail = m_app.window()->detailPanel();
    QCOMPARE(detail->recordId(), m_data.celikApplicationId);
    const QString text = detail->plainText();
    QVERIFY2(text.contains(QStringLiteral("ANT-2026-000001")), qPrintable(text));
    const qsizetype first = text.indexOf(m_data.locationNames.at(0));
    const qsizetype second = text.indexOf(m_data.locationNames.at(1));
    QVERIFY2(first >= 0 && second > first, qPrintable(text)); // in the parent's order
    QVERIFY(text.contains(QStringLiteral("Antwerpen")));
    QVERIFY(!text.contains(m_data.celikParentId)); // names, never raw ids
    QVERIFY2(text.contains(QStringLiteral("Mon full, Tue half, Thu full")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Single parent")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0470 12 34 56")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The application has been received")) ||
                 text.contains(QStringLiteral("Submitted")),
             qPrintable(text));
}

void TestMainWindow::detailShowsParentWithChildrenAndApplications()
{
    QVERIFY(m_app.window()->showView(QStringLiteral("parents")));
    ParentsView* parents = m_app.window()->pages().parents();
    while (parents->model()->rowOf(m_data.celikParentId) < 0 && parents->model()->canFetchMore(QModelIndex()))
        parents->model()->fetchMore(QModelIndex());
    const int row = parents->model()->rowOf(m_data.celikParentId);
    QVERIFY(row >= 0);
    parents->table()->selectRow(row);
    const QString text = m_app.window()->detailPanel()->plainText();
    QVERIFY2(text.contains(QStringLiteral("Ayşe Çelik")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("85.07.30-033.28")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Noor Çelik")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("expected 01-01-2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ANT-2026-000001")), qPrintable(text));
}

void TestMainWindow::globalSearchOpensWhatItFinds()
{
    // Ctrl+K searches everything (tests/ui/TestGlobalSearchPopup has the details); the lists keep their own
    // filters.
    m_app.window()->showView(QStringLiteral("dashboard"));
    QTest::keyClick(m_app.window(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_app.window()->globalSearch()->hasFocus());
    QTest::keyClicks(m_app.window()->globalSearch(), QStringLiteral("0470 12 34 56"));
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Return);
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("parents"));
    QCOMPARE(m_app.window()->detailPanel()->recordId(), m_data.celikParentId);
    QCOMPARE(m_app.window()->pages().applications()->model()->totalCount(), UiTestData::kFamilies); // no list filtered
}

void TestMainWindow::unbuiltPartsSaySoPlainly()
{
    QVERIFY(m_app.window()->showView(QStringLiteral("dashboard")));
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("dashboard"));
    QVERIFY(!m_app.window()->showView(QStringLiteral("nonsense")));
    // The emergency list and the free places are built: their pages show, not a placeholder.
    QVERIFY(m_app.window()->showView(QStringLiteral("emergency")));
    QVERIFY(m_app.window()->pages().emergency()->isVisible());
    QVERIFY(m_app.window()->showView(QStringLiteral("free-places")));
    QVERIFY(m_app.window()->pages().freePlaces()->isVisible());
    QVERIFY(!m_app.window()->detailPanel()->isVisible()); // a place has no family to show
    QCOMPARE(MainWindow::viewNames().size(), 10);
}

void TestMainWindow::failedSyncKeepsTheWindowUsable()
{
    QSignalSpy applied(m_app.window(), &MainWindow::syncApplied);
    QTest::keyClick(m_app.window(), Qt::Key_F5);
    QVERIFY(applied.wait(20000));
    QCOMPARE(applied.first().first().toBool(), false);
    QVERIFY(!m_app.window()->statusBarWidget()->isOnline());
    QVERIFY(m_app.window()->statusBarWidget()->text().contains(QStringLiteral("Offline — data as of")));
    QCOMPARE(m_app.window()->pages().applications()->model()->totalCount(), UiTestData::kFamilies);
}

// The desktop client checks its cache in the background: damage found after the window is up is told in the
// window, background sync stops, and the next start repairs the file.
void TestMainWindow::damagedCacheFoundAfterOpeningIsToldPlainly()
{
    QTemporaryDir dir;
    ClientProfile profile(dir.path());
    profile.setCheckCachesInBackground(true);
    const QString path = profile.cachePath(m_server, m_data.username);
    QString error;
    QVERIFY2(m_data.writeCache(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    for (qint64 offset = size / 2 / 4096 * 4096; offset < size - 4096; offset += 4096 * 3) {
        file.seek(offset + 100); // the second half only: the schema stays readable, the file opens
        file.write(QByteArray(600, '\xA5'));
    }
    file.close();
    ClientSession session(profile, m_server);
    QSignalSpy damaged(&session, &ClientSession::cacheDamaged);
    QVERIFY2(session.openOffline(m_data.username, &error), qPrintable(error));
    MainWindow window(session, profile);
    window.show();
    QVERIFY(damaged.wait(10000));
    QVERIFY(session.isCacheDamaged());
    QVERIFY(!session.scheduler().isRunning());
    MessageBar* bar = window.findChild<MessageBar*>();
    QVERIFY(bar);
    QVERIFY2(bar->text().contains(QStringLiteral("damaged")), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QStringLiteral("start it again")));
    QVERIFY2(window.statusBarWidget()->text().contains(QStringLiteral("Sync stopped")),
             qPrintable(window.statusBarWidget()->text()));
    // Neither a later start of background sync nor F5 writes into the damaged file.
    session.startBackgroundSync();
    QVERIFY(!session.scheduler().isRunning());
    QSignalSpy started(&session.sync(), &SyncEngine::started);
    bar->hide();
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(started.count(), 0);
    QVERIFY(bar->text().contains(QStringLiteral("damaged"))); // told again
}

void TestMainWindow::remembersGeometry()
{
    m_app.window()->resize(1300, 760);
    m_app.window()->close();
    QVERIFY(m_app.profile().settings().contains(QStringLiteral("mainWindow/geometry")));
    MainWindow again(m_app.session(), m_app.profile());
    QCOMPARE(again.size(), QSize(1300, 760));
}

// Filters, saved filters and hidden columns come back in a new window over a new profile object.
void TestMainWindow::remembersListFiltersAndColumns()
{
    ApplicationsView* list = m_app.window()->pages().applications();
    QComboBox* municipality = list->filterBar()->municipalityBox();
    municipality->setCurrentIndex(municipality->findData(QStringLiteral("Edegem")));
    const int edegem = list->model()->totalCount();
    QVERIFY(edegem > 0 && edegem < UiTestData::kFamilies);
    list->saveFilterAs(QStringLiteral("Edegem"));
    list->setColumnShown(QStringLiteral("channel"), false);
    m_app.window()->close();
    cleanup();
    init();
    list = m_app.window()->pages().applications();
    QCOMPARE(list->model()->totalCount(), edegem);
    QCOMPARE(list->savedFilters()->currentText(), QStringLiteral("Edegem"));
    QVERIFY(list->table()->horizontalHeader()->isSectionHidden(list->model()->columnOf(QStringLiteral("channel"))));
    // Back to how the other tests expect the profile.
    list->clearFilters();
    list->deleteSavedFilter(QStringLiteral("Edegem"));
    list->setColumnShown(QStringLiteral("channel"), true);
    QCOMPARE(list->model()->totalCount(), UiTestData::kFamilies);
}

QTEST_MAIN(TestMainWindow)
// Counter laptops often have 1366 pixels across: the window's smallest width (rail, every list page of the
// stack, detail panel) must fit that in each language, or parts of it are off the screen.
void TestMainWindow::fitsALaptopScreenInEveryLanguage()
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr")}) {
        UiLanguage::set(language);
        UiLanguage::installTranslators(*QCoreApplication::instance());
        MainWindow window(m_app.session(), m_app.profile());
        window.show();
        QVERIFY2(window.minimumSizeHint().width() <= 1366,
                 qPrintable(QStringLiteral("%1: %2 pixels").arg(language).arg(window.minimumSizeHint().width())));
        qInfo() << language << "needs" << window.minimumSizeHint().width() << "pixels";
    }
}

#include "TestMainWindow.moc"

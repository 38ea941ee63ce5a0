#include "MainWindow.h"
#include "StatusBarWidget.h"
#include "UiTestData.h"
#include "applications/ApplicationsView.h"
#include "common/MessageBar.h"
#include "common/UiLanguage.h"
#include "detail/DetailPanel.h"
#include "lists/ListModel.h"
#include "parents/ParentsView.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
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
    // Nothing listens on port 9 of loopback: every request fails at once, like a cable pulled out.
    const QUrl m_server{QStringLiteral("http://127.0.0.1:9")};
    UiTestData m_data;
    std::unique_ptr<ClientProfile> m_profile;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    UiLanguage::set(QStringLiteral("en"));
    UiLanguage::installTranslators(*QCoreApplication::instance());
    ClientProfile profile(m_dir.path());
    QString error;
    QVERIFY2(m_data.writeCache(profile.cachePath(m_server, m_data.username), &error), qPrintable(error));
}

void TestMainWindow::init()
{
    m_profile = std::make_unique<ClientProfile>(m_dir.path());
    m_session = std::make_unique<ClientSession>(*m_profile, m_server);
    QString error;
    QVERIFY2(m_session->openOffline(m_data.username, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_session, *m_profile);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_profile.reset();
}

void TestMainWindow::opensOnApplicationsFromTheCache()
{
    QCOMPARE(m_window->currentView(), QStringLiteral("applications"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Opvangloket — Lotte Van Damme"));
    ListModel* model = m_window->applicationsView()->model();
    QCOMPARE(model->totalCount(), UiTestData::kFamilies);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(m_window->applicationsView()->isVisible());
    QVERIFY(m_window->detailPanel()->isVisible());
    QVERIFY(m_window->messageBar()->text().isEmpty()); // no keychain was asked for offline
}

void TestMainWindow::statusBarSaysOffline()
{
    const QString text = m_window->statusBarWidget()->text();
    QVERIFY2(text.contains(QStringLiteral("Offline — data as of")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Pending changes: 0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Conflicts: 0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Lotte Van Damme · Antwerpen")), qPrintable(text));
    QVERIFY(!m_window->statusBarWidget()->isOnline());
}

void TestMainWindow::detailShowsPreferencesAsLocationNames()
{
    QTableView* table = m_window->applicationsView()->table();
    table->setFocus();
    table->selectRow(0);
    DetailPanel* detail = m_window->detailPanel();
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
    QVERIFY(m_window->showView(QStringLiteral("parents")));
    ParentsView* parents = m_window->parentsView();
    while (parents->model()->rowOf(m_data.celikParentId) < 0 && parents->model()->canFetchMore(QModelIndex()))
        parents->model()->fetchMore(QModelIndex());
    const int row = parents->model()->rowOf(m_data.celikParentId);
    QVERIFY(row >= 0);
    parents->table()->selectRow(row);
    const QString text = m_window->detailPanel()->plainText();
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
    m_window->showView(QStringLiteral("dashboard"));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_window->globalSearch()->hasFocus());
    QTest::keyClicks(m_window->globalSearch(), QStringLiteral("0470 12 34 56"));
    QTest::keyClick(m_window->globalSearch(), Qt::Key_Return);
    QCOMPARE(m_window->currentView(), QStringLiteral("parents"));
    QCOMPARE(m_window->detailPanel()->recordId(), m_data.celikParentId);
    QCOMPARE(m_window->applicationsView()->model()->totalCount(), UiTestData::kFamilies); // no list filtered
}

void TestMainWindow::unbuiltPartsSaySoPlainly()
{
    QVERIFY(m_window->showView(QStringLiteral("emergency")));
    QCOMPARE(m_window->currentView(), QStringLiteral("emergency"));
    QVERIFY(!m_window->showView(QStringLiteral("nonsense")));
    QCOMPARE(MainWindow::viewNames().size(), 10);
}

void TestMainWindow::failedSyncKeepsTheWindowUsable()
{
    QSignalSpy applied(m_window.get(), &MainWindow::syncApplied);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(applied.wait(20000));
    QCOMPARE(applied.first().first().toBool(), false);
    QVERIFY(!m_window->statusBarWidget()->isOnline());
    QVERIFY(m_window->statusBarWidget()->text().contains(QStringLiteral("Offline — data as of")));
    QCOMPARE(m_window->applicationsView()->model()->totalCount(), UiTestData::kFamilies);
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
    m_window->resize(1300, 760);
    m_window->close();
    QVERIFY(m_profile->settings().contains(QStringLiteral("mainWindow/geometry")));
    MainWindow again(*m_session, *m_profile);
    QCOMPARE(again.size(), QSize(1300, 760));
}

// Filters, saved filters and hidden columns come back in a new window over a new profile object.
void TestMainWindow::remembersListFiltersAndColumns()
{
    ApplicationsView* list = m_window->applicationsView();
    QComboBox* municipality = list->filterBar()->municipalityBox();
    municipality->setCurrentIndex(municipality->findData(QStringLiteral("Edegem")));
    const int edegem = list->model()->totalCount();
    QVERIFY(edegem > 0 && edegem < UiTestData::kFamilies);
    list->saveFilterAs(QStringLiteral("Edegem"));
    list->setColumnShown(QStringLiteral("channel"), false);
    m_window->close();
    cleanup();
    init();
    list = m_window->applicationsView();
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
        MainWindow window(*m_session, *m_profile);
        window.show();
        QVERIFY2(window.minimumSizeHint().width() <= 1366,
                 qPrintable(QStringLiteral("%1: %2 pixels").arg(language).arg(window.minimumSizeHint().width())));
        qInfo() << language << "needs" << window.minimumSizeHint().width() << "pixels";
    }
}

#include "TestMainWindow.moc"

// The main window signed in against the real server (in-process, loopback) with the demo data: the first
// sync fills the cache in the background, the lists show what the server lets this account see, and a
// phone number typed the way a parent says it finds the parent.
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PageFactory.h"
#include "StatusBarWidget.h"
#include "TestServer.h"
#include "applications/ApplicationsView.h"
#include "common/UiLanguage.h"
#include "lists/ListModel.h"
#include "parents/ParentsView.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "sync/ClientSession.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestDemoWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstSyncFillsTheLists();
    void searchFindsParentByPhone();
    void statusBarSaysOnline();

private:
    TestServer m_server{TestServer::Demo};
    QTemporaryDir m_dir;
    MainWindowFixture m_app;
    std::unique_ptr<QAbstractItemModelTester> m_applicationsTester;
    std::unique_ptr<QAbstractItemModelTester> m_parentsTester;
};

void TestDemoWindow::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    UiLanguage::set(QStringLiteral("en"));
    QString error;
    QVERIFY2(m_app.signIn(m_dir.path(), QUrl(m_server.baseUrl()), QStringLiteral("loket.mechelen"), &error),
             qPrintable(error));
    // The testers watch the models for the whole test, through the sync's reset and every fetch.
    m_applicationsTester = std::make_unique<QAbstractItemModelTester>(
        m_app.window()->pages().applications()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_parentsTester = std::make_unique<QAbstractItemModelTester>(m_app.window()->pages().parents()->model(),
                                                                 QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app.window()));
    QCOMPARE(m_app.window()->pages().applications()->model()->totalCount(), 0); // nothing cached yet
    QSignalSpy applied(m_app.window(), &MainWindow::syncApplied);
    m_app.session().sync().start();
    QVERIFY(applied.wait(60000));
    QCOMPARE(applied.first().first().toBool(), true);
}

void TestDemoWindow::cleanupTestCase()
{
    m_applicationsTester.reset();
    m_parentsTester.reset();
    m_app.close();
}

void TestDemoWindow::firstSyncFillsTheLists()
{
    const QMap<QString, int> cached = RecordQuery(m_app.session().cache()).rowCounts();
    QVERIFY(cached.value(QStringLiteral("applications")) > 100);
    ListModel* applications = m_app.window()->pages().applications()->model();
    QCOMPARE(applications->totalCount(), cached.value(QStringLiteral("applications")));
    QVERIFY(applications->rowCount() > 0);
    // A list that is not on screen has not read the cache; it does when the person opens it.
    QCOMPARE(m_app.window()->pages().parents()->model()->totalCount(), 0);
    QVERIFY(m_app.window()->showView(QStringLiteral("parents")));
    QCOMPARE(m_app.window()->pages().parents()->model()->totalCount(), cached.value(QStringLiteral("parents")));
    QVERIFY(m_app.window()->showView(QStringLiteral("applications")));
    // Every number shown is a Mechelen number: the server never sent another region.
    while (applications->canFetchMore(QModelIndex()))
        applications->fetchMore(QModelIndex());
    QCOMPARE(applications->rowCount(), applications->totalCount());
    for (int row = 0; row < applications->rowCount(); ++row)
        QVERIFY(applications->index(row, 0).data().toString().startsWith(QStringLiteral("MEC-")));
}

void TestDemoWindow::searchFindsParentByPhone()
{
    QSqlQuery q(m_app.session().cache().database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, phone FROM parents WHERE phone LIKE '+324%' ORDER BY id LIMIT 1")));
    QVERIFY(q.next());
    const QString id = q.value(0).toString();
    const QString e164 = q.value(1).toString(); // +32471234567
    // Typed as a parent reads it out: 0471 23 45 67.
    const QString national = QStringLiteral("0") + e164.mid(3, 3) + QLatin1Char(' ') + e164.mid(6, 2) +
                             QLatin1Char(' ') + e164.mid(8, 2) + QLatin1Char(' ') + e164.mid(10);
    QVERIFY(m_app.window()->showView(QStringLiteral("parents")));
    ParentsView* parents = m_app.window()->pages().parents();
    parents->searchField()->clear();
    QTest::keyClicks(parents->searchField(), national);
    // Until the search has run, the whole list is shown, which may hold the parent already: wait for the narrow list.
    QTRY_VERIFY(parents->model()->totalCount() < 5);
    QVERIFY(parents->model()->rowOf(id) >= 0);
    QVERIFY(parents->model()->totalCount() >= 1);
}

void TestDemoWindow::statusBarSaysOnline()
{
    QVERIFY(m_app.window()->statusBarWidget()->isOnline());
    const QString text = m_app.window()->statusBarWidget()->text();
    QVERIFY2(text.contains(QStringLiteral("Online")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Pending changes: 0")), qPrintable(text));
}

QTEST_MAIN(TestDemoWindow)
#include "TestDemoWindow.moc"

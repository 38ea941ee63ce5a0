#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "NavigationRail.h"
#include "PageFactory.h"
#include "RolePages.h"
#include "TestServer.h"
#include "audit/AuditView.h"
#include "common/MessageBar.h"
#include "common/UiLanguage.h"
#include "privacy/AnonymisationDialog.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

// The rail shows each role the parts it uses and nothing else: a referrer has no emergency list, no places and no
// messages to keep; only coordinators and admins manage accounts and read the audit log. Signed in for real, one
// demo account per role, so the role comes from the server as it will at a counter.
class TestRolePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachRoleSeesItsParts_data();
    void eachRoleSeesItsParts();
    void aPartNotForTheRoleIsSaidPlainly();
    void anAdminOpensAnonymisationFromTheAuditPage();

private:
    TestServer m_server{TestServer::Demo};
};

void TestRolePages::initTestCase()
{
    UiLanguage::set(QStringLiteral("en"));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestRolePages::eachRoleSeesItsParts_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QStringList>("expected");
    const QString a = QStringLiteral("applications"), p = QStringLiteral("parents"), l = QStringLiteral("locations"),
                  c = QStringLiteral("conflicts");
    QTest::newRow("admin") << QStringLiteral("admin") << MainWindow::viewNames();
    QTest::newRow("coordinator") << QStringLiteral("regie.antwerpen") << MainWindow::viewNames();
    QTest::newRow("counter")
        << QStringLiteral("loket.antwerpen")
        << QStringList{QStringLiteral("dashboard"), a, p, QStringLiteral("emergency"), QStringLiteral("free-places"), l,
                       QStringLiteral("messages"),  c};
    QTest::newRow("referrer") << QStringLiteral("toeleider.antwerpen") << QStringList{a, p, l, c};
}

void TestRolePages::eachRoleSeesItsParts()
{
    QFETCH(QString, username);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    MainWindowFixture app;
    QString error;
    QVERIFY2(app.signIn(dir.path(), QUrl(m_server.baseUrl()), username, &error), qPrintable(error));
    QCOMPARE(app.window()->rail()->names(), expected);
    for (const QString& name : MainWindow::viewNames())
        QCOMPARE(app.window()->showView(name), expected.contains(name));
    // Ctrl+2 follows the rail this person sees: the second entry, whatever it is.
    app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    QTest::keyClick(app.window(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(app.window()->currentView(), expected.at(1));
    QTest::keyClick(app.window(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(app.window()->currentView(), expected.at(3));
    app.close();
}

void TestRolePages::aPartNotForTheRoleIsSaidPlainly()
{
    QTemporaryDir dir;
    MainWindowFixture app;
    QString error;
    QVERIFY2(app.signIn(dir.path(), QUrl(m_server.baseUrl()), QStringLiteral("toeleider.antwerpen"), &error),
             qPrintable(error));
    app.window()->showView(QStringLiteral("applications"));
    app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    app.window()->openRequestedView(QStringLiteral("accounts"));
    QCOMPARE(app.window()->currentView(), QStringLiteral("applications"));
    const QString text = app.window()->messageBar()->text();
    QVERIFY2(text.contains(QStringLiteral("not available for your role")), qPrintable(text));
    QVERIFY(!RolePages::allows(QStringLiteral("referrer"), QStringLiteral("emergency")));
    QVERIFY(!RolePages::allows(QStringLiteral("counter"), QStringLiteral("audit")));
    QVERIFY(!RolePages::allows(QStringLiteral("nobody"), QStringLiteral("dashboard")));
    app.close();
}

void TestRolePages::anAdminOpensAnonymisationFromTheAuditPage()
{
    QTemporaryDir dir;
    MainWindowFixture app;
    QString error;
    QVERIFY2(app.signIn(dir.path(), QUrl(m_server.baseUrl()), QStringLiteral("admin"), &error), qPrintable(error));
    app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window()));
    QVERIFY(app.window()->showView(QStringLiteral("audit")));
    QPushButton* button = app.window()->pages().audit()->anonymisationButton();
    QVERIFY(button && button->isVisible());
    button->click();
    AnonymisationDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = app.window()->findChild<AnonymisationDialog*>()) && dialog->isVisible());
    dialog->close();
    app.close();
}

QTEST_MAIN(TestRolePages)
#include "TestRolePages.moc"

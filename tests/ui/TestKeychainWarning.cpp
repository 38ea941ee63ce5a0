#include "MainWindow.h"
#include "UiTestData.h"
#include "auth/CredentialStore.h"
#include "common/MessageBar.h"
#include "common/UiLanguage.h"
#include "store/cache/ClientProfile.h"
#include "sync/ClientSession.h"

#include <QTemporaryDir>
#include <QtTest>

// Without a keychain the client cannot remember a sign-in; the person must be told in the window itself,
// not in a log line (docs/ARCHITECTURE.md "The desktop client").
class TestKeychainWarning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingKeychainIsShownInTheWindow();

private:
    QTemporaryDir m_dir;
    const QUrl m_server{QStringLiteral("http://127.0.0.1:9")}; // nothing listens there
    UiTestData m_data;
};

void TestKeychainWarning::initTestCase()
{
    // No session bus means no Secret Service: this machine has no keychain, on purpose.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QVERIFY(m_dir.isValid());
    UiLanguage::set(QStringLiteral("en"));
    QString error;
    QVERIFY2(m_data.writeProfileCache(m_dir.path(), m_server, &error), qPrintable(error));
}

void TestKeychainWarning::missingKeychainIsShownInTheWindow()
{
    ClientProfile profile(m_dir.path());
    ClientSession session(profile, m_server);
    QString error;
    QCOMPARE(session.resume(m_data.username, &error), ClientSession::ResumeResult::NeedPassword);
    QCOMPARE(session.keychainWarning(), CredentialStore::noKeychainMessage());
    QVERIFY2(session.openOffline(m_data.username, &error), qPrintable(error));
    MainWindow window(session, profile);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->text(), CredentialStore::noKeychainMessage());
}

QTEST_MAIN(TestKeychainWarning)
#include "TestKeychainWarning.moc"

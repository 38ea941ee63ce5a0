#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "auth/CredentialStore.h"
#include "common/UiLanguage.h"
#include "signin/ChangePasswordDialog.h"
#include "signin/SignOutDialog.h"
#include "store/cache/AccountDataRemoval.h"
#include "store/cache/ClientProfile.h"
#include "store/records/ApplicationDraftStore.h"
#include "sync/ApiClient.h"
#include "sync/ClientSession.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

// The account menu. "Sign out…": the dialog never lets unsent changes go silently, the server stops the session at
// once, and removing the account's data takes this account's files from the PC and nothing else. "Change my
// password…": the rules show as the person types.
class TestAccountMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theDialogSaysWhatIsLost();
    void signOutRevokesTheSessionAndRemovesOnlyThisAccount();
    void signOutRemovesTheSavedSignIn();
    void passwordRulesShowAsOneTypes();
    void passwordChangedOnTheServer();

private:
    TestServer m_server{TestServer::Demo};
};

void TestAccountMenu::initTestCase()
{
    UiLanguage::set(QStringLiteral("en"));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestAccountMenu::theDialogSaysWhatIsLost()
{
    SignOutDialog nothingPending(QStringLiteral("Lotte Van Damme"), 0, true);
    QVERIFY(nothingPending.warning()->text().isEmpty());
    nothingPending.removeBox()->setChecked(true);
    QCOMPARE(nothingPending.signOutButton()->text(), QStringLiteral("Sign out"));

    SignOutDialog pending(QStringLiteral("Lotte Van Damme"), 3, false);
    QVERIFY(!pending.removeData()); // keeping the data is the default
    QVERIFY2(pending.warning()->text().contains(QStringLiteral("stay on this PC")),
             qPrintable(pending.warning()->text()));
    QCOMPARE(pending.signOutButton()->text(), QStringLiteral("Sign out"));
    pending.removeBox()->setChecked(true);
    QVERIFY2(pending.warning()->text().contains(QStringLiteral("will be lost")), qPrintable(pending.warning()->text()));
    QCOMPARE(pending.signOutButton()->text(), QStringLiteral("Sign out and lose 3 change(s)"));
}

void TestAccountMenu::signOutRevokesTheSessionAndRemovesOnlyThisAccount()
{
    QTemporaryDir dir;
    const QString user = QStringLiteral("loket.antwerpen");
    const QUrl server(m_server.baseUrl());
    QString cachePath, refreshToken;
    {
        MainWindowFixture app;
        QString error;
        QVERIFY2(app.signIn(dir.path(), server, user, &error), qPrintable(error));
        cachePath = app.profile().cachePath(server, user);
        refreshToken = app.session().api().refreshToken();
        QVERIFY(!refreshToken.isEmpty());
        QVERIFY(app.window()->signOutAction()->isEnabled());
        app.session().signOut();
        app.close();
    }
    // The session is over on the server: its refresh token no longer gives new tokens.
    TestHttp http(m_server.baseUrl());
    const HttpReply refreshed =
        http.post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refreshToken}});
    QCOMPARE(refreshed.status, 401);
    // This account's cache and its application being filed go; another account's cache stays.
    ClientProfile profile(dir.path());
    QVERIFY(QFile::exists(cachePath));
    ApplicationDraftStore drafts(dir.path(), user);
    QString saveError;
    QVERIFY2(drafts.save({{QStringLiteral("summary"), QStringLiteral("a draft")}}, &saveError), qPrintable(saveError));
    const QString draftPath = drafts.path();
    QVERIFY(QFile::exists(draftPath));
    QFile(cachePath + QStringLiteral("-wal")).open(QIODevice::WriteOnly);
    const QString other = profile.cachePath(server, QStringLiteral("regie.antwerpen"));
    QFile otherFile(other);
    QVERIFY(otherFile.open(QIODevice::WriteOnly));
    otherFile.close();
    int files = 0;
    QString error;
    QVERIFY2(AccountDataRemoval::remove(profile, server, user, &files, &error), qPrintable(error));
    QVERIFY(files >= 3);
    QVERIFY(!QFile::exists(cachePath));
    QVERIFY(!QFile::exists(cachePath + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(draftPath));
    QVERIFY(QFile::exists(other));
}

void TestAccountMenu::signOutRemovesTheSavedSignIn()
{
    // A real keychain (scripts/test runs a private D-Bus session with gnome-keyring).
    QTemporaryDir dir;
    ClientProfile profile(dir.path());
    const QUrl server(m_server.baseUrl());
    const QString user = QStringLiteral("regie.antwerpen");
    ClientSession session(profile, server);
    QString error;
    QVERIFY2(session.signIn(user, QStringLiteral("demo"), ClientSession::Keychain::Use, &error), qPrintable(error));
    CredentialStore keychain;
    const CredentialStore::Result saved = keychain.read(CredentialStore::keyFor(server.toString(), user));
    if (saved.noKeychain)
        QFAIL("no keychain in this session: run the test through scripts/test");
    QVERIFY(saved.ok && !saved.secret.isEmpty());
    session.signOut();
    const CredentialStore::Result after = keychain.read(CredentialStore::keyFor(server.toString(), user));
    QVERIFY(after.notFound || after.secret.isEmpty());
    // The next start finds nothing to resume with: it asks for the password.
    ClientSession next(profile, server);
    QCOMPARE(next.resume(user, &error), ClientSession::ResumeResult::NeedPassword);
}

void TestAccountMenu::passwordRulesShowAsOneTypes()
{
    ApiClient api(QUrl(m_server.baseUrl()));
    ChangePasswordDialog dialog(api, QStringLiteral("loket.antwerpen"));
    QVERIFY(!dialog.changeButton()->isEnabled());
    QTest::keyClicks(dialog.currentEdit(), QStringLiteral("demo"));
    QTest::keyClicks(dialog.newEdit(), QStringLiteral("kort"));
    QVERIFY(dialog.message()->text().contains(QStringLiteral("at least")));
    dialog.newEdit()->setText(QStringLiteral("LOKET.antwerpen"));
    QVERIFY(dialog.message()->text().contains(QStringLiteral("user name")));
    dialog.newEdit()->setText(QStringLiteral("een lange zin als wachtwoord"));
    QVERIFY(dialog.message()->text().contains(QStringLiteral("twice")));
    QVERIFY(!dialog.changeButton()->isEnabled());
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("een lange zin als wachtwoord"));
    QVERIFY(dialog.message()->text().isEmpty());
    QVERIFY(dialog.changeButton()->isEnabled());
}

void TestAccountMenu::passwordChangedOnTheServer()
{
    QTemporaryDir dir;
    ClientProfile profile(dir.path());
    const QUrl server(m_server.baseUrl());
    ClientSession session(profile, server);
    QString error;
    QVERIFY2(session.signIn(QStringLiteral("toeleider.antwerpen"), QStringLiteral("demo"),
                            ClientSession::Keychain::Skip, &error),
             qPrintable(error));
    ChangePasswordDialog dialog(session.api(), QStringLiteral("toeleider.antwerpen"));
    dialog.show();
    // A wrong current password: said plainly, nothing changes, the dialog stays.
    dialog.currentEdit()->setText(QStringLiteral("not-the-password"));
    dialog.newEdit()->setText(QStringLiteral("een lange zin als wachtwoord"));
    dialog.repeatEdit()->setText(QStringLiteral("een lange zin als wachtwoord"));
    QTest::mouseClick(dialog.changeButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&]() { return dialog.message()->text().contains(QStringLiteral("not right")); }));
    QVERIFY(dialog.isVisible());
    dialog.currentEdit()->setText(QStringLiteral("demo"));
    QTest::mouseClick(dialog.changeButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&]() { return !dialog.isVisible(); }));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // The new password signs in; the old one no longer does.
    ClientSession again(profile, server);
    QVERIFY(!again.signIn(QStringLiteral("toeleider.antwerpen"), QStringLiteral("demo"), ClientSession::Keychain::Skip,
                          &error));
    QVERIFY2(again.signIn(QStringLiteral("toeleider.antwerpen"), QStringLiteral("een lange zin als wachtwoord"),
                          ClientSession::Keychain::Skip, &error),
             qPrintable(error));
}

QTEST_MAIN(TestAccountMenu)
#include "TestAccountMenu.moc"

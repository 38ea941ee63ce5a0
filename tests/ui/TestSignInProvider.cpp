#include "TestOidcProvider.h"
#include "TestServer.h"
#include "common/UiLanguage.h"
#include "signin/SignInDialog.h"
#include "storage/ServerStorage.h"
#include "store/cache/ClientProfile.h"
#include "sync/ClientSession.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The sign-in dialog's "Sign in with <provider>" against a real server and a real OpenID provider (tests/oidc): the
// button appears for the announced provider, the browser step is played by HTTP, and the dialog either signs in or
// words the server's refusal in the window's language. Needs the fixture oidc_provider_install: never skipped.
class TestSignInProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void providerButtonSignsIn();
    void refusalIsWordedInTheWindowsLanguage();

private:
    // A dialog whose "browser" signs in at the provider as `login`; returns once the button was clicked.
    void clickProvider(SignInDialog& dialog, const QString& login);

    TestOidcProvider m_provider;
    TestServer m_server{TestServer::Empty};
    QTemporaryDir m_dir;
};

void TestSignInProvider::initTestCase()
{
    QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
    const QString config = m_provider.writeConfig();
    m_server.configure([config](ServerOptions& options) { options.oidcConfig = config; });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(
        !m_server.createAccount(QStringLiteral("linked.user"), QStringLiteral("counter"), {QStringLiteral("antwerpen")})
             .isEmpty());
    const std::optional<Account> account = m_server.storage().accountByUsername(QStringLiteral("linked.user"));
    QVERIFY(account);
    m_server.storage().beginWrite();
    m_server.storage().linkIdentity(ExternalIdentity{QStringLiteral("test-idp"), QStringLiteral("subject-linked"),
                                                     account->id, QStringLiteral("2026-01-01T00:00:00.000Z"), QString(),
                                                     QStringLiteral("operator")});
    m_server.storage().commit();
}

void TestSignInProvider::clickProvider(SignInDialog& dialog, const QString& login)
{
    dialog.setBrowserOpener([this, login](const QUrl& url) {
        // After the flow handed out the URL, as a browser opens it a moment later.
        QTimer::singleShot(
            0, [this, url, login] { QVERIFY2(m_provider.signIn(url, login), qPrintable(m_provider.errorString())); });
    });
    dialog.show();
    if (dialog.providerButtons().isEmpty())
        QVERIFY(QSignalSpy(&dialog, &SignInDialog::providersLoaded).wait(30000));
    QCOMPARE(dialog.providerButtons().size(), 1);
    dialog.providerButtons().first()->click();
}

void TestSignInProvider::providerButtonSignsIn()
{
    UiLanguage::set(QStringLiteral("en"));
    ClientProfile profile(m_dir.path());
    SignInDialog dialog(profile, QUrl(m_server.baseUrl()), QString());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickProvider(dialog, QStringLiteral("subject-linked"));
    QCOMPARE(dialog.providerButtons().first()->text(), QStringLiteral("Sign in with Test IdP"));
    QVERIFY(dialog.hintText().contains(QStringLiteral("Continue in your browser")));
    QVERIFY(accepted.wait(30000));
    const std::unique_ptr<ClientSession> session = dialog.takeSession();
    QVERIFY(session);
    QCOMPARE(session->account().username, QStringLiteral("linked.user"));
}

void TestSignInProvider::refusalIsWordedInTheWindowsLanguage()
{
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("fr")}) {
        UiLanguage::set(language);
        UiLanguage::installTranslators(*QCoreApplication::instance());
        ClientProfile profile(m_dir.path());
        SignInDialog dialog(profile, QUrl(m_server.baseUrl()), QString());
        clickProvider(dialog, QStringLiteral("subject-unknown"));
        QVERIFY(QTest::qWaitFor([&] { return !dialog.errorText().isEmpty(); }, 30000));
        QVERIFY(dialog.result() != QDialog::Accepted);
        const QString expected = language == QLatin1String("nl") ? QStringLiteral("Er is geen Opvangloket-account")
                                                                 : QStringLiteral("Aucun compte Opvangloket");
        QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
    }
}

QTEST_MAIN(TestSignInProvider)
#include "TestSignInProvider.moc"

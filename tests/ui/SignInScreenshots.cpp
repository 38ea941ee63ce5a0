// Grabs the sign-in dialog with its "Sign in with <provider>" button, while it waits for the browser, and after the
// server refused an identity nobody linked, in one language, as PNG files for a person to look at:
//   signin_screenshots nl|fr|en OUTDIR
// With OPVANGLOKET_SCREENSHOT_BROWSER=/usr/bin/chromium it also shows the provider's sign-in page in that browser,
// headless, as provider-login-<lang>.png (the page the person's browser opens).
// Runs its own server and a real OpenID provider (tests/oidc, installed by the CTest fixture oidc_provider_install);
// the browser step is played by HTTP, as in TestSignInProvider.
#include "TestOidcProvider.h"
#include "TestServer.h"
#include "common/UiLanguage.h"
#include "signin/SignInDialog.h"
#include "store/cache/ClientProfile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtTest>

namespace {

bool shoot(QWidget& widget, const QString& dir, const QString& language, const QString& name)
{
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language));
    QTextStream(stdout) << path << Qt::endl;
    return widget.grab().save(path);
}

// The provider's page in a real browser, headless: what the person sees after clicking the button.
bool shootInBrowser(const QUrl& url, const QString& dir, const QString& language)
{
    const QString browser = qEnvironmentVariable("OPVANGLOKET_SCREENSHOT_BROWSER");
    if (browser.isEmpty())
        return true;
    const QString path = QDir(dir).filePath(QStringLiteral("provider-login-%1.png").arg(language));
    QTemporaryDir userData;
    QProcess process;
    process.start(browser,
                  {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                   QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                   QStringLiteral("--user-data-dir=") + userData.path(), QStringLiteral("--lang=") + language,
                   QStringLiteral("--window-size=600,520"), QStringLiteral("--screenshot=") + path,
                   url.toString(QUrl::FullyEncoded)});
    // The server and the provider's listener live in this thread: keep serving while the browser loads.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        process.kill();
    QTextStream(stdout) << path << Qt::endl;
    return QFile::exists(path);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: signin_screenshots nl|fr|en OUTDIR" << Qt::endl;
        return 2;
    }
    const QString language = args.at(1);
    const QString dir = args.at(2);
    UiLanguage::set(language);
    UiLanguage::installTranslators(app);
    TestOidcProvider provider;
    TestServer server(TestServer::Empty);
    if (!provider.start()) {
        QTextStream(stderr) << provider.errorString() << Qt::endl;
        return 1;
    }
    const QString config = provider.writeConfig();
    server.configure([config](ServerOptions& options) { options.oidcConfig = config; });
    if (!server.start()) {
        QTextStream(stderr) << server.errorString() << Qt::endl;
        return 1;
    }
    QTemporaryDir profileDir;
    ClientProfile profile(profileDir.path());
    SignInDialog dialog(profile, QUrl(server.baseUrl()), QString());
    QUrl browserUrl;
    dialog.setBrowserOpener([&browserUrl](const QUrl& url) { browserUrl = url; });
    dialog.show();
    if (!QTest::qWaitFor([&] { return !dialog.providerButtons().isEmpty(); }, 30000))
        return 1;
    bool ok = shoot(dialog, dir, language, QStringLiteral("signin-provider"));
    dialog.providerButtons().first()->click();
    ok = shoot(dialog, dir, language, QStringLiteral("signin-provider-waiting")) && ok;
    ok = shootInBrowser(browserUrl, dir, language) && ok;
    // The browser step: an identity the provider knows but no account is linked to.
    if (!browserUrl.isValid() || !provider.signIn(browserUrl, QStringLiteral("subject-unknown"))) {
        QTextStream(stderr) << "browser step failed: " << provider.errorString() << Qt::endl;
        return 1;
    }
    if (!QTest::qWaitFor([&] { return !dialog.errorText().isEmpty(); }, 30000))
        return 1;
    ok = shoot(dialog, dir, language, QStringLiteral("signin-provider-refused")) && ok;
    return ok ? 0 : 1;
}

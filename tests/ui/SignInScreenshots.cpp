// Grabs the sign-in dialog with its "Sign in with <provider>" button, while it waits for the browser, and after the
// server refused an identity nobody linked, in one language, as PNG files for a person to look at:
//   signin_screenshots nl|fr|en OUTDIR
// Runs its own server and a real OpenID provider (tests/oidc, installed by the CTest fixture oidc_provider_install);
// the browser step is played by HTTP, as in TestSignInProvider.
#include "TestOidcProvider.h"
#include "TestServer.h"
#include "common/UiLanguage.h"
#include "signin/SignInDialog.h"
#include "store/cache/ClientProfile.h"

#include <QApplication>
#include <QDir>
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

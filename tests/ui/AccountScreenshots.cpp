// Grabs the Accounts page (as the demo administrator and as the Antwerpen coordinator), the new-account dialog and the
// one-time password dialog, in one language, as PNG files for a person to look at:
//   account_screenshots nl|fr|en OUTDIR
// Runs its own demo server in the process, so the page shows the real demo accounts.
#include "TestServer.h"
#include "accounts/AccountDialog.h"
#include "accounts/AccountsModel.h"
#include "accounts/AccountsView.h"
#include "accounts/OneTimePasswordDialog.h"
#include "common/UiLanguage.h"
#include "storage/ServerStorage.h"
#include "sync/ApiClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTextStream>
#include <QtTest>

namespace {

bool shoot(QWidget& widget, const QString& dir, const QString& language, const QString& name)
{
    widget.show();
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language));
    QTextStream(stdout) << path << Qt::endl;
    const bool ok = widget.grab().save(path);
    widget.hide();
    return ok;
}

bool shootPage(TestServer& server, const QString& username, const QString& dir, const QString& language)
{
    const TestServer::Session session = server.login(username, QStringLiteral("demo"));
    const std::optional<Account> me = server.storage().accountByUsername(username);
    if (!session.isValid() || !me)
        return false;
    ApiClient api(QUrl(server.baseUrl()));
    api.setTokens(session.accessToken, session.refreshToken);
    AccountsView view(api, *me);
    view.resize(1200, 520);
    view.show();
    if (!QTest::qWaitFor([&]() { return !view.isLoading(); }, 30000))
        return false;
    view.selectAccount(view.model()->index(1, 0).data(AccountsModel::IdRole).toString());
    return shoot(view, dir, language, QStringLiteral("accounts-") + me->role);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: account_screenshots nl|fr|en OUTDIR" << Qt::endl;
        return 2;
    }
    const QString language = args.at(1);
    const QString dir = args.at(2);
    UiLanguage::set(language);
    UiLanguage::installTranslators(app);
    TestServer server(TestServer::Demo);
    if (!server.start()) {
        QTextStream(stderr) << server.errorString() << Qt::endl;
        return 1;
    }
    bool ok = shootPage(server, QStringLiteral("admin"), dir, language) &&
              shootPage(server, QStringLiteral("regie.antwerpen"), dir, language);
    ApiClient api(QUrl(server.baseUrl()));
    const std::optional<Account> admin = server.storage().accountByUsername(QStringLiteral("admin"));
    AccountDialog create(api, *admin, QJsonObject());
    create.userNameEdit()->setText(QStringLiteral("loket.lier"));
    create.displayNameEdit()->setText(QStringLiteral("Loket Lier"));
    create.emailEdit()->setText(QStringLiteral("loket.lier@"));
    create.organisationEdit()->setText(QStringLiteral("Huis van het Kind Lier"));
    ok = shoot(create, dir, language, QStringLiteral("account-new")) && ok;
    create.emailEdit()->setText(QStringLiteral("loket.lier@example.org"));
    create.regionBox(QStringLiteral("mechelen"))->setChecked(true);
    ok = shoot(create, dir, language, QStringLiteral("account-new-ready")) && ok;
    OneTimePasswordDialog password(QStringLiteral("loket.lier"), QStringLiteral("hT7kPq3xWm9RzB4c"));
    ok = shoot(password, dir, language, QStringLiteral("account-password")) && ok;
    return ok ? 0 : 1;
}

// Grabs the Locations & info sheets page of a coordinator against a demo server, in one window language, as PNG
// files for a person to look at:
//   locations_screenshots nl|fr|en OUTDIR
// locations-sheet-fr: the French sheet being edited (one field typed, the empty ones showing the Dutch text in the
// preview); locations-history: the History tab after the save reached the server; locations-unpublish: the
// confirmation before unpublishing; locations-readonly: the page of counter staff.
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PageFactory.h"
#include "TestServer.h"
#include "common/UiLanguage.h"
#include "locations/InfoSheetEditor.h"
#include "locations/LocationsView.h"
#include "sync/ClientSession.h"
#include "sync/SyncEngine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextStream>
#include <QTimer>

namespace {

bool save(QWidget& widget, const QString& dir, const QString& language, const QString& name)
{
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language));
    QTextStream(stdout) << path << Qt::endl;
    return widget.grab().save(path);
}

bool sync(MainWindowFixture& app)
{
    QSignalSpy applied(app.window(), &MainWindow::syncApplied);
    app.session().sync().start();
    return applied.wait(60000) && applied.last().first().toBool();
}

bool open(MainWindowFixture& app, QTemporaryDir& dir, TestServer& server, const QString& user)
{
    QString error;
    if (!app.signIn(dir.path(), QUrl(server.baseUrl()), user, &error) || !sync(app)) {
        QTextStream(stderr) << "sign-in or sync failed: " << error << Qt::endl;
        return false;
    }
    app.window()->resize(1400, 860);
    app.window()->show();
    return app.window()->showView(QStringLiteral("locations"));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    const QStringList args = qapp.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: locations_screenshots nl|fr|en OUTDIR" << Qt::endl;
        return 2;
    }
    const QString language = args.at(1);
    const QString out = args.at(2);
    UiLanguage::set(language);
    UiLanguage::installTranslators(qapp);
    TestServer server(TestServer::Demo);
    if (!server.start()) {
        QTextStream(stderr) << server.errorString() << Qt::endl;
        return 1;
    }
    bool ok = true;
    {
        QTemporaryDir dir;
        MainWindowFixture app;
        if (!open(app, dir, server, QStringLiteral("regie.antwerpen")))
            return 1;
        LocationsView* view = app.window()->pages().locations();
        view->editor()->setLanguage(QStringLiteral("fr"));
        view->editor()->field(QStringLiteral("opening_hours"))->clear();
        view->editor()
            ->field(QStringLiteral("description"))
            ->setPlainText(QStringLiteral("Une crèche lumineuse au bord du parc, avec un grand jardin."));
        ok = save(*app.window(), out, language, QStringLiteral("locations-sheet-fr")) && ok;
        view->saveSheet();
        ok = sync(app) && ok;
        view->tabs()->setCurrentWidget(view->history());
        QTest::qWaitFor([view]() { return view->history()->toPlainText().count(QLatin1Char('\n')) > 3; }, 20000);
        ok = save(*app.window(), out, language, QStringLiteral("locations-history")) && ok;
        view->tabs()->setCurrentIndex(0);
        QTimer::singleShot(200, [&]() {
            if (QWidget* box = QApplication::activeModalWidget()) {
                ok = save(*box, out, language, QStringLiteral("locations-unpublish")) && ok;
                qobject_cast<QMessageBox*>(box)->reject();
            }
        });
        view->publishButton()->click();
        app.close();
    }
    {
        QTemporaryDir dir;
        MainWindowFixture app;
        if (!open(app, dir, server, QStringLiteral("loket.antwerpen")))
            return 1;
        ok = save(*app.window(), out, language, QStringLiteral("locations-readonly")) && ok;
        app.close();
    }
    return ok ? 0 : 1;
}

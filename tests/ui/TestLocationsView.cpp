#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PageFactory.h"
#include "StatusBarWidget.h"
#include "TestServer.h"
#include "common/UiLanguage.h"
#include "domain/InfoSheet.h"
#include "locations/InfoSheetEditor.h"
#include "locations/LocationsModel.h"
#include "locations/LocationsView.h"
#include "store/records/RecordQuery.h"
#include "sync/ClientSession.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

namespace {
const QString kLocations = QStringLiteral("locations");

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}
} // namespace

// The Locations & info sheets page against a real server: a coordinator types the French description and sees it in
// the preview as typed, an empty French field shows the Dutch text there (marked), Save queues the change and the
// sync brings it to the server, the history lists it; Unpublish (after its confirmation) takes the location off the
// public listing; counter staff read the page without being able to change it.
class TestLocationsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coordinatorEditsWithALivePreview();
    void unpublishTakesItOffTheWebsite();
    void counterStaffReadOnly();

private:
    bool openAs(MainWindowFixture& app, QTemporaryDir& dir, const QString& user);
    void sync(MainWindowFixture& app);
    QStringList publicIds();

    TestServer m_server{TestServer::Demo};
};

void TestLocationsView::initTestCase()
{
    UiLanguage::set(QStringLiteral("en"));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

bool TestLocationsView::openAs(MainWindowFixture& app, QTemporaryDir& dir, const QString& user)
{
    QString error;
    if (!app.signIn(dir.path(), QUrl(m_server.baseUrl()), user, &error)) {
        qWarning() << error;
        return false;
    }
    sync(app);
    return app.window()->showView(QStringLiteral("locations"));
}

void TestLocationsView::sync(MainWindowFixture& app)
{
    QSignalSpy applied(app.window(), &MainWindow::syncApplied);
    app.session().sync().start();
    QVERIFY(applied.wait(60000));
    QCOMPARE(applied.last().first().toBool(), true);
}

QStringList TestLocationsView::publicIds()
{
    QStringList ids;
    const HttpReply r = m_server.http().get(QStringLiteral("/api/v1/public/locations?region_id=antwerpen&lang=fr"));
    for (const QJsonValue& v : r.json.value(QStringLiteral("locations")).toArray())
        ids.append(str(v.toObject(), "id"));
    return ids;
}

void TestLocationsView::coordinatorEditsWithALivePreview()
{
    QTemporaryDir dir;
    MainWindowFixture app;
    QVERIFY(openAs(app, dir, QStringLiteral("regie.antwerpen")));
    LocationsView* view = app.window()->pages().locations();
    QVERIFY(!view->isReadOnly());
    QVERIFY(view->model()->rowCount() >= 10);
    const QString id = view->model()->idAt(0);
    QVERIFY(view->select(id));
    const QString name = str(m_server.storedRow(kLocations, id), "name");
    QCOMPARE(view->model()->data(view->model()->index(0, LocationsModel::Name), Qt::DisplayRole).toString(), name);

    const InfoSheet sheetBefore = view->editor()->sheet();
    view->editor()->setLanguage(QStringLiteral("fr"));
    QPlainTextEdit* description = view->editor()->field(QStringLiteral("description"));
    description->setPlainText(QStringLiteral("Une crèche"));
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" au bord du parc")); // typed: the preview follows each key
    QVERIFY2(view->preview()->toPlainText().contains(QStringLiteral("Une crèche au bord du parc")),
             qPrintable(view->preview()->toPlainText()));
    QVERIFY(view->previewTitle()->text().contains(QStringLiteral("French")));

    // An empty French field: the website (and so the preview) shows the Dutch text, marked as such.
    const QString dutchHours = view->editor()->sheet().text(QStringLiteral("nl"), QStringLiteral("opening_hours"));
    QVERIFY(!dutchHours.isEmpty());
    view->editor()->field(QStringLiteral("opening_hours"))->clear();
    const QString preview = view->preview()->toPlainText();
    QVERIFY2(preview.contains(dutchHours), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("Shown in Dutch: there is no French text yet")), qPrintable(preview));
    QVERIFY(view->editor()->field(QStringLiteral("opening_hours"))->placeholderText().contains(dutchHours));
    QCOMPARE(view->editor()->sheet().text(QStringLiteral("fr"), QStringLiteral("opening_hours")), QString());

    QVERIFY(view->saveButton()->isEnabled());
    view->saveButton()->click();
    QCOMPARE(RecordQuery(app.session().cache()).pendingChanges(), 1); // queued: the sync takes it from here
    QVERIFY(view->message()->text().startsWith(QStringLiteral("Saved.")));
    // The window heard of it, as of any local edit: the status bar counts it at once.
    QVERIFY2(app.window()->statusBarWidget()->text().contains(QStringLiteral("Pending changes: 1")),
             qPrintable(app.window()->statusBarWidget()->text()));
    QCOMPARE(InfoSheet::fromJson(m_server.storedRow(kLocations, id).value(QStringLiteral("info")))
                 .text(QStringLiteral("fr"), QStringLiteral("description")),
             sheetBefore.text(QStringLiteral("fr"), QStringLiteral("description")));
    sync(app);
    QCOMPARE(InfoSheet::fromJson(m_server.storedRow(kLocations, id).value(QStringLiteral("info")))
                 .text(QStringLiteral("fr"), QStringLiteral("description")),
             QStringLiteral("Une crèche au bord du parc"));
    QCOMPARE(InfoSheet::fromJson(m_server.storedRow(kLocations, id).value(QStringLiteral("info")))
                 .text(QStringLiteral("fr"), QStringLiteral("opening_hours")),
             QString());
    QCOMPARE(RecordQuery(app.session().cache()).pendingChanges(), 0);
    QVERIFY(!view->saveButton()->isEnabled());
    QCOMPARE(view->message()->text(), QStringLiteral("Sent to the server."));

    // The history, from the server: who changed the info sheet.
    view->tabs()->setCurrentWidget(view->history());
    QTRY_VERIFY_WITH_TIMEOUT(view->history()->toPlainText().contains(QStringLiteral("Changed: Info sheet")), 30000);
    QVERIFY2(view->history()->toPlainText().contains(app.session().account().displayName),
             qPrintable(view->history()->toPlainText()));
    app.close();
}

void TestLocationsView::unpublishTakesItOffTheWebsite()
{
    QTemporaryDir dir;
    MainWindowFixture app;
    QVERIFY(openAs(app, dir, QStringLiteral("regie.antwerpen")));
    LocationsView* view = app.window()->pages().locations();
    QString id;
    for (const QString& candidate : publicIds()) {
        if (view->select(candidate)) {
            id = candidate;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    QCOMPARE(view->publishButton()->text(), QStringLiteral("Unpublish…"));
    QString question;
    QTimer::singleShot(0, this, [&question]() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == QLatin1String("Unpublish"))
                button->click();
        }
    });
    view->publishButton()->click();
    QVERIFY2(question.contains(QStringLiteral("stops showing this location")), qPrintable(question));
    QVERIFY(question.contains(str(m_server.storedRow(kLocations, id), "name")));
    QCOMPARE(RecordQuery(app.session().cache()).pendingChanges(), 1);
    sync(app);
    QCOMPARE(m_server.storedRow(kLocations, id).value(QStringLiteral("published")).toBool(), false);
    QVERIFY(!publicIds().contains(id));
    QCOMPARE(view->publishButton()->text(), QStringLiteral("Publish…"));
    QVERIFY(view->preview()->toPlainText().contains(QStringLiteral("Not published")));
    // Staff keep it in their list, marked.
    view->publicationFilter()->setCurrentIndex(2);
    QVERIFY(view->model()->rowOf(id) >= 0);
    QVERIFY(view->setPublished(true));
    sync(app);
    QVERIFY(publicIds().contains(id));
    app.close();
}

void TestLocationsView::counterStaffReadOnly()
{
    QTemporaryDir dir;
    MainWindowFixture app;
    QVERIFY(openAs(app, dir, QStringLiteral("loket.antwerpen")));
    LocationsView* view = app.window()->pages().locations();
    QVERIFY(view->isReadOnly());
    const QString id = view->model()->idAt(0);
    QVERIFY(view->select(id));
    QVERIFY(!view->readOnlyNote()->isHidden());
    QVERIFY(view->readOnlyNote()->text().contains(QStringLiteral("Only a coordinator")));
    for (const QString& field : InfoSheet::fieldNames())
        QVERIFY(view->editor()->field(field)->isReadOnly());
    QVERIFY(view->saveButton()->isHidden());
    QVERIFY(view->publishButton()->isHidden());
    QVERIFY(!view->setPublished(false));
    QVERIFY(!view->saveSheet());
    QCOMPARE(RecordQuery(app.session().cache()).pendingChanges(), 0);
    QVERIFY(!view->preview()->toPlainText().isEmpty()); // reading the sheet still works
    app.close();
}

QTEST_MAIN(TestLocationsView)
#include "TestLocationsView.moc"

#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PageFactory.h"
#include "TestServer.h"
#include "applications/ApplicationsView.h"
#include "audit/AuditEventsModel.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditText.h"
#include "audit/AuditView.h"
#include "common/UiLanguage.h"
#include "detail/DetailPanel.h"
#include "store/cache/ClientProfile.h"
#include "store/records/RecordQuery.h"
#include "sync/ApiClient.h"
#include "sync/AuditClient.h"
#include "sync/ClientSession.h"
#include "sync/ExportReporter.h"
#include "sync/SyncEngine.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The Audit page against a real demo server: what an admin just did (a failed sign-in, an account change, an export)
// is listed newest first in words; the filters narrow what the server is asked; "Load more" follows the cursor
// without repeating an event; the CSV export writes the rows loaded and is itself audited; a coordinator reads its
// region's events only, a counter is told plainly it may not, and offline the page says so.
class TestAuditView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recentActionsAreListedNewestFirstInWords();
    void filtersNarrowWhatTheServerIsAsked();
    void loadMoreFollowsTheCursorWithoutDuplicates();
    void csvExportWritesTheRowsAndIsAudited();
    void aClickOnARecordShowsIt();
    void coordinatorReadsOnlyItsRegion();
    void counterIsToldItMayNot();
    void offlineSaysSo();
    void everySummaryTheServerWritesReadsInWords();

private:
    AuditView* view() const { return m_app.window()->pages().audit(); }
    // Reloads (or waits for the load under way) and waits for the page to arrive.
    bool waitForPage(AuditView* audit, bool reload = true);
    // The raw events the model holds, in order.
    static QVector<QJsonObject> events(const AuditView* audit);
    static int indexOf(const QVector<QJsonObject>& events, const QString& action);
    static QStringList csvFields(const QString& line);
    void resetFilters();

    TestServer m_server{TestServer::Demo};
    QTemporaryDir m_dir;
    MainWindowFixture m_app;
};

void TestAuditView::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    MainWindowFixture::useEnglish();
    QString error;
    QVERIFY2(m_app.signIn(m_dir.path(), QUrl(m_server.baseUrl()), QStringLiteral("admin"), &error), qPrintable(error));
    m_app.window()->resize(1400, 800);
    m_app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app.window()));
    QSignalSpy applied(m_app.window(), &MainWindow::syncApplied);
    m_app.session().sync().start();
    QVERIFY(applied.wait(120000));
    QVERIFY(!RecordQuery(m_app.session().cache()).allRows(QStringLiteral("accounts")).isEmpty());
}

void TestAuditView::cleanupTestCase()
{
    m_app.close();
}

bool TestAuditView::waitForPage(AuditView* audit, bool reload)
{
    QSignalSpy loaded(audit, &AuditView::pageLoaded);
    if (reload)
        audit->reload();
    return (!loaded.isEmpty() || loaded.wait(20000)) && !audit->isLoading();
}

QVector<QJsonObject> TestAuditView::events(const AuditView* audit)
{
    QVector<QJsonObject> all;
    for (int row = 0; row < audit->model()->rowCount(); ++row)
        all.append(audit->model()->event(row));
    return all;
}

int TestAuditView::indexOf(const QVector<QJsonObject>& events, const QString& action)
{
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).value(QStringLiteral("action")).toString() == action)
            return i;
    }
    return -1;
}

QStringList TestAuditView::csvFields(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
            field += c;
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

void TestAuditView::resetFilters()
{
    AuditFilterBar* bar = view()->filterBar();
    const QSignalBlocker block(bar);
    bar->accountBox()->setCurrentIndex(0);
    bar->kindBox()->setCurrentIndex(0);
    bar->actionBox()->setCurrentIndex(0);
    bar->recordEdit()->clear();
    bar->fromEdit()->setDate(QDate::currentDate().addDays(-29));
    bar->toEdit()->setDate(QDate::currentDate());
}

void TestAuditView::recentActionsAreListedNewestFirstInWords()
{
    // A wrong password, an account changed by the admin, and a list exported from this window.
    QVERIFY(!m_server.login(QStringLiteral("loket.mechelen"), QStringLiteral("fout")).isValid());
    const ApiResult accounts = m_app.session().api().getBlocking(QStringLiteral("/accounts"));
    QVERIFY(accounts.ok());
    QString mechelen;
    for (const QJsonValue& a : accounts.json.value(QStringLiteral("accounts")).toArray()) {
        if (a.toObject().value(QStringLiteral("username")).toString() == QLatin1String("loket.mechelen"))
            mechelen = a.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!mechelen.isEmpty());
    QNetworkAccessManager nam;
    QNetworkRequest patch(QUrl(m_server.baseUrl() + QStringLiteral("/api/v1/accounts/") + mechelen));
    patch.setRawHeader("Authorization", "Bearer " + m_app.session().api().accessToken().toLatin1());
    patch.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = nam.sendCustomRequest(patch, "PATCH", R"({"organisation": "Huis van het Kind Mechelen"})");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QSignalSpy reported(m_app.window()->exportReporter(), &ExportReporter::reported);
    QString error;
    QVERIFY2(
        m_app.window()->pages().applications()->exportCsv(m_dir.filePath(QStringLiteral("applications.csv")), &error),
        qPrintable(error));
    QVERIFY(reported.wait(10000));
    QCOMPARE(reported.first().first().toString(), QStringLiteral("export.csv"));

    QVERIFY(m_app.window()->showView(QStringLiteral("audit")));
    QVERIFY(waitForPage(view(), false) || waitForPage(view()));
    QVERIFY(view()->notice().isEmpty());
    const QVector<QJsonObject> shown = events(view());
    const int exported = indexOf(shown, QStringLiteral("export.csv"));
    const int changed = indexOf(shown, QStringLiteral("account.update"));
    const int failed = indexOf(shown, QStringLiteral("auth.login_failed"));
    QVERIFY(exported >= 0 && changed >= 0 && failed >= 0);
    QVERIFY2(exported < changed && changed < failed, "newest first");
    for (int i = 1; i < shown.size(); ++i)
        QVERIFY(shown.at(i - 1).value(QStringLiteral("at")).toString() >=
                shown.at(i).value(QStringLiteral("at")).toString());
    const AuditEventsModel* model = view()->model();
    const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
        return model->data(model->index(row, column), role).toString();
    };
    QCOMPARE(cell(exported, AuditEventsModel::Action), QStringLiteral("Exported (CSV)"));
    QCOMPARE(cell(exported, AuditEventsModel::Action, Qt::ToolTipRole), QStringLiteral("Exported (CSV) (export.csv)"));
    QCOMPARE(cell(exported, AuditEventsModel::Who), QStringLiteral("Beheerder Opvangloket"));
    QCOMPARE(cell(exported, AuditEventsModel::Kind), QStringLiteral("Application"));
    QVERIFY2(cell(exported, AuditEventsModel::Summary).endsWith(QLatin1String("row(s)")) ||
                 cell(exported, AuditEventsModel::Summary).endsWith(QLatin1String("rows")),
             qPrintable(cell(exported, AuditEventsModel::Summary)));
    QCOMPARE(cell(changed, AuditEventsModel::Action), QStringLiteral("Account changed"));
    QCOMPARE(cell(changed, AuditEventsModel::Record), QStringLiteral("Loket Mechelen"));
    QCOMPARE(cell(changed, AuditEventsModel::Region), QStringLiteral("Mechelen"));
    QCOMPARE(cell(failed, AuditEventsModel::Action), QStringLiteral("Sign-in failed"));
    QCOMPARE(cell(failed, AuditEventsModel::Who), QStringLiteral("Loket Mechelen"));
    QCOMPARE(cell(failed, AuditEventsModel::Summary), QStringLiteral("wrong password"));
    QVERIFY(view()->countLabel()->text().contains(QLatin1String("loaded")));
    QVERIFY(view()->anonymisationButton()->isVisibleTo(m_app.window()));
    QSignalSpy anonymise(view(), &AuditView::anonymisationRequested);
    view()->anonymisationButton()->click();
    QCOMPARE(anonymise.size(), 1);
}

void TestAuditView::filtersNarrowWhatTheServerIsAsked()
{
    resetFilters();
    AuditFilterBar* bar = view()->filterBar();
    QSignalSpy loaded(view(), &AuditView::pageLoaded);
    QVERIFY(AuditFilterBar::selectCode(bar->actionBox(), QStringLiteral("auth.login_failed")));
    QVERIFY(loaded.wait(20000));
    QVERIFY(view()->model()->rowCount() >= 1);
    for (const QJsonObject& e : events(view()))
        QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("auth.login_failed"));
    QCOMPARE(AuditClient::query(bar->filter(), QString(), 100).queryItemValue(QStringLiteral("action")),
             QStringLiteral("auth.login_failed"));

    // Whose: the admin's own events, any action.
    bar->actionBox()->setCurrentIndex(0);
    QVERIFY(loaded.wait(20000));
    const QString admin = m_app.session().account().id;
    QVERIFY(AuditFilterBar::selectCode(bar->accountBox(), admin));
    QVERIFY(waitForPage(view(), false));
    QVERIFY(view()->model()->rowCount() >= 3); // its sign-in, the account change and the export at least
    QSet<QString> actions;
    for (const QJsonObject& e : events(view())) {
        QCOMPARE(e.value(QStringLiteral("account_id")).toString(), admin);
        actions.insert(e.value(QStringLiteral("action")).toString());
    }
    QVERIFY(actions.contains(QStringLiteral("account.update")) && actions.contains(QStringLiteral("export.csv")));
    QVERIFY(!actions.contains(QStringLiteral("auth.login_failed")));

    // The period: yesterday holds nothing on a server seeded today; today holds them all again.
    const int today = view()->model()->rowCount();
    bar->fromEdit()->setDate(QDate::currentDate().addDays(-1));
    QVERIFY(waitForPage(view(), false));
    bar->toEdit()->setDate(QDate::currentDate().addDays(-1));
    QVERIFY(waitForPage(view(), false));
    QCOMPARE(view()->model()->rowCount(), 0);
    QCOMPARE(view()->countLabel()->text(), QStringLiteral("No events match these filters in this period."));
    bar->toEdit()->setDate(QDate::currentDate());
    QVERIFY(waitForPage(view(), false));
    QCOMPARE(view()->model()->rowCount(), today);
}

void TestAuditView::loadMoreFollowsTheCursorWithoutDuplicates()
{
    resetFilters();
    view()->setPageSize(7);
    QVERIFY(waitForPage(view()));
    QCOMPARE(view()->model()->rowCount(), 7);
    QVERIFY(view()->hasMore());
    QVERIFY(view()->loadMoreButton()->isEnabled());
    QSignalSpy loaded(view(), &AuditView::pageLoaded);
    view()->loadMoreButton()->click();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(view()->model()->rowCount(), 14);
    // The same fourteen events, in the same order, as one page of fourteen asked at once.
    const ApiResult whole = m_app.session().api().getBlocking(
        QStringLiteral("/audit"), AuditClient::query(view()->filterBar()->filter(), QString(), 14));
    QVERIFY(whole.ok());
    const QJsonArray expected = whole.json.value(QStringLiteral("events")).toArray();
    const QVector<QJsonObject> shown = events(view());
    QCOMPARE(shown.size(), int(expected.size()));
    for (int i = 0; i < shown.size(); ++i)
        QCOMPARE(shown.at(i), expected.at(i).toObject());
    QVERIFY(view()->countLabel()->text().startsWith(QLatin1String("14 event")));
}

void TestAuditView::csvExportWritesTheRowsAndIsAudited()
{
    const QVector<QJsonObject> shown = events(view());
    QVERIFY(shown.size() >= 7);
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    QSignalSpy reported(m_app.window()->exportReporter(), &ExportReporter::reported);
    QString error;
    QVERIFY2(view()->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (lines.last().isEmpty())
        lines.removeLast();
    QCOMPARE(lines.size(), shown.size() + 1);
    const QStringList header = csvFields(lines.first());
    const int code = header.indexOf(QStringLiteral("Action code"));
    const int record = header.indexOf(QStringLiteral("Record"));
    QVERIFY(code >= 0 && record >= 0);
    for (int i = 0; i < shown.size(); ++i) {
        const QStringList fields = csvFields(lines.at(i + 1));
        QCOMPARE(fields.size(), header.size());
        QCOMPARE(fields.at(code), shown.at(i).value(QStringLiteral("action")).toString());
        QCOMPARE(fields.at(record), shown.at(i).value(QStringLiteral("entity_id")).toString()); // the whole id
    }
    QVERIFY(reported.wait(10000));
    QVERIFY(waitForPage(view()));
    const QJsonObject newest = view()->model()->event(0);
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("export.csv"));
    QCOMPARE(newest.value(QStringLiteral("entity")).toString(), QStringLiteral("audit_events"));
    QCOMPARE(newest.value(QStringLiteral("summary")).toString(),
             QStringLiteral("rows: %1, format: csv").arg(shown.size()));
}

void TestAuditView::aClickOnARecordShowsIt()
{
    // The demo's families were filed with an event on the parent; the admin's offline copy has every parent.
    resetFilters();
    QVERIFY(AuditFilterBar::selectCode(view()->filterBar()->kindBox(), QStringLiteral("parents")));
    QVERIFY(waitForPage(view(), false));
    QVERIFY(view()->model()->rowCount() > 0);
    const QString parent = view()->model()->event(0).value(QStringLiteral("entity_id")).toString();
    QVERIFY(!RecordQuery(m_app.session().cache()).row(QStringLiteral("parents"), parent).isEmpty());
    QVERIFY(!m_app.window()->detailPanel()->isVisible()); // the log's columns take the width until asked
    QSignalSpy requested(view(), &AuditView::recordRequested);
    QTableView* table = view()->table();
    const QRect cell = table->visualRect(view()->model()->index(0, AuditEventsModel::Record));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), QStringLiteral("parents"));
    QCOMPARE(requested.first().at(1).toString(), parent);
    QCOMPARE(m_app.window()->detailPanel()->table(), QStringLiteral("parents"));
    QCOMPARE(m_app.window()->detailPanel()->recordId(), parent);
    QVERIFY(m_app.window()->detailPanel()->isVisible());
    // A click elsewhere in the row only selects it.
    const QRect when = table->visualRect(view()->model()->index(0, AuditEventsModel::When));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, when.center());
    QCOMPARE(requested.size(), 1);
}

void TestAuditView::coordinatorReadsOnlyItsRegion()
{
    QTemporaryDir dir;
    MainWindowFixture coordinator;
    QString error;
    QVERIFY2(coordinator.signIn(dir.path(), QUrl(m_server.baseUrl()), QStringLiteral("regie.antwerpen"), &error),
             qPrintable(error));
    coordinator.window()->show();
    AuditView* audit = coordinator.window()->pages().audit();
    QSignalSpy loaded(audit, &AuditView::pageLoaded);
    QVERIFY(coordinator.window()->showView(QStringLiteral("audit")));
    QVERIFY(loaded.wait(20000));
    audit->setPageSize(500);
    QVERIFY(waitForPage(audit));
    QVERIFY(audit->model()->rowCount() > 0);
    bool sawOwnSignIn = false;
    for (const QJsonObject& e : events(audit)) {
        QCOMPARE(e.value(QStringLiteral("region_id")).toString(), QStringLiteral("antwerpen"));
        sawOwnSignIn =
            sawOwnSignIn || (e.value(QStringLiteral("action")).toString() == QLatin1String("auth.login") &&
                             e.value(QStringLiteral("account_id")).toString() == coordinator.session().account().id);
    }
    QVERIFY(sawOwnSignIn);
    // Mechelen's failed sign-in, found by the admin above, is not among them.
    QVERIFY(AuditFilterBar::selectCode(audit->filterBar()->actionBox(), QStringLiteral("auth.login_failed")));
    QVERIFY(waitForPage(audit, false));
    QCOMPARE(audit->model()->rowCount(), 0);
    QVERIFY(!audit->anonymisationButton()->isVisibleTo(coordinator.window()));
    coordinator.close();
}

void TestAuditView::counterIsToldItMayNot()
{
    QTemporaryDir dir;
    MainWindowFixture counter;
    QString error;
    QVERIFY2(counter.signIn(dir.path(), QUrl(m_server.baseUrl()), QStringLiteral("loket.antwerpen"), &error),
             qPrintable(error));
    counter.window()->show();
    // The rail leaves the page out for counter staff (RolePages); the server refuses all the same, and the page,
    // were it asked, says so in words.
    QVERIFY(!counter.window()->showView(QStringLiteral("audit")));
    QSignalSpy loaded(counter.window()->pages().audit(), &AuditView::pageLoaded);
    counter.window()->pages().audit()->reload();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toBool(), false);
    QVERIFY2(counter.window()->pages().audit()->notice().contains(QLatin1String("may not read the audit log")),
             qPrintable(counter.window()->pages().audit()->notice()));
    QVERIFY(!counter.window()->pages().audit()->table()->isVisibleTo(counter.window()));
    counter.close();
}

void TestAuditView::offlineSaysSo()
{
    // The admin's cache opened without a network, as on a laptop on the train.
    QTemporaryDir dir;
    const QString user = QStringLiteral("admin");
    const QString cache = m_app.profile().cachePath(QUrl(m_server.baseUrl()), user);
    m_app.close();
    QVERIFY(QFile::copy(cache, MainWindowFixture::offlineCachePath(dir.path(), user)));
    QString error;
    QVERIFY2(m_app.openOffline(dir.path(), user, &error), qPrintable(error));
    m_app.window()->show();
    QVERIFY(m_app.window()->showView(QStringLiteral("audit")));
    QVERIFY(!m_app.session().isOnline());
    QVERIFY2(view()->notice().contains(QLatin1String("You are working offline")), qPrintable(view()->notice()));
    QVERIFY(!view()->table()->isVisibleTo(m_app.window()));
    QVERIFY(!view()->exportButton()->isEnabled());
    QVERIFY(!view()->loadMoreButton()->isEnabled());
    // An export made now waits in the cache until the server can be reached.
    QString exportError;
    QVERIFY(
        m_app.window()->pages().applications()->exportCsv(dir.filePath(QStringLiteral("offline.csv")), &exportError));
    QCOMPARE(m_app.window()->exportReporter()->pendingCount(), 1);
    // Online again, it is sent with the moment it was made.
    const TestServer::Session session = m_server.login(user, QStringLiteral("demo"));
    QVERIFY(session.isValid());
    ApiClient api(QUrl(m_server.baseUrl()));
    api.setTokens(session.accessToken, session.refreshToken);
    ExportReporter sender(m_app.session().cache(), api);
    QSignalSpy reported(&sender, &ExportReporter::reported);
    sender.flush();
    QVERIFY(reported.wait(10000));
    QCOMPARE(sender.pendingCount(), 0);
    const ApiResult newest = api.getBlocking(QStringLiteral("/audit"), AuditClient::query({}, QString(), 1));
    const QJsonObject event = newest.json.value(QStringLiteral("events")).toArray().first().toObject();
    QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("export.csv"));
    QVERIFY2(event.value(QStringLiteral("summary")).toString().contains(QLatin1String(", exported at ")),
             qPrintable(event.value(QStringLiteral("summary")).toString()));
}

// The summaries the account, mail and anonymisation endpoints write (server/auth/AccountAdmin, server/privacy) read in
// words in the window's language, not as the server's English.
void TestAuditView::everySummaryTheServerWritesReadsInWords()
{
    UiLanguage::set(QStringLiteral("nl"));
    UiLanguage::installTranslators(*QCoreApplication::instance());
    QCOMPARE(AuditText::summary(QStringLiteral("role counter, 1 region(s), one-time password")),
             QStringLiteral("rol loketmedewerker, 1 regio, eenmalig wachtwoord"));
    QCOMPARE(AuditText::summary(QStringLiteral("one-time password sent by mail; 2 session(s) revoked")),
             QStringLiteral("eenmalig wachtwoord per e-mail verstuurd; 2 sessies beëindigd"));
    const QString anonymised = AuditText::summary(
        QStringLiteral("closed before 2021-12-07, messages before 2024-12-07: parents 2, children 2, applications 1"));
    QVERIFY2(anonymised.startsWith(QStringLiteral("gezinnen afgesloten voor 07-12-2021")), qPrintable(anonymised));
    QVERIFY2(anonymised.contains(QStringLiteral("Ouder: 2")), qPrintable(anonymised));
    QCOMPARE(AuditText::summary(QStringLiteral("family_years 5, message_years 2")),
             QStringLiteral("gezinnen 5 jaar, berichtteksten 2 jaar"));
    QCOMPARE(AuditText::action(QStringLiteral("anonymisation.run")), QStringLiteral("Oude gegevens geanonimiseerd"));
    MainWindowFixture::useEnglish();
}

QTEST_MAIN(TestAuditView)
#include "TestAuditView.moc"

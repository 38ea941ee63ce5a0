#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PageFactory.h"
#include "TestClient.h"
#include "TestServer.h"
#include "allocation/AllocationDialog.h"
#include "allocation/AllocationDraftView.h"
#include "allocation/RuleSetDialog.h"
#include "common/UiLanguage.h"
#include "emergency/EmergencyEntryDialog.h"
#include "places/FreePlacesView.h"
#include "store/records/EmergencyActions.h"
#include "store/records/FreePlaceActions.h"
#include "store/records/OfferActions.h"
#include "store/records/RecordQuery.h"
#include "sync/SyncEngine.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

// The joint allocation from the desktop client against a real server (on both storage dialects): the coordinator
// makes a draft and reviews it in the window, confirms it into offers that reach the counter's client by pull, the
// family answers; a draft overtaken by a change is refused as stale and sends nothing; a counter is refused; the
// region's priority rules read in plain words and changed by its coordinator.
class TestAllocationWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void draftReviewConfirmAndAnswer();
    void aStaleDraftSendsNothing();
    void aCounterIsRefused();
    void rulesInPlainWordsAndChosenByTheCoordinator();

private:
    void sync();
    AllocationDialog* openWithDraft(qint64 seed);
    bool waitForMessage(AllocationDialog* dialog, const QString& part);

    TestServer m_server{TestServer::Demo};
    QTemporaryDir m_dir;
    MainWindowFixture m_app;
};

void TestAllocationWindow::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    UiLanguage::set(QStringLiteral("en"));
    QString error;
    QVERIFY2(m_app.signIn(m_dir.path(), QUrl(m_server.baseUrl()), QStringLiteral("regie.antwerpen"), &error),
             qPrintable(error));
    m_app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app.window()));
    sync();
}

void TestAllocationWindow::cleanupTestCase()
{
    m_app.close();
}

void TestAllocationWindow::sync()
{
    QSignalSpy applied(m_app.window(), &MainWindow::syncApplied);
    m_app.session().sync().start();
    QVERIFY(applied.wait(60000));
    QCOMPARE(applied.last().first().toBool(), true);
}

bool TestAllocationWindow::waitForMessage(AllocationDialog* dialog, const QString& part)
{
    return QTest::qWaitFor([&]() { return dialog->messageLabel()->text().contains(part); }, 30000);
}

AllocationDialog* TestAllocationWindow::openWithDraft(qint64 seed)
{
    AllocationDialog* dialog = m_app.window()->openAllocation();
    dialog->seedEdit()->setText(QString::number(seed));
    if (!dialog->draftButton()->isEnabled())
        return nullptr;
    QTest::mouseClick(dialog->draftButton(), Qt::LeftButton);
    if (!waitForMessage(dialog, QStringLiteral("Draft made")))
        return nullptr;
    return dialog;
}

void TestAllocationWindow::draftReviewConfirmAndAnswer()
{
    AllocationDialog* dialog = openWithDraft(20261207);
    QVERIFY(dialog);
    const QJsonObject run = dialog->shownRun();
    QCOMPARE(str(run, "status"), QStringLiteral("draft"));
    QCOMPARE(run.value(QLatin1String("seed")).toInteger(), 20261207);
    const QJsonObject summary = run.value(QLatin1String("summary")).toObject();
    const int matched = summary.value(QLatin1String("matched")).toInt();
    // The demo fits part of its places to waiting families (DemoPlaceFitter): a run places families in most seats.
    QVERIFY2(matched * 2 >= summary.value(QLatin1String("slots")).toInt(),
             qPrintable(QStringLiteral("the demo region's draft fills only %1 of %2 seats")
                            .arg(matched)
                            .arg(summary.value(QLatin1String("slots")).toInt())));
    // Every open application of the region is in the review, named from the cache, with the reason in words.
    QTableWidget* table = dialog->draftView()->applicationTable();
    QCOMPARE(table->rowCount(), summary.value(QLatin1String("applications")).toInt());
    QVERIFY(dialog->draftView()->summaryLabel()->text().contains(QString::number(matched)));
    for (int r = 0; r < table->rowCount(); ++r) {
        QVERIFY(table->item(r, AllocationDraftView::Number)->text().startsWith(QLatin1String("ANT-")));
        QVERIFY(!table->item(r, AllocationDraftView::Reason)->text().isEmpty());
    }
    // Per location, who gets the seats: every family with a place is named once, by its number.
    QTableWidget* locations = dialog->draftView()->locationTable();
    int named = 0;
    for (int r = 0; r < locations->rowCount(); ++r) {
        const QString numbers = locations->item(r, 5)->text();
        named += numbers.isEmpty() ? 0 : int(numbers.split(QStringLiteral(", ")).size());
    }
    QCOMPARE(named, matched);
    dialog->draftView()->outcomeFilter()->setCurrentIndex(1); // with a place
    int shown = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        shown += table->isRowHidden(r) ? 0 : 1;
    QCOMPARE(shown, matched);
    const QString csv = m_dir.filePath(QStringLiteral("allocation.csv"));
    int rows = 0;
    QString error;
    QVERIFY2(dialog->draftView()->exportCsv(csv, &rows, &error), qPrintable(error));
    QCOMPARE(rows, matched);
    // Nothing changed for the families yet.
    sync();
    const RecordQuery records(m_app.session().cache());
    for (const QJsonObject& offer :
         records.rowsWhere(QStringLiteral("offers"), QStringLiteral("status"), QStringLiteral("sent")))
        QVERIFY(str(offer, "allocation_run_id") != str(run, "id"));

    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(waitForMessage(dialog, QStringLiteral("offer(s) sent")));
    QCOMPARE(str(dialog->shownRun(), "status"), QStringLiteral("confirmed"));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    // The urgent families left without a place are one filter away, for the emergency list.
    const int proposals = dialog->shownRun().value(QLatin1String("emergency_proposals")).toArray().size();
    dialog->draftView()->outcomeFilter()->setCurrentIndex(3);
    shown = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        shown += table->isRowHidden(r) ? 0 : 1;
    QCOMPARE(shown, proposals);
    QVERIFY2(proposals > 0, "the demo's run leaves no urgent family without a place");
    {
        // One of them goes on the emergency list from here, in the usual dialog.
        int row = 0;
        while (table->isRowHidden(row))
            ++row;
        table->setCurrentCell(row, AllocationDraftView::Number);
        const QString urgent = dialog->draftView()->selectedApplication();
        QVERIFY(dialog->emergencyButton()->isEnabled());
        QTest::mouseClick(dialog->emergencyButton(), Qt::LeftButton);
        EmergencyEntryDialog* entry = nullptr;
        QVERIFY(QTest::qWaitFor([&]() { return (entry = dialog->findChild<EmergencyEntryDialog*>()) != nullptr; }));
        entry->accept();
        QVERIFY(waitForMessage(dialog, QStringLiteral("Put on the emergency list")));
        QVERIFY(!dialog->draftView()->isProposed(urgent));
        QVERIFY(!EmergencyActions(m_app.session().cache(), QString(), QString()).openEntryOf(urgent).isEmpty());
    }
    sync(); // the dialog asked for it too; this one is sure to have finished
    QVector<QJsonObject> offers;
    for (const QJsonObject& offer :
         records.rowsWhere(QStringLiteral("offers"), QStringLiteral("allocation_run_id"), str(run, "id")))
        offers.append(offer);
    QCOMPARE(offers.size(), matched);
    for (const QJsonObject& offer : offers) {
        QCOMPARE(str(offer, "status"), QStringLiteral("sent"));
        QCOMPARE(str(offer, "respond_by"), dialog->respondByEdit()->date().toString(Qt::ISODate));
        QCOMPARE(str(records.row(QStringLiteral("applications"), str(offer, "application_id")), "status"),
                 QStringLiteral("offered"));
    }
    dialog->close();

    // The counter's client sees the offers by pull, and records the families' answers.
    auto counter = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("loket.antwerpen"));
    QVERIFY(counter->session);
    QVERIFY2(counter->session->sync().syncBlocking(&error), qPrintable(error));
    QCOMPARE(counter->records()
                 .rowsWhere(QStringLiteral("offers"), QStringLiteral("allocation_run_id"), str(run, "id"))
                 .size(),
             offers.size());
    QVERIFY2(OfferActions(counter->cache()).recordAnswer(str(offers.first(), "id"), QStringLiteral("accepted"), &error),
             qPrintable(error));
    if (offers.size() > 1)
        QVERIFY2(
            OfferActions(counter->cache()).recordAnswer(str(offers.at(1), "id"), QStringLiteral("declined"), &error),
            qPrintable(error));
    QVERIFY2(counter->session->sync().syncBlocking(&error), qPrintable(error));
    QCOMPARE(counter->records().conflictCount(), 0);
    sync();
    QCOMPARE(str(records.row(QStringLiteral("applications"), str(offers.first(), "application_id")), "status"),
             QStringLiteral("accepted"));
    if (offers.size() > 1)
        QCOMPARE(str(records.row(QStringLiteral("applications"), str(offers.at(1), "application_id")), "status"),
                 QStringLiteral("in_review"));
}

void TestAllocationWindow::aStaleDraftSendsNothing()
{
    AllocationDialog* dialog = openWithDraft(7);
    QVERIFY(dialog);
    const QJsonObject run = dialog->shownRun();
    // A free place of the run changes after the draft: one seat fewer, told by the organiser on the phone.
    QString placeId;
    const RecordQuery records(m_app.session().cache());
    for (const QJsonValue& v : run.value(QLatin1String("assignments")).toArray()) {
        placeId = str(v.toObject(), "free_place_id");
        if (!placeId.isEmpty())
            break;
    }
    QVERIFY2(!placeId.isEmpty(), "the draft gives no place");
    QString error;
    QVERIFY2(
        FreePlaceActions(m_app.session().cache())
            .update(placeId,
                    {{QStringLiteral("count"),
                      records.row(QStringLiteral("free_places"), placeId).value(QLatin1String("count")).toInt() + 1}},
                    &error),
        qPrintable(error));
    sync();
    const int offersBefore =
        records.rowsWhere(QStringLiteral("offers"), QStringLiteral("allocation_run_id"), str(run, "id")).size();
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(waitForMessage(dialog, QStringLiteral("Something changed since this draft")));
    QCOMPARE(str(dialog->shownRun(), "status"), QStringLiteral("draft"));
    sync();
    QCOMPARE(records.rowsWhere(QStringLiteral("offers"), QStringLiteral("allocation_run_id"), str(run, "id")).size(),
             offersBefore);
    QCOMPARE(offersBefore, 0);
    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
    QVERIFY(waitForMessage(dialog, QStringLiteral("discarded")));
    QCOMPARE(str(dialog->shownRun(), "status"), QStringLiteral("discarded"));
    dialog->close();
}

void TestAllocationWindow::aCounterIsRefused()
{
    QTemporaryDir dir;
    MainWindowFixture counter;
    QString error;
    QVERIFY2(counter.signIn(dir.path(), QUrl(m_server.baseUrl()), QStringLiteral("loket.antwerpen"), &error),
             qPrintable(error));
    QVERIFY(!counter.window()->pages().freePlaces()->allocationButton()->isEnabled());
    // Opened anyway (a keyboard shortcut, an old build): the server still says no, in words.
    AllocationDialog* dialog = counter.window()->openAllocation();
    QTest::mouseClick(dialog->draftButton(), Qt::LeftButton);
    QVERIFY(waitForMessage(dialog, QStringLiteral("Only the region's coordinator")));
    QVERIFY(dialog->shownRun().isEmpty());
    dialog->close();
    counter.close();
}

void TestAllocationWindow::rulesInPlainWordsAndChosenByTheCoordinator()
{
    RuleSetDialog* dialog = m_app.window()->openRules(QStringLiteral("antwerpen"));
    const QString text = dialog->findChild<QTextBrowser*>()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("brother or sister at this location")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("lottery")));
    QVERIFY(text.contains(QStringLiteral("20 %")));
    QVERIFY(dialog->useButton()->isEnabled());
    dialog->ruleSetBox()->setCurrentIndex(dialog->ruleSetBox()->findData(QStringLiteral("vl-2024")));
    QTest::mouseClick(dialog->useButton(), Qt::LeftButton);
    QVERIFY2(dialog->note()->text().startsWith(QStringLiteral("Chosen")), qPrintable(dialog->note()->text()));
    // The text now explains the chosen set: dated, with its end, and said to be the region's choice.
    const QString chosen = dialog->findChild<QTextBrowser*>()->toPlainText();
    QVERIFY2(chosen.contains(QStringLiteral("In force from")) &&
                 chosen.contains(QStringLiteral("Chosen for this region")),
             qPrintable(chosen));
    dialog->close();
    sync();
    const RecordQuery records(m_app.session().cache());
    QCOMPARE(records.pendingChanges(), 0);
    QCOMPARE(records.conflictCount(), 0);
    // The server took it: the counter's client gets the region's new rule set by pull.
    auto counter = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("loket.antwerpen"));
    QString error;
    QVERIFY2(counter->session->sync().syncBlocking(&error), qPrintable(error));
    QCOMPARE(str(counter->records().row(QStringLiteral("regions"), QStringLiteral("antwerpen")), "rule_set_id"),
             QStringLiteral("vl-2024"));
}

QTEST_MAIN(TestAllocationWindow)
#include "TestAllocationWindow.moc"

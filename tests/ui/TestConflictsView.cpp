#include "ConflictTestData.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PageFactory.h"
#include "StatusBarWidget.h"
#include "UiTestData.h"
#include "common/UiLanguage.h"
#include "conflicts/ComparisonModel.h"
#include "conflicts/ConflictListModel.h"
#include "conflicts/ConflictText.h"
#include "conflicts/ConflictsView.h"
#include "conflicts/RowEditDialog.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/conflicts/ConflictStore.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"
#include "sync/ClientSession.h"
#include "sync/OutboxBatch.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

// The Conflicts view in the main window, over an offline session whose cache holds one entry of each kind
// (made as a sync makes them), driven with mouse and keys as a counter worker would.
class TestConflictsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsOpenEntriesInPlainWords();
    void statusBarCountOpensTheView();
    void comparisonAsksOnlyForTheClashingFields();
    void resolveChoosingMineAndTheirs();
    void resolveWithATypedValue();
    void resendRefusedInsertAfterFixingTheEmail();
    void recreateDeletedRecord();
    void discardNeedsConfirmationAndQueuesNothing();
    void statusBarShowsPullProgressInRows();
    void resendRefusedUpdateAgainstTheRestoredRow();
    void deleteConflictOffersDeleteAnyway();
    void mergeDuplicateParentIntoTheExistingOne();
    void grabForLooking();

    // Last: it switches the language of the whole test program.
    void serverRefusalsReadInTheWindowsLanguage();

private:
    int rowOf(const QString& recordLabel) const;
    void clickRow(int row);
    void clickRadio(const QString& field, int column);
    QVector<Protocol::Mutation> outbox() const;
    ConflictsView* view() const { return m_app.window()->pages().conflicts(); }

    QTemporaryDir m_dir;
    UiTestData m_data;
    ConflictTestData m_conflicts;
    int m_run = 0;
    MainWindowFixture m_app; // offline
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_comparisonTester;
};

void TestConflictsView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MainWindowFixture::useEnglish();
}

void TestConflictsView::init()
{
    // A fresh profile per test: every test decides about the entries and so changes the cache.
    const QString dir = m_dir.filePath(QString::number(++m_run));
    const QString path = MainWindowFixture::offlineCachePath(dir, m_data.username);
    QString error;
    QVERIFY2(m_data.writeCache(path, &error), qPrintable(error));
    {
        LocalCache cache;
        QCOMPARE(cache.open(path), LocalCache::OpenStatus::Ok);
        QVERIFY2(m_conflicts.fill(cache, m_data, &error), qPrintable(error));
    }
    QVERIFY2(m_app.openOffline(dir, m_data.username, &error), qPrintable(error));
    m_app.window()->resize(1400, 860);
    m_listTester = std::make_unique<QAbstractItemModelTester>(view()->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_comparisonTester = std::make_unique<QAbstractItemModelTester>(
        view()->comparison(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app.window()));
    m_app.window()->activateWindow(); // shortcuts only reach the active window
    QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
    QVERIFY(m_app.window()->showView(QStringLiteral("conflicts")));
}

void TestConflictsView::cleanup()
{
    m_comparisonTester.reset();
    m_listTester.reset();
    m_app.close();
}

int TestConflictsView::rowOf(const QString& recordLabel) const
{
    const ConflictListModel* model = view()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, ConflictListModel::RecordColumn).data().toString() == recordLabel)
            return r;
    }
    return -1;
}

void TestConflictsView::clickRow(int row)
{
    QTableView* list = view()->list();
    const QRect cell = list->visualRect(list->model()->index(row, ConflictListModel::RecordColumn));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
}

void TestConflictsView::clickRadio(const QString& field, int column)
{
    QTableView* table = view()->comparisonTable();
    const int row = view()->comparison()->rowOf(field);
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(view()->comparison()->index(row, column));
    // Where the style puts a cell's indicator: after the focus margin, as wide as an indicator.
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const int width = table->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, table);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(cell.left() + margin + width / 2, cell.center().y()));
}

QVector<Protocol::Mutation> TestConflictsView::outbox() const
{
    QString error;
    return OutboxBatch::next(m_app.session().cache(), 100, &error);
}

void TestConflictsView::listsOpenEntriesInPlainWords()
{
    const ConflictListModel* model = view()->model();
    QCOMPARE(model->rowCount(), 4);
    const int conflict = rowOf(QStringLiteral("Ayşe Çelik"));
    const int refused = rowOf(QStringLiteral("Jan Peeters"));
    const int duplicate = rowOf(QStringLiteral("New application for Noor Çelik"));
    QVERIFY(conflict >= 0 && refused >= 0 && duplicate >= 0);
    auto cell = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(conflict, ConflictListModel::KindColumn), QStringLiteral("Changed by someone else"));
    QCOMPARE(cell(conflict, ConflictListModel::TableColumn), QStringLiteral("Parent"));
    QCOMPARE(cell(conflict, ConflictListModel::ReasonColumn),
             QStringLiteral("Also changed by someone else: E-mail, Phone"));
    QCOMPARE(cell(refused, ConflictListModel::KindColumn), QStringLiteral("Refused by the server"));
    QCOMPARE(cell(refused, ConflictListModel::ReasonColumn),
             QStringLiteral("E-mail is not accepted by the mail server"));
    QCOMPARE(cell(duplicate, ConflictListModel::KindColumn), QStringLiteral("Already exists"));
    QCOMPARE(cell(duplicate, ConflictListModel::TableColumn), QStringLiteral("Application"));
    QVERIFY(
        cell(0, ConflictListModel::WhenColumn).contains(QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy"))));
    const QString status = m_app.window()->statusBarWidget()->text();
    QVERIFY2(status.contains(QStringLiteral("Conflicts: 3")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Refused changes: 1")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Pending changes: 0")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Offline — data as of")), qPrintable(status));
}

void TestConflictsView::statusBarCountOpensTheView()
{
    m_app.window()->showView(QStringLiteral("applications"));
    QTest::mouseClick(m_app.window()->statusBarWidget()->refusedButton(), Qt::LeftButton);
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("conflicts"));
    m_app.window()->showView(QStringLiteral("parents"));
    QTest::mouseClick(m_app.window()->statusBarWidget()->conflictsButton(), Qt::LeftButton);
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("conflicts"));
    QVERIFY(view()->isVisible());
    m_app.window()->showView(QStringLiteral("applications"));
    // The eighth and last part of a counter worker's rail (no accounts, no audit log).
    QTest::keyClick(m_app.window(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("conflicts"));
}

void TestConflictsView::comparisonAsksOnlyForTheClashingFields()
{
    clickRow(rowOf(QStringLiteral("Ayşe Çelik")));
    ComparisonModel* comparison = view()->comparison();
    QVERIFY(comparison->isChoosing());
    QCOMPARE(comparison->rowCount(), 3); // e-mail and phone clash; the street changed on the server only
    QCOMPARE(comparison->choiceAt(comparison->rowOf(QStringLiteral("email"))), ComparisonModel::Choice::None);
    QCOMPARE(comparison->choiceAt(comparison->rowOf(QStringLiteral("phone"))), ComparisonModel::Choice::None);
    QCOMPARE(comparison->choiceAt(comparison->rowOf(QStringLiteral("street"))), ComparisonModel::Choice::Theirs);
    const int phone = comparison->rowOf(QStringLiteral("phone"));
    QCOMPARE(comparison->index(phone, ComparisonModel::FieldColumn).data().toString(), QStringLiteral("Phone"));
    QCOMPARE(comparison->index(phone, ComparisonModel::MineColumn).data().toString(), QStringLiteral("0470 99 98 88"));
    QCOMPARE(comparison->index(phone, ComparisonModel::TheirsColumn).data().toString(),
             QStringLiteral("0471 55 54 44"));
    QVERIFY(!view()->resolveButton()->isEnabled()); // nothing disappears before the person decides
    QVERIFY(view()->resolveButton()->isVisible());
    QVERIFY(!view()->resendButton()->isVisible());
    const QString detail = view()->detailText();
    // Who, when and which version, as a counter worker would ask a colleague about it.
    const QDateTime changedAt = QDateTime::fromString(RecordQuery(m_app.session().cache())
                                                          .row(QStringLiteral("parents"), m_conflicts.conflictParentId)
                                                          .value(QLatin1String("updated_at"))
                                                          .toString(),
                                                      Qt::ISODate);
    QVERIFY(changedAt.isValid());
    const QString expected = QStringLiteral("Changed on the server by Els Janssens at %1 (version 3).")
                                 .arg(changedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    QVERIFY2(detail.contains(expected) || changedAt.toLocalTime().date() != QDate::currentDate(),
             qPrintable(detail + QStringLiteral("\nexpected: ") + expected));
    QVERIFY2(detail.contains(QStringLiteral("Changed on the server by Els Janssens at ")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("(version 3)")), qPrintable(detail));
}

void TestConflictsView::resolveChoosingMineAndTheirs()
{
    clickRow(rowOf(QStringLiteral("Ayşe Çelik")));
    clickRadio(QStringLiteral("email"), ComparisonModel::MineColumn);
    QVERIFY(!view()->resolveButton()->isEnabled());
    view()->refresh(); // as after a background sync: the choice made so far stays
    QCOMPARE(view()->comparison()->choiceAt(view()->comparison()->rowOf(QStringLiteral("email"))),
             ComparisonModel::Choice::Mine);
    clickRadio(QStringLiteral("phone"), ComparisonModel::TheirsColumn);
    ComparisonModel* comparison = view()->comparison();
    QCOMPARE(comparison->choiceAt(comparison->rowOf(QStringLiteral("email"))), ComparisonModel::Choice::Mine);
    QCOMPARE(comparison->choiceAt(comparison->rowOf(QStringLiteral("phone"))), ComparisonModel::Choice::Theirs);
    QVERIFY(view()->resolveButton()->isEnabled());
    QTest::mouseClick(view()->resolveButton(), Qt::LeftButton);

    const QJsonObject row =
        RecordQuery(m_app.session().cache()).row(QStringLiteral("parents"), m_conflicts.conflictParentId);
    QCOMPARE(row.value(QLatin1String("email")).toString(), m_conflicts.myEmail);
    QCOMPARE(row.value(QLatin1String("phone")).toString(), m_conflicts.theirPhone);
    QCOMPARE(row.value(QLatin1String("street")).toString(), m_conflicts.theirStreet);
    const QVector<Protocol::Mutation> queued = outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().op, Protocol::Mutation::Op::Update);
    QCOMPARE(queued.first().id, m_conflicts.conflictParentId);
    QCOMPARE(queued.first().baseVersion, 3);
    const QJsonObject expected{{QStringLiteral("email"), QJsonObject{{QStringLiteral("old"), m_conflicts.theirEmail},
                                                                     {QStringLiteral("new"), m_conflicts.myEmail}}}};
    QCOMPARE(queued.first().changes, expected);
    QCOMPARE(view()->model()->rowCount(), 3);
    QCOMPARE(rowOf(QStringLiteral("Ayşe Çelik")), -1);
    const QString status = m_app.window()->statusBarWidget()->text();
    QVERIFY2(status.contains(QStringLiteral("Conflicts: 2")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Pending changes: 1")), qPrintable(status));
    QCOMPARE(ConflictStore(m_app.session().cache()).openCounts().conflicts, 2);
}

void TestConflictsView::resolveWithATypedValue()
{
    clickRow(rowOf(QStringLiteral("Ayşe Çelik")));
    ComparisonModel* comparison = view()->comparison();
    QTableView* table = view()->comparisonTable();
    clickRadio(QStringLiteral("email"), ComparisonModel::TheirsColumn);
    // Keyboard: to the phone's "Use" cell, F2, type a third number the way people write it.
    table->setFocus();
    table->setCurrentIndex(comparison->index(comparison->rowOf(QStringLiteral("phone")), ComparisonModel::UseColumn));
    QTest::keyClick(table, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("not a phone"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
    QTRY_COMPARE(comparison->choiceAt(comparison->rowOf(QStringLiteral("phone"))), ComparisonModel::Choice::Edited);
    QVERIFY(!view()->resolveButton()->isEnabled()); // explained in plain words, not sent
    QVERIFY2(view()->detailText().contains(QStringLiteral("Phone must be a phone number")),
             qPrintable(view()->detailText()));
    QTest::keyClick(table, Qt::Key_F2);
    editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("0470 11 22 33"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(view()->resolveButton()->isEnabled());
    QCOMPARE(
        comparison->index(comparison->rowOf(QStringLiteral("phone")), ComparisonModel::UseColumn).data().toString(),
        QStringLiteral("0470 11 22 33"));
    QTest::keyClick(view(), Qt::Key_Return, Qt::ControlModifier); // a button's shortcut clicks it after a blink
    QTRY_COMPARE(view()->model()->rowCount(), 3);

    const QVector<Protocol::Mutation> queued = outbox();
    QCOMPARE(queued.size(), 1);
    const QJsonObject expected{
        {QStringLiteral("phone"), QJsonObject{{QStringLiteral("old"), m_conflicts.theirPhone},
                                              {QStringLiteral("new"), QStringLiteral("+32470112233")}}}};
    QCOMPARE(queued.first().changes, expected);
    QCOMPARE(view()->model()->rowCount(), 3);
}

void TestConflictsView::resendRefusedInsertAfterFixingTheEmail()
{
    clickRow(rowOf(QStringLiteral("Jan Peeters")));
    QVERIFY(view()->resendButton()->isVisible());
    QVERIFY(!view()->resolveButton()->isVisible());
    QVERIFY(RecordQuery(m_app.session().cache()).row(QStringLiteral("parents"), m_conflicts.refusedParentId).isEmpty());
    QTest::mouseClick(view()->resendButton(), Qt::LeftButton);
    RowEditDialog* dialog = view()->editDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QLineEdit* email = dialog->editor(QStringLiteral("email"));
    QVERIFY(email);
    QCOMPARE(email->text(), m_conflicts.refusedEmail);
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("jan.peeters@"));
    QVERIFY2(dialog->problemsText().contains(QStringLiteral("E-mail is not a valid e-mail address")),
             qPrintable(dialog->problemsText()));
    QVERIFY(!dialog->acceptButton()->isEnabled());
    QTest::keyClicks(email, QStringLiteral("example.be"));
    QVERIFY2(dialog->problemsText().isEmpty(), qPrintable(dialog->problemsText()));
    QVERIFY(dialog->acceptButton()->isEnabled());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);

    const QVector<Protocol::Mutation> queued = outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().op, Protocol::Mutation::Op::Insert);
    QCOMPARE(queued.first().id, m_conflicts.refusedParentId);
    QCOMPARE(queued.first().row.value(QLatin1String("email")).toString(), QStringLiteral("jan.peeters@example.be"));
    QCOMPARE(queued.first().row.value(QLatin1String("last_name")).toString(), QStringLiteral("Peeters"));
    QVERIFY(!queued.first().row.contains(QLatin1String("version")));
    QCOMPARE(RecordQuery(m_app.session().cache())
                 .row(QStringLiteral("parents"), m_conflicts.refusedParentId)
                 .value(QLatin1String("email"))
                 .toString(),
             QStringLiteral("jan.peeters@example.be"));
    QCOMPARE(rowOf(QStringLiteral("Jan Peeters")), -1);
    QVERIFY(m_app.window()->statusBarWidget()->text().contains(QStringLiteral("Refused changes: 0")));
}

void TestConflictsView::recreateDeletedRecord()
{
    int gone = -1;
    for (int r = 0; r < view()->model()->rowCount(); ++r) {
        if (view()->model()->entryAt(r).kind == ConflictEntry::Kind::Gone)
            gone = r;
    }
    QVERIFY(gone >= 0);
    clickRow(gone);
    QVERIFY(view()->recreateButton()->isVisible());
    QVERIFY2(view()->detailText().contains(QStringLiteral("deleted")), qPrintable(view()->detailText()));
    QTest::keyClick(view(), Qt::Key_E, Qt::ControlModifier); // a button's shortcut clicks it after a blink
    QTRY_VERIFY(view()->editDialog());
    RowEditDialog* dialog = view()->editDialog();
    QCOMPARE(dialog->editor(QStringLiteral("notes"))->text(), m_conflicts.goneNote);
    QVERIFY(dialog->acceptButton()->isEnabled());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);

    const QVector<Protocol::Mutation> queued = outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().op, Protocol::Mutation::Op::Insert);
    QVERIFY(queued.first().id != m_conflicts.goneParentId); // the old id stays deleted on the server
    QCOMPARE(queued.first().row.value(QLatin1String("notes")).toString(), m_conflicts.goneNote);
    QCOMPARE(view()->model()->rowCount(), 3);
}

void TestConflictsView::discardNeedsConfirmationAndQueuesNothing()
{
    const int duplicate = rowOf(QStringLiteral("New application for Noor Çelik"));
    clickRow(duplicate);
    QVERIFY2(view()->detailText().contains(QStringLiteral("later version")), qPrintable(view()->detailText()));
    // The server's row names no writer here: the view says so rather than guess.
    QVERIFY2(view()->detailText().contains(
                 QStringLiteral("Their application was last changed on the server by another user at ")),
             qPrintable(view()->detailText()));
    QVERIFY(!view()->mergeButton()->isVisible()); // two applications are not merged (yet)
    ComparisonModel* comparison = view()->comparison();
    QVERIFY(!comparison->isChoosing());
    const int number = comparison->rowOf(QStringLiteral("number"));
    QVERIFY(number >= 0);
    QCOMPARE(comparison->index(number, ComparisonModel::TheirsColumn).data().toString(),
             QStringLiteral("ANT-2026-000001"));
    QVERIFY(!view()->resolveButton()->isVisible());

    // Cancel first: nothing happens.
    QTest::mouseClick(view()->discardButton(), Qt::LeftButton);
    QVERIFY(view()->confirmation());
    QTRY_VERIFY(view()->confirmation()->isVisible());
    QTest::mouseClick(view()->confirmation()->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!view()->confirmation());
    QCOMPARE(view()->model()->rowCount(), 4);

    QTest::mouseClick(view()->discardButton(), Qt::LeftButton);
    QMessageBox* box = view()->confirmation();
    QVERIFY(box);
    QAbstractButton* discard = nullptr;
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            discard = b;
    }
    QVERIFY(discard);
    QTest::mouseClick(discard, Qt::LeftButton);
    QCOMPARE(view()->model()->rowCount(), 3);
    QCOMPARE(rowOf(QStringLiteral("New application for Noor Çelik")), -1);
    QVERIFY(outbox().isEmpty());
    QVERIFY(RecordQuery(m_app.session().cache())
                .row(QStringLiteral("applications"), m_conflicts.duplicateApplicationId)
                .isEmpty());
    QVERIFY(m_app.window()->statusBarWidget()->text().contains(QStringLiteral("Conflicts: 2")));
}

void TestConflictsView::statusBarShowsPullProgressInRows()
{
    StatusBarWidget* status = m_app.window()->statusBarWidget();
    QVERIFY(!status->progressBar()->isVisible());
    status->syncStarted();
    QVERIFY(status->progressBar()->isVisible());
    status->syncProgress(12500, -1);
    // Grouped as the locale groups thousands (12.500 in Belgium).
    const QString rows = QStringLiteral("Syncing… %1 rows").arg(QLocale().toString(12500));
    QVERIFY2(status->text().contains(rows), qPrintable(status->text()));
    // A server that does not announce a total gets no made-up percentage: the bar only says work goes on.
    QCOMPARE(status->progressBar()->maximum(), 0);
    // One that does (pull count=1): rows of all rows, and the share done.
    status->syncProgress(12000, 302302);
    const QString share =
        QStringLiteral("Syncing… %1 of %2 rows (4%)").arg(QLocale().toString(12000), QLocale().toString(302302));
    QVERIFY2(status->text().contains(share), qPrintable(status->text()));
    QCOMPARE(status->progressBar()->maximum(), 100);
    QCOMPARE(status->progressBar()->value(), 4);
    const QString dir = qEnvironmentVariable("OPVANGLOKET_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        m_app.window()->showView(QStringLiteral("applications"));
        QTest::qWait(100);
        QVERIFY(m_app.window()->grab().save(dir + QStringLiteral("/pull-progress-test.png")));
    }
    status->syncFinished(false, QStringLiteral("The server cannot be reached."));
    QVERIFY(!status->progressBar()->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("Offline — data as of")), qPrintable(status->text()));
    // The next round starts busy again, not at the last round's percentage.
    status->syncStarted();
    QCOMPARE(status->progressBar()->maximum(), 0);
}

void TestConflictsView::resendRefusedUpdateAgainstTheRestoredRow()
{
    LocalCache& cache = m_app.session().cache();
    const QString id = m_data.celikParentId;
    const QString before =
        RecordQuery(cache).row(QStringLiteral("parents"), id).value(QLatin1String("notes")).toString();
    QString error;
    QVERIFY2(LocalWriter(cache).update(QStringLiteral("parents"), id,
                                       {{QStringLiteral("notes"), QStringLiteral("Spreekt ook Turks")}}, &error),
             qPrintable(error));
    QVERIFY2(ConflictTestData::settleLast(cache, Protocol::MutationStatus::Rejected, QJsonObject(),
                                          QStringLiteral("invalid: notes: may not mention languages"), &error),
             qPrintable(error));
    // The cache shows the server's truth again; the typed note waits in the entry.
    QCOMPARE(RecordQuery(cache).row(QStringLiteral("parents"), id).value(QLatin1String("notes")).toString(), before);
    view()->refresh();
    int refused = -1;
    for (int r = 0; r < view()->model()->rowCount(); ++r) {
        const ConflictEntry e = view()->model()->entryAt(r);
        if (e.kind == ConflictEntry::Kind::Rejected && e.rowId == id)
            refused = r;
    }
    QVERIFY(refused >= 0);
    clickRow(refused);
    QTest::mouseClick(view()->resendButton(), Qt::LeftButton);
    QTRY_VERIFY(view()->editDialog() && view()->editDialog()->isVisible());
    QLineEdit* notes = view()->editDialog()->editor(QStringLiteral("notes"));
    QCOMPARE(notes->text(), QStringLiteral("Spreekt ook Turks"));
    notes->selectAll();
    QTest::keyClicks(notes, QStringLiteral("Belt liefst na 17 uur"));
    QTest::mouseClick(view()->editDialog()->acceptButton(), Qt::LeftButton);

    const QVector<Protocol::Mutation> queued = outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().op, Protocol::Mutation::Op::Update);
    const QJsonValue old = before.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(before);
    const QJsonObject expected{
        {QStringLiteral("notes"),
         QJsonObject{{QStringLiteral("old"), old}, {QStringLiteral("new"), QStringLiteral("Belt liefst na 17 uur")}}}};
    QCOMPARE(queued.first().changes, expected);
}

void TestConflictsView::deleteConflictOffersDeleteAnyway()
{
    LocalCache& cache = m_app.session().cache();
    const QJsonObject row =
        RecordQuery(cache)
            .rowsWhere(QStringLiteral("parents"), QStringLiteral("house_number"), QStringLiteral("9"))
            .value(0);
    const QString id = row.value(QLatin1String("id")).toString();
    QString error;
    QVERIFY2(LocalWriter(cache).remove(QStringLiteral("parents"), id, &error), qPrintable(error));
    QJsonObject theirs = row;
    theirs.insert(QStringLiteral("phone"), QStringLiteral("+32478000111"));
    theirs.insert(QStringLiteral("version"), 2);
    QVERIFY2(ConflictTestData::settleLast(cache, Protocol::MutationStatus::Conflict, theirs,
                                          QStringLiteral("the row changed since version 1"), &error),
             qPrintable(error));
    QVERIFY(!RecordQuery(cache).row(QStringLiteral("parents"), id).isEmpty()); // back, as the server has it
    view()->refresh();
    int deletion = -1;
    for (int r = 0; r < view()->model()->rowCount(); ++r) {
        if (view()->model()->entryAt(r).rowId == id)
            deletion = r;
    }
    QVERIFY(deletion >= 0);
    const qint64 entryId = view()->model()->entryAt(deletion).id;
    clickRow(deletion);
    QVERIFY(view()->currentEntry().wasDeletion());
    QVERIFY(!view()->comparison()->isChoosing());
    QVERIFY(view()->deleteButton()->isVisible());
    QVERIFY(!view()->resolveButton()->isVisible());
    QTest::mouseClick(view()->deleteButton(), Qt::LeftButton);

    const QVector<Protocol::Mutation> queued = outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().op, Protocol::Mutation::Op::Delete);
    QCOMPARE(queued.first().id, id);
    QCOMPARE(queued.first().baseVersion, 2);
    QVERIFY(RecordQuery(cache).row(QStringLiteral("parents"), id).isEmpty());
    QCOMPARE(view()->model()->rowOf(entryId), -1);
    QCOMPARE(view()->model()->rowCount(), 4);
}

void TestConflictsView::mergeDuplicateParentIntoTheExistingOne()
{
    LocalCache& cache = m_app.session().cache();
    QString error;
    QVERIFY2(m_conflicts.fillDuplicateParent(cache, m_data, &error), qPrintable(error));
    view()->refresh();
    QCOMPARE(view()->model()->rowCount(), 6); // four of fill(), the duplicate parent, its refused application
    const int duplicate = rowOf(QStringLiteral("Ayse Celik"));
    QVERIFY(duplicate >= 0);
    clickRow(duplicate);
    const QString detail = view()->detailText();
    QVERIFY2(detail.contains(QStringLiteral("already has a parent with the same national number")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("The existing parent was last changed on the server by Els Janssens at ")),
             qPrintable(detail));
    QPushButton* merge = view()->mergeButton();
    QVERIFY(merge->isVisible());
    QVERIFY(merge->isEnabled());
    QCOMPARE(merge->text(), QStringLiteral("Merge into the existing parent"));
    QVERIFY(!view()->resolveButton()->isVisible());
    QVERIFY(!view()->resendButton()->isVisible());
    QTest::mouseClick(merge, Qt::LeftButton);

    // One decision closed both entries: the duplicate and the application refused for want of its parent.
    QCOMPARE(view()->model()->rowCount(), 4);
    QCOMPARE(rowOf(QStringLiteral("Ayse Celik")), -1);
    const RecordQuery records(cache);
    QCOMPARE(records.row(QStringLiteral("children"), m_conflicts.duplicateChildId).value(QLatin1String("parent_id")),
             QJsonValue(m_data.celikParentId));
    QCOMPARE(
        records.row(QStringLiteral("applications"), m_conflicts.refusedApplicationId).value(QLatin1String("parent_id")),
        QJsonValue(m_data.celikParentId));
    QCOMPARE(records.row(QStringLiteral("parents"), m_data.celikParentId).value(QLatin1String("notes")).toString(),
             m_conflicts.duplicateNotes);
    const QVector<Protocol::Mutation> queued = outbox();
    QCOMPARE(queued.size(), 3);
    QCOMPARE(queued.at(0).id, m_data.celikParentId);
    QCOMPARE(queued.at(0).changes.keys(), QStringList{QStringLiteral("notes")}); // only what was empty there
    QCOMPARE(queued.at(1).id, m_conflicts.duplicateChildId);
    QCOMPARE(queued.at(1).changes.value(QStringLiteral("parent_id")).toObject().value(QStringLiteral("new")),
             QJsonValue(m_data.celikParentId));
    QCOMPARE(queued.at(2).op, Protocol::Mutation::Op::Insert);
    QCOMPARE(queued.at(2).id, m_conflicts.refusedApplicationId);
    const QString status = m_app.window()->statusBarWidget()->text();
    QVERIFY2(status.contains(QStringLiteral("Pending changes: 3")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Refused changes: 1")), qPrintable(status));
}

void TestConflictsView::grabForLooking()
{
    // Set OPVANGLOKET_SCREENSHOT_DIR to keep pictures of the view for a person to judge.
    clickRow(rowOf(QStringLiteral("Ayşe Çelik")));
    clickRadio(QStringLiteral("email"), ComparisonModel::MineColumn);
    const QString dir = qEnvironmentVariable("OPVANGLOKET_SCREENSHOT_DIR");
    QTest::qWait(100); // let pending layouts settle, so the picture is what a person would see
    const QPixmap picture = m_app.window()->grab();
    QVERIFY(!picture.isNull());
    if (!dir.isEmpty()) {
        QVERIFY(picture.save(dir + QStringLiteral("/conflicts-test.png")));
        clickRow(rowOf(QStringLiteral("Jan Peeters")));
        QTest::mouseClick(view()->resendButton(), Qt::LeftButton);
        QTRY_VERIFY(view()->editDialog() && view()->editDialog()->isVisible());
        QTest::keyClicks(view()->editDialog()->editor(QStringLiteral("email")), QStringLiteral("@"));
        QTest::qWait(100);
        QVERIFY(view()->editDialog()->grab().save(dir + QStringLiteral("/resend-test.png")));
        view()->editDialog()->reject();
        clickRow(rowOf(QStringLiteral("New application for Noor Çelik")));
        QTest::qWait(100);
        QVERIFY(m_app.window()->grab().save(dir + QStringLiteral("/duplicate-test.png")));
        clickRow(rowOf(QStringLiteral("Fatima El Amrani")));
        QTest::qWait(100);
        QVERIFY(m_app.window()->grab().save(dir + QStringLiteral("/gone-test.png")));
        QString error;
        QVERIFY2(m_conflicts.fillDuplicateParent(m_app.session().cache(), m_data, &error), qPrintable(error));
        view()->refresh();
        clickRow(rowOf(QStringLiteral("Ayse Celik")));
        QTest::qWait(100);
        QVERIFY(m_app.window()->grab().save(dir + QStringLiteral("/duplicate-parent-test.png")));
    }
}

// The server's reasons travel in English; the list shows them in the window's language, including the one answer
// for an id that is unknown, deleted or of another region (docs/PROTOCOL.md "References").
void TestConflictsView::serverRefusalsReadInTheWindowsLanguage()
{
    ConflictEntry entry;
    entry.kind = ConflictEntry::Kind::Rejected;
    entry.table = QStringLiteral("applications");
    entry.op = QStringLiteral("insert");
    const QString missing = QStringLiteral("invalid: parent 01930c2e-8a7b-7000-8000-000000000001 does not exist");
    const QString unfit = QStringLiteral("invalid: child_id: is a child of another parent");
    const QList<QPair<QString, QStringList>> expected{
        {QStringLiteral("nl"),
         {QStringLiteral("De ouder waarnaar verwezen wordt, bestaat niet of hoort niet bij uw regio’s."),
          QStringLiteral("is een kind van een andere ouder")}},
        {QStringLiteral("fr"),
         {QStringLiteral("Le parent auquel il renvoie n’existe pas ou ne fait pas partie de vos régions."),
          QStringLiteral("est l’enfant d’un autre parent")}}};
    for (const auto& [language, texts] : expected) {
        UiLanguage::set(language);
        UiLanguage::installTranslators(*QCoreApplication::instance());
        entry.reason = missing;
        QCOMPARE(ConflictText::reason(entry), texts.at(0));
        entry.reason = unfit;
        const QString shown = ConflictText::reason(entry);
        QVERIFY2(shown.endsWith(texts.at(1)), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("child_id")));
        // A message that carries a value: translated, the value kept.
        entry.reason = QStringLiteral("invalid: age_max_months: the ages must lie between 0 and 48 months, the "
                                      "youngest first");
        const QString ages = ConflictText::reason(entry);
        QVERIFY2(ages.contains(QLatin1String("48")) && !ages.contains(QLatin1String("youngest")), qPrintable(ages));
        // The loser of two offers of a place's last seat (docs/PROTOCOL.md "Offers and the emergency list").
        entry.table = QStringLiteral("offers");
        entry.reason = QStringLiteral("invalid: this place was just offered to another family");
        QCOMPARE(ConflictText::reason(entry),
                 language == QLatin1String("nl")
                     ? QStringLiteral("deze plaats werd net aan een ander gezin aangeboden")
                     : QStringLiteral("cette place vient d'être proposée à une autre famille"));
        entry.table = QStringLiteral("applications");
    }
    MainWindowFixture::useEnglish();
}

QTEST_MAIN(TestConflictsView)
#include "TestConflictsView.moc"

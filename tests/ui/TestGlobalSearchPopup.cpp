#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PageFactory.h"
#include "UiTestData.h"
#include "applications/ApplicationsView.h"
#include "common/UiLanguage.h"
#include "detail/DetailPanel.h"
#include "lists/ListModel.h"
#include "parents/ParentsView.h"
#include "search/GlobalSearchBox.h"
#include "search/SearchPopup.h"
#include "search/SearchResultsModel.h"
#include "store/cache/ClientProfile.h"
#include "sync/ClientSession.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The global search field and its popup in the main window, driven by the keyboard as a counter worker
// would: Ctrl+K, type, Up/Down, Enter, Esc.
class TestGlobalSearchPopup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingShowsGroupedResults();
    void downAndEnterOpenTheRecordInTheDetailPanel();
    void childOpensItsApplication();
    void recordNotLoadedInTheListLeavesNothingMarked();
    void phoneInAnyNotationFindsTheParent_data();
    void phoneInAnyNotationFindsTheParent();
    void manyHitsSayHowManyMoreAndArrowsSkipThem();
    void nothingFoundIsSaidPlainly();
    void escapeClosesAndKeepsTheText();
    void oneLetterShowsNothing();
    void clickOpensTheRecord();
    void ctrlFStillFiltersTheList();
    void accessibleNames();

private:
    void typeInSearch(const QString& text);
    QStringList headings() const;
    SearchPopup* popup() const { return m_app.window()->globalSearchBox()->popup(); }

    QTemporaryDir m_dir;
    UiTestData m_data;
    MainWindowFixture m_app; // offline
};

void TestGlobalSearchPopup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MainWindowFixture::useEnglish();
    QString error;
    QVERIFY2(m_data.writeProfileCache(m_dir.path(), MainWindowFixture::offlineServer(), &error), qPrintable(error));
}

void TestGlobalSearchPopup::init()
{
    QString error;
    QVERIFY2(m_app.openOffline(m_dir.path(), m_data.username, &error), qPrintable(error));
    m_app.window()->show();
    QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
}

void TestGlobalSearchPopup::cleanup()
{
    m_app.close();
}

void TestGlobalSearchPopup::typeInSearch(const QString& text)
{
    QTest::keyClick(m_app.window(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_app.window()->globalSearch()->hasFocus());
    QSignalSpy shown(m_app.window()->globalSearchBox(), &GlobalSearchBox::resultsShown);
    QTest::keyClicks(m_app.window()->globalSearch(), text);
    QVERIFY(shown.wait(5000));
    QCOMPARE(m_app.window()->globalSearch()->text(), text);
}

QStringList TestGlobalSearchPopup::headings() const
{
    QStringList out;
    const SearchResultsModel* model = popup()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(SearchResultsModel::RowTypeRole).toInt() == int(SearchResultsModel::RowType::Heading))
            out.append(index.data().toString());
    }
    return out;
}

void TestGlobalSearchPopup::typingShowsGroupedResults()
{
    m_app.window()->showView(QStringLiteral("dashboard"));
    typeInSearch(QStringLiteral("celik"));
    QVERIFY(popup()->isVisible());
    QCOMPARE(headings(), (QStringList{QStringLiteral("Parents (1)"), QStringLiteral("Children (1)"),
                                      QStringLiteral("Applications (1)")}));
    QCOMPARE(popup()->model()->hitCount(), 3);
    QCOMPARE(popup()->model()->index(1).data().toString(), QStringLiteral("Çelik, Ayşe"));
    const QString context = popup()->model()->index(1).data(SearchResultsModel::ContextRole).toString();
    QVERIFY2(context.contains(QStringLiteral("2000 Antwerpen")) && context.contains(QStringLiteral("0470 12 34 56")),
             qPrintable(context));
    QVERIFY(!popup()->message()->isVisible());
    QCOMPARE(popup()->currentRow(), -1);                                  // nothing chosen until the person moves
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("dashboard")); // searching moves nothing
    // Under the field, inside the window.
    const QPoint fieldBottom =
        m_app.window()->globalSearch()->mapTo(m_app.window(), QPoint(0, m_app.window()->globalSearch()->height()));
    QVERIFY(popup()->geometry().top() >= fieldBottom.y());
    QVERIFY(m_app.window()->rect().contains(popup()->geometry()));
}

void TestGlobalSearchPopup::downAndEnterOpenTheRecordInTheDetailPanel()
{
    m_app.window()->showView(QStringLiteral("dashboard"));
    typeInSearch(QStringLiteral("celik"));
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Down);
    QCOMPARE(popup()->currentRow(), 1); // the first hit, under the "Parents" heading
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Return);
    QVERIFY(!popup()->isVisible());
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("parents"));
    QCOMPARE(m_app.window()->detailPanel()->table(), QStringLiteral("parents"));
    QCOMPARE(m_app.window()->detailPanel()->recordId(), m_data.celikParentId);
    QVERIFY(m_app.window()->detailPanel()->plainText().contains(QStringLiteral("Çelik")));
    QVERIFY(m_app.window()->globalSearch()->hasFocus()); // ready for the next search
}

void TestGlobalSearchPopup::childOpensItsApplication()
{
    typeInSearch(QStringLiteral("celik"));
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Up); // from nothing, Up goes to the last hit
    QCOMPARE(popup()->model()->index(popup()->currentRow()).data().toString(), QStringLiteral("ANT-2026-000001"));
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Up); // the child
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Enter);
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("applications"));
    QCOMPARE(m_app.window()->detailPanel()->table(), QStringLiteral("applications"));
    QCOMPARE(m_app.window()->detailPanel()->recordId(), m_data.celikApplicationId);
    QCOMPARE(m_app.window()->pages().applications()->currentId(), m_data.celikApplicationId); // marked in the list too
}

void TestGlobalSearchPopup::recordNotLoadedInTheListLeavesNothingMarked()
{
    // The parents list filtered on "peeters" with one of them marked: Ayşe Çelik is not among its rows.
    ListPage* parents = m_app.window()->pages().parents();
    m_app.window()->showView(QStringLiteral("parents"));
    parents->setSearchText(QStringLiteral("peeters"));
    QTRY_VERIFY(parents->model()->totalCount() < UiTestData::kFamilies && parents->model()->totalCount() > 0);
    parents->table()->selectRow(0);
    QVERIFY(!parents->currentId().isEmpty());
    QCOMPARE(parents->model()->rowOf(m_data.celikParentId), -1);
    typeInSearch(QStringLiteral("0470 12 34 56"));
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Return);
    QCOMPARE(m_app.window()->detailPanel()->recordId(), m_data.celikParentId);
    QVERIFY2(parents->currentId().isEmpty(), qPrintable(parents->currentId())); // no other parent stays marked
}

void TestGlobalSearchPopup::phoneInAnyNotationFindsTheParent_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("slash and dots") << QStringLiteral("0470/12.34.56");
    QTest::newRow("international") << QStringLiteral("+32 470 12 34 56");
    QTest::newRow("00") << QStringLiteral("0032470123456");
}

void TestGlobalSearchPopup::phoneInAnyNotationFindsTheParent()
{
    QFETCH(QString, text);
    typeInSearch(text);
    QCOMPARE(headings().first(), QStringLiteral("Parents (1)"));
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Return); // Enter alone opens the first hit
    QCOMPARE(m_app.window()->detailPanel()->recordId(), m_data.celikParentId);
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("parents"));
}

void TestGlobalSearchPopup::manyHitsSayHowManyMoreAndArrowsSkipThem()
{
    typeInSearch(QStringLiteral("peeters"));
    const SearchResultsModel* model = popup()->model();
    // Heading, 8 parents, "n more", heading, 8 children, ...
    QCOMPARE(model->index(9).data(SearchResultsModel::RowTypeRole).toInt(), int(SearchResultsModel::RowType::More));
    const QString more = model->index(9).data().toString();
    QVERIFY2(more.startsWith(QStringLiteral("and ")) &&
                 more.endsWith(QStringLiteral("more: type more to narrow the search")),
             qPrintable(more));
    QVERIFY(!(model->flags(model->index(9)) & Qt::ItemIsSelectable));
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Down);
    QCOMPARE(popup()->currentRow(), 11); // past "n more" and the "Children" heading to the first child
    QCOMPARE(model->index(10).data().toString().left(8), QStringLiteral("Children"));
}

void TestGlobalSearchPopup::nothingFoundIsSaidPlainly()
{
    m_app.window()->detailPanel()->clear();
    typeInSearch(QStringLiteral("xyzzy"));
    QVERIFY(popup()->isVisible());
    QVERIFY(popup()->message()->isVisible());
    QVERIFY(!popup()->view()->isVisible());
    QVERIFY2(popup()->message()->text().startsWith(QStringLiteral("Nothing found for “xyzzy”.")),
             qPrintable(popup()->message()->text()));
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Down);
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Return);
    QVERIFY(m_app.window()->detailPanel()->recordId().isEmpty()); // nothing opened
}

void TestGlobalSearchPopup::escapeClosesAndKeepsTheText()
{
    typeInSearch(QStringLiteral("celik"));
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Escape);
    QVERIFY(!popup()->isVisible());
    QCOMPARE(m_app.window()->globalSearch()->text(), QStringLiteral("celik"));
    QVERIFY(m_app.window()->globalSearch()->hasFocus());
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Down); // brings the results back
    QVERIFY(popup()->isVisible());
    QCOMPARE(popup()->currentRow(), 1);
}

void TestGlobalSearchPopup::oneLetterShowsNothing()
{
    typeInSearch(QStringLiteral("ce"));
    QVERIFY(popup()->isVisible());
    QTest::keyClick(m_app.window()->globalSearch(), Qt::Key_Backspace);
    QVERIFY(!popup()->isVisible()); // at once: no search runs for one letter
}

void TestGlobalSearchPopup::clickOpensTheRecord()
{
    typeInSearch(QStringLiteral("ANT-2026-000001"));
    QCOMPARE(headings(), QStringList{QStringLiteral("Applications (1)")});
    QListView* view = popup()->view();
    const QRect hit = view->visualRect(popup()->model()->index(1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, hit.center());
    QCOMPARE(m_app.window()->detailPanel()->recordId(), m_data.celikApplicationId);
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("applications"));
    QVERIFY(!popup()->isVisible());
}

void TestGlobalSearchPopup::ctrlFStillFiltersTheList()
{
    m_app.window()->showView(QStringLiteral("applications"));
    QTest::keyClick(m_app.window(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_app.window()->pages().applications()->searchField()->hasFocus());
    QVERIFY(!m_app.window()->globalSearch()->hasFocus());
}

void TestGlobalSearchPopup::accessibleNames()
{
    QCOMPARE(m_app.window()->globalSearch()->accessibleName(),
             QStringLiteral("Search parents, children and applications"));
    QCOMPARE(popup()->accessibleName(), QStringLiteral("Search results"));
    QCOMPARE(popup()->view()->accessibleName(), QStringLiteral("Search results"));
    typeInSearch(QStringLiteral("celik"));
    const QString spoken = popup()->model()->index(1).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(QStringLiteral("Parent, Çelik, Ayşe: 2000 Antwerpen")), qPrintable(spoken));
}

QTEST_MAIN(TestGlobalSearchPopup)
#include "TestGlobalSearchPopup.moc"

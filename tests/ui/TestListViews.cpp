#include "UiLanguage.h"
#include "UiTestData.h"
#include "applications/ApplicationsView.h"
#include "lists/ListModel.h"
#include "parents/ParentsView.h"
#include "store/LocalCache.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The list views as a person uses them: typing in the search field, picking filters, selecting a row.
class TestListViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findParentByPhoneInNationalNotation();
    void findParentByNameWithoutAccents();
    void filtersNarrowTheList();
    void selectingARowAnnouncesTheRecord();
    void applicationSearchByNumber();

private:
    static void typeSearch(ListPage& view, const QString& text);
    static void waitForSearch(ListPage& view, const QString& text);

    QTemporaryDir m_dir;
    LocalCache m_cache;
    UiTestData m_data;
};

void TestListViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    QString error;
    QVERIFY2(m_data.fill(m_cache, &error), qPrintable(error));
    // English plurals ("1 parent", "450 parents") come from the English translation, as in the app.
    UiLanguage::set(QStringLiteral("en"));
    UiLanguage::installTranslators(*QCoreApplication::instance());
}

void TestListViews::typeSearch(ListPage& view, const QString& text)
{
    view.searchField()->clear();
    view.searchField()->setFocus();
    QTest::keyClicks(view.searchField(), text);
}

// Waits until the debounced search has reached the model, so a count left over from the previous search
// is never mistaken for the new one.
void TestListViews::waitForSearch(ListPage& view, const QString& text)
{
    QTRY_COMPARE(view.model()->filter().search, text);
}

void TestListViews::findParentByPhoneInNationalNotation()
{
    ParentsView view(m_cache);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(view.model()->totalCount(), UiTestData::kFamilies);
    QCOMPARE(view.countLabel()->text(), QStringLiteral("450 parents"));
    typeSearch(view, QStringLiteral("0470 12 34 56"));
    // Nothing happens while the person is still typing; the list follows after the short pause.
    QCOMPARE(view.model()->totalCount(), UiTestData::kFamilies);
    QTRY_COMPARE(view.model()->totalCount(), 1);
    QCOMPARE(view.model()->idAt(0), m_data.celikParentId);
    QCOMPARE(view.countLabel()->text(), QStringLiteral("1 parent"));
    typeSearch(view, QStringLiteral("+32 470/12.34.56"));
    waitForSearch(view, QStringLiteral("+32 470/12.34.56"));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->idAt(0), m_data.celikParentId);
}

void TestListViews::findParentByNameWithoutAccents()
{
    ParentsView view(m_cache);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    typeSearch(view, QStringLiteral("Celik"));
    QTRY_COMPARE(view.model()->totalCount(), 1);
    QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("Çelik, Ayşe"));
    typeSearch(view, QStringLiteral("ayse celik"));
    waitForSearch(view, QStringLiteral("ayse celik"));
    QCOMPARE(view.model()->idAt(0), m_data.celikParentId);
    QCOMPARE(view.model()->totalCount(), 1);
    view.searchField()->clear();
    QTRY_COMPARE(view.model()->totalCount(), UiTestData::kFamilies);
}

void TestListViews::filtersNarrowTheList()
{
    ApplicationsView view(m_cache);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QComboBox* status = view.statusFilter();
    QCOMPARE(status->itemText(0), QStringLiteral("All states"));
    QCOMPARE(status->count(), 8);
    status->setCurrentIndex(status->findData(QStringLiteral("expired")));
    QCOMPARE(view.model()->totalCount(), m_data.applicationsPerStatus.value(QStringLiteral("expired")));
    QComboBox* municipality = view.municipalityFilter();
    QCOMPARE(municipality->itemText(0), QStringLiteral("All municipalities"));
    QCOMPARE(municipality->count(), 5);
    municipality->setCurrentIndex(municipality->findData(QStringLiteral("Edegem")));
    QVERIFY(view.model()->totalCount() < m_data.applicationsPerStatus.value(QStringLiteral("expired")));
    status->setCurrentIndex(0);
    QCOMPARE(view.model()->totalCount(), m_data.familiesPerMunicipality.value(QStringLiteral("Edegem")));
    QCOMPARE(view.countLabel()->text(),
             QStringLiteral("%1 applications").arg(m_data.familiesPerMunicipality.value(QStringLiteral("Edegem"))));
    municipality->setCurrentIndex(0);
    QCOMPARE(view.model()->totalCount(), UiTestData::kFamilies);
    // Clicking a header sorts in SQL.
    view.table()->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("ANT-2026-000450"));
}

void TestListViews::selectingARowAnnouncesTheRecord()
{
    ApplicationsView view(m_cache);
    view.show();
    QSignalSpy selected(&view, &ListPage::recordSelected);
    view.table()->setFocus();
    view.table()->selectRow(0);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().at(0).toString(), QStringLiteral("applications"));
    QCOMPARE(selected.first().at(1).toString(), m_data.celikApplicationId);
    // A refresh after a sync keeps the selection.
    view.refresh();
    QCOMPARE(view.currentId(), m_data.celikApplicationId);
}

void TestListViews::applicationSearchByNumber()
{
    ApplicationsView view(m_cache);
    view.show();
    typeSearch(view, QStringLiteral("ANT-2026-000042"));
    QTRY_COMPARE(view.model()->totalCount(), 1);
    QCOMPARE(view.model()->index(0, 0).data().toString(), QStringLiteral("ANT-2026-000042"));
    typeSearch(view, QStringLiteral("Celik"));
    waitForSearch(view, QStringLiteral("Celik"));
    QCOMPARE(view.model()->totalCount(), 1);
    QCOMPARE(view.model()->idAt(0), m_data.celikApplicationId);
}

QTEST_MAIN(TestListViews)
#include "TestListViews.moc"

#include "UiLanguage.h"
#include "UiTestData.h"
#include "applications/ApplicationsView.h"
#include "lists/ListModel.h"
#include "parents/ParentsView.h"
#include "store/LocalCache.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

// The list views as a person uses them: typing in the search field, picking filters, selecting a row.
class TestListViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findParentByPhoneInNationalNotation();
    void findParentByNameWithoutAccents();
    void filtersNarrowTheList();
    void exportWritesWhatTheListShows();
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

void TestListViews::exportWritesWhatTheListShows()
{
    ApplicationsView view(m_cache);
    view.resize(1200, 700);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ListModel* model = view.model();
    view.table()->sortByColumn(0, Qt::DescendingOrder);
    // The person moved the state to the front and hid the last column.
    QHeaderView* header = view.table()->horizontalHeader();
    const int status = model->columnOf(QStringLiteral("status"));
    const int hidden = model->columnCount() - 1;
    header->moveSection(header->visualIndex(status), 0);
    header->hideSection(hidden);
    QVERIFY(model->rowCount() < UiTestData::kFamilies); // only the first pages are loaded
    const QString path = m_dir.filePath(QStringLiteral("aanvragen.csv"));
    QString error;
    QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
    QCOMPARE(view.exportNote()->text(), QStringLiteral("450 rows exported"));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), UiTestData::kFamilies + 2); // header, every row, and the empty rest after the last CRLF
    QVERIFY(lines.last().isEmpty());
    const QString headerLine = lines.first();
    QCOMPARE(headerLine.section(QLatin1Char(','), 0, 0), model->headerData(status, Qt::Horizontal).toString());
    QCOMPARE(headerLine.section(QLatin1Char(','), 1, 1), model->headerData(0, Qt::Horizontal).toString());
    QVERIFY(!headerLine.contains(model->headerData(hidden, Qt::Horizontal).toString()));
    // Rows in the list's order, all of them, with the list's words.
    QCOMPARE(lines.at(1).section(QLatin1Char(','), 0, 0), model->index(0, status).data().toString());
    QCOMPARE(lines.at(1).section(QLatin1Char(','), 1, 1), QStringLiteral("ANT-2026-000450"));
    QCOMPARE(lines.at(UiTestData::kFamilies).section(QLatin1Char(','), 1, 1), QStringLiteral("ANT-2026-000001"));
    // "Last name, first name" keeps its comma inside quotes, accents intact.
    QVERIFY(std::any_of(lines.begin(), lines.end(),
                        [](const QString& l) { return l.contains(QStringLiteral("\"Çelik, Ayşe\"")); }));
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

#include "UiTestData.h"
#include "applications/ApplicationsModel.h"
#include "common/UiLanguage.h"
#include "parents/ParentsModel.h"
#include "store/cache/LocalCache.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

// The lazy list models over a real cache filled the way a sync fills it.
class TestListModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applicationsPageByPage();
    void applicationsSortInSql();
    void applicationsFilters();
    void applicationsShowPlainWords();
    void parentsPageByPage();
    void parentsSortAndFilter();

private:
    static void fetchAll(ListModel& model);
    static QStringList column(const ListModel& model, int column, int rows);

    QTemporaryDir m_dir;
    LocalCache m_cache;
    UiTestData m_data;
};

void TestListModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    QString error;
    QVERIFY2(m_data.fill(m_cache, &error), qPrintable(error));
    UiLanguage::set(QStringLiteral("nl"));
}

void TestListModels::fetchAll(ListModel& model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

QStringList TestListModels::column(const ListModel& model, int column, int rows)
{
    QStringList values;
    for (int r = 0; r < qMin(rows, model.rowCount()); ++r)
        values.append(model.index(r, column).data().toString());
    return values;
}

void TestListModels::applicationsPageByPage()
{
    ApplicationsModel model(m_cache);
    model.setActive(true); // as when its list is on screen
    // Checked before the tester is attached: the tester itself fetches more whenever it may.
    QCOMPARE(model.totalCount(), UiTestData::kFamilies);
    QCOMPARE(model.rowCount(), ListModel::kPageSize);
    QCOMPARE(model.columnCount(), 8);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * ListModel::kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fetchAll(model);
    QCOMPARE(model.rowCount(), UiTestData::kFamilies);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.index(0, 0).data(ListModel::IdRole).toString(), m_data.celikApplicationId);
    QCOMPARE(model.rowOf(m_data.celikApplicationId), 0);
}

void TestListModels::applicationsSortInSql()
{
    ApplicationsModel model(m_cache);
    model.setActive(true); // as when its list is on screen
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int number = model.columnOf(QStringLiteral("number"));
    QCOMPARE(model.index(0, number).data().toString(), QStringLiteral("ANT-2026-000001"));
    model.sort(number, Qt::DescendingOrder);
    // The last record comes first although it was never fetched before: the sort ran in SQL.
    QCOMPARE(model.index(0, number).data().toString(), QStringLiteral("ANT-2026-000450"));
    const int start = model.columnOf(QStringLiteral("desired_start"));
    model.sort(start, Qt::AscendingOrder);
    fetchAll(model);
    QDate previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QDate d = QDate::fromString(model.index(r, start).data(ListModel::RawValueRole).toString(), Qt::ISODate);
        QVERIFY2(!previous.isValid() || previous <= d, "desired start not ascending");
        previous = d;
    }
    model.sort(number, Qt::AscendingOrder);
    QCOMPARE(model.index(0, number).data().toString(), QStringLiteral("ANT-2026-000001"));
}

void TestListModels::applicationsFilters()
{
    ApplicationsModel model(m_cache);
    model.setActive(true); // as when its list is on screen
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy totals(&model, &ListModel::totalCountChanged);
    model.setStatus(QStringLiteral("offered"));
    QCOMPARE(model.totalCount(), m_data.applicationsPerStatus.value(QStringLiteral("offered")));
    QVERIFY(model.totalCount() > 0 && model.totalCount() < UiTestData::kFamilies);
    const int status = model.columnOf(QStringLiteral("status"));
    fetchAll(model);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, status).data(ListModel::RawValueRole).toString(), QStringLiteral("offered"));
    model.setMunicipality(QStringLiteral("Mortsel"));
    QVERIFY(model.totalCount() > 0);
    QVERIFY(model.totalCount() < m_data.applicationsPerStatus.value(QStringLiteral("offered")));
    const int municipality = model.columnOf(QStringLiteral("municipality"));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, municipality).data().toString(), QStringLiteral("Mortsel"));
    model.setStatus(QString());
    QCOMPARE(model.totalCount(), m_data.familiesPerMunicipality.value(QStringLiteral("Mortsel")));
    model.setMunicipality(QString());
    model.setSearch(QStringLiteral("ANT-2026-000123"));
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("ANT-2026-000123"));
    model.setSearch(QString());
    QCOMPARE(model.totalCount(), UiTestData::kFamilies);
    QCOMPARE(totals.count(), 6);
    QCOMPARE(model.municipalities(), (QStringList{QStringLiteral("Antwerpen"), QStringLiteral("Berchem"),
                                                  QStringLiteral("Edegem"), QStringLiteral("Mortsel")}));
}

void TestListModels::applicationsShowPlainWords()
{
    ApplicationsModel model(m_cache);
    model.setActive(true); // as when its list is on screen
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Number")); // no translator loaded
    model.setStatus(QStringLiteral("in_review"));
    const int status = model.columnOf(QStringLiteral("status"));
    QCOMPARE(model.index(0, status).data().toString(), QStringLiteral("In behandeling"));
    QCOMPARE(model.index(0, status).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Het loket bekijkt de aanvraag en zoekt een passende plaats."));
    model.setStatus(QString());
    const QString start = model.index(0, model.columnOf(QStringLiteral("desired_start"))).data().toString();
    QCOMPARE(start, QStringLiteral("04-01-2027"));
    QCOMPARE(model.index(0, model.columnOf(QStringLiteral("submitted_at"))).data().toString(),
             QStringLiteral("01-06-2026"));
    QCOMPARE(model.index(0, model.columnOf(QStringLiteral("child"))).data().toString(), QStringLiteral("Noor Çelik"));
    QCOMPARE(model.index(0, model.columnOf(QStringLiteral("parent"))).data().toString(), QStringLiteral("Çelik, Ayşe"));
}

void TestListModels::parentsPageByPage()
{
    ParentsModel model(m_cache);
    model.setActive(true); // as when its list is on screen
    QCOMPARE(model.totalCount(), UiTestData::kFamilies);
    QCOMPARE(model.rowCount(), ListModel::kPageSize);
    QCOMPARE(model.columnCount(), 7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fetchAll(model);
    QCOMPARE(model.rowCount(), UiTestData::kFamilies);
    const int row = model.rowOf(m_data.celikParentId);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, model.columnOf(QStringLiteral("phone"))).data().toString(),
             QStringLiteral("0470 12 34 56"));
    QCOMPARE(model.index(row, model.columnOf(QStringLiteral("applications"))).data().toInt(), 1);
    QCOMPARE(model.index(row, model.columnOf(QStringLiteral("language"))).data().toString(), QStringLiteral("French"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Phone"));
}

void TestListModels::parentsSortAndFilter()
{
    ParentsModel model(m_cache);
    model.setActive(true); // as when its list is on screen
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int name = model.columnOf(QStringLiteral("name"));
    model.sort(name, Qt::AscendingOrder);
    const QStringList ascending = column(model, name, 5);
    model.sort(name, Qt::DescendingOrder);
    const QStringList descending = column(model, name, 5);
    QVERIFY(ascending.first().startsWith(QStringLiteral("Claes")));
    QVERIFY(descending.first() != ascending.first());
    fetchAll(model);
    QVERIFY(model.index(model.rowCount() - 1, name).data().toString().startsWith(QStringLiteral("Claes")));
    model.setMunicipality(QStringLiteral("Berchem"));
    QCOMPARE(model.totalCount(), m_data.familiesPerMunicipality.value(QStringLiteral("Berchem")));
    model.setStatus(QStringLiteral("placed"));
    QVERIFY(model.totalCount() > 0);
    QVERIFY(model.totalCount() < m_data.familiesPerMunicipality.value(QStringLiteral("Berchem")));
    model.setMunicipality(QString());
    QCOMPARE(model.totalCount(), m_data.applicationsPerStatus.value(QStringLiteral("placed")));
    model.setStatus(QString());
    model.setSearch(QStringLiteral("ouder17@example.be"));
    QCOMPARE(model.totalCount(), 1);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestListModels)
#include "TestListModels.moc"

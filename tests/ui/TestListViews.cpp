#include "UiTestData.h"
#include "applications/ApplicationsModel.h"
#include "applications/ApplicationsView.h"
#include "common/UiLanguage.h"
#include "lists/ListModel.h"
#include "lists/ListPrint.h"
#include "parents/ParentsView.h"
#include "store/cache/LocalCache.h"
#include "store/derived/ListIndex.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolButton>
#include <QtTest>

#include <algorithm>
#include <memory>

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
    void eachApplicationFilterNarrowsFromTheKeyboard();
    void applicationFiltersCombineAndClear();
    void parentFiltersNarrow();
    void savedFiltersAndColumnsSurviveARestart();
    void badStoredSettingsAreIgnored();
    void printShowsWhatTheListShows();
    void hiddenListShowsWhatASyncChangedWhenItComesBack();

private:
    static void typeSearch(ListPage& view, const QString& text);
    static void waitForSearch(ListPage& view, const QString& text);
    int sqlCount(const QString& where) const;
    static void pickByKeyboard(QComboBox* box, const QString& data);

    static inline const QString kMe = QStringLiteral("acc-lotte");

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
    // A few applications assigned to this account and on the emergency list (open or no longer).
    QSqlQuery q(m_cache.database());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE applications SET assigned_account_id = '%1' WHERE number LIKE '%%3'").arg(kMe)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO emergency_entries(id, application_id, parent_id, urgency, status) "
                                  "SELECT 'e-' || id, id, parent_id, 1, CASE WHEN number LIKE '%0' THEN 'resolved' "
                                  "ELSE 'open' END FROM applications WHERE number LIKE '%0' OR number LIKE '%7'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE applications SET priority = json_set(priority, '$.low_income', json('true')) "
                                  "WHERE number LIKE '%1' OR number LIKE '%4'")));
    // Plain SQL passes the writers by: derive the list's rows again, as a migration does. The checks below
    // count in the source tables, so they also prove the derived rows right.
    QSqlDatabase db = m_cache.database();
    QVERIFY2(ListIndex::rebuildAll(db, &error), qPrintable(error));
}

int TestListViews::sqlCount(const QString& where) const
{
    QSqlQuery q(m_cache.database());
    const bool ok =
        q.exec(QStringLiteral("SELECT count(*) FROM applications a LEFT JOIN parents p ON p.id = a.parent_id "
                              "WHERE ") +
               where) &&
        q.next();
    return ok ? q.value(0).toInt() : -1;
}

// Moves a combo box to the item with this data the way a person does: focus, then arrow keys.
void TestListViews::pickByKeyboard(QComboBox* box, const QString& data)
{
    box->setFocus();
    const int target = box->findData(data);
    QVERIFY(target >= 0);
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
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

void TestListViews::eachApplicationFilterNarrowsFromTheKeyboard()
{
    ApplicationsView view(m_cache);
    view.resize(1200, 700);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    view.useSettings(settings, kMe);
    FilterBar* bar = view.filterBar();
    ListModel* model = view.model();
    const auto check = [&](const QString& where) {
        const int expected = sqlCount(where);
        QVERIFY2(expected > 0 && expected < UiTestData::kFamilies, qPrintable(where));
        QCOMPARE(model->totalCount(), expected);
        QCOMPARE(view.countLabel()->text(), QStringLiteral("%1 applications").arg(expected));
    };
    pickByKeyboard(bar->statusBox(), QStringLiteral("in_review"));
    check(QStringLiteral("a.status = 'in_review'"));
    pickByKeyboard(bar->statusBox(), QString());
    pickByKeyboard(bar->municipalityBox(), QStringLiteral("Berchem"));
    check(QStringLiteral("p.municipality = 'Berchem'"));
    pickByKeyboard(bar->municipalityBox(), QString());
    QCOMPARE(model->totalCount(), UiTestData::kFamilies);
    // Every application prefers the first location, none the third.
    QComboBox* location = bar->locationBox();
    QCOMPARE(location->count(), 5);
    location->setFocus();
    QTest::keyClick(location, Qt::Key_Down); // the first location by name
    QVERIFY(location->currentIndex() == 1);
    const QString firstLocation = location->currentData().toString();
    QSqlQuery q(m_cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM applications a WHERE EXISTS (SELECT 1 FROM "
                                  "json_each(a.preferences) WHERE value = '%1')")
                       .arg(firstLocation)) &&
            q.next());
    QCOMPARE(model->totalCount(), q.value(0).toInt());
    pickByKeyboard(location, QString());
    pickByKeyboard(bar->channelBox(), QStringLiteral("online"));
    check(QStringLiteral("a.channel = 'online'"));
    pickByKeyboard(bar->channelBox(), QString());
    // Priority grounds from the button's menu.
    QMenu* priority = bar->priorityButton()->menu();
    QAction* lowIncome = priority->actions().at(ListFilter::priorityFlags().indexOf(QStringLiteral("low_income")));
    lowIncome->trigger();
    check(QStringLiteral("json_extract(a.priority, '$.low_income') = 1"));
    QCOMPARE(bar->priorityButton()->text(), QStringLiteral("Priority (1)"));
    lowIncome->trigger();
    // Ticked with the space bar.
    bar->assignedToMeBox()->setFocus();
    QTest::keyClick(bar->assignedToMeBox(), Qt::Key_Space);
    check(QStringLiteral("a.assigned_account_id = '%1'").arg(kMe));
    QTest::keyClick(bar->assignedToMeBox(), Qt::Key_Space);
    bar->emergencyBox()->setFocus();
    QTest::keyClick(bar->emergencyBox(), Qt::Key_Space);
    check(QStringLiteral("EXISTS (SELECT 1 FROM emergency_entries e WHERE e.application_id = a.id "
                         "AND e.status = 'open')"));
    QTest::keyClick(bar->emergencyBox(), Qt::Key_Space);
    // Dates are typed.
    QDateEdit* from = bar->desiredFromEdit();
    from->setFocus();
    QTest::keyClicks(from, QStringLiteral("01022027"));
    QCOMPARE(from->date(), QDate(2027, 2, 1));
    check(QStringLiteral("a.desired_start >= '2027-02-01'"));
    QDateEdit* until = bar->submittedToEdit();
    until->setFocus();
    QTest::keyClicks(until, QStringLiteral("30062026"));
    check(QStringLiteral("a.desired_start >= '2027-02-01' AND a.submitted_at < '2026-07-01'"));
    QCOMPARE(model->filter().desiredFrom, QDate(2027, 2, 1));
    QCOMPARE(model->filter().submittedTo, QDate(2026, 6, 30));
    // Delete puts a date back to "any".
    QTest::keyClick(until, Qt::Key_Delete);
    QCOMPARE(until->text(), QStringLiteral("any"));
    check(QStringLiteral("a.desired_start >= '2027-02-01'"));
}

void TestListViews::applicationFiltersCombineAndClear()
{
    ApplicationsView view(m_cache);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    FilterBar* bar = view.filterBar();
    pickByKeyboard(bar->municipalityBox(), QStringLiteral("Antwerpen"));
    pickByKeyboard(bar->channelBox(), QStringLiteral("counter"));
    bar->priorityButton()->menu()->actions().at(1)->trigger(); // single parent
    const int expected = sqlCount(QStringLiteral("p.municipality = 'Antwerpen' AND a.channel = 'counter' AND "
                                                 "json_extract(a.priority, '$.single_parent') = 1"));
    QVERIFY(expected > 0);
    QCOMPARE(view.model()->totalCount(), expected);
    typeSearch(view, QStringLiteral("Celik"));
    QTRY_COMPARE(view.model()->totalCount(), 1);
    QVERIFY(view.filterInWords().contains(QStringLiteral("Municipality: Antwerpen")));
    QVERIFY(view.filterInWords().contains(QStringLiteral("Single parent")));
    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    QCOMPARE(view.model()->totalCount(), UiTestData::kFamilies);
    QVERIFY(view.model()->filter().isEmpty());
    QVERIFY(view.searchField()->text().isEmpty());
    QCOMPARE(bar->municipalityBox()->currentIndex(), 0);
    QCOMPARE(bar->priorityButton()->text(), QStringLiteral("Any priority"));
    QCOMPARE(view.filterInWords(), QStringLiteral("No filters: every record"));
}

void TestListViews::parentFiltersNarrow()
{
    ParentsView view(m_cache);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    FilterBar* bar = view.filterBar();
    QVERIFY(!bar->channelBox() && !bar->locationBox() && !bar->desiredFromEdit());
    pickByKeyboard(bar->languageBox(), QStringLiteral("fr"));
    QSqlQuery q(m_cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM parents WHERE language = 'fr'")) && q.next());
    QCOMPARE(view.model()->totalCount(), q.value(0).toInt());
    bar->openApplicationBox()->setFocus();
    QTest::keyClick(bar->openApplicationBox(), Qt::Key_Space);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM parents p WHERE language = 'fr' AND EXISTS (SELECT 1 FROM "
                                  "applications a WHERE a.parent_id = p.id AND a.status IN "
                                  "('submitted','in_review','offered','accepted'))")) &&
            q.next());
    QVERIFY(q.value(0).toInt() > 0);
    QCOMPARE(view.model()->totalCount(), q.value(0).toInt());
    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    bar->emergencyBox()->setFocus();
    QTest::keyClick(bar->emergencyBox(), Qt::Key_Space);
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT parent_id) FROM emergency_entries WHERE status = 'open'")) &&
            q.next());
    QCOMPARE(view.model()->totalCount(), q.value(0).toInt());
    QCOMPARE(view.countLabel()->text(), QStringLiteral("%1 parents").arg(q.value(0).toInt()));
}

void TestListViews::savedFiltersAndColumnsSurviveARestart()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("opvangloket.ini"));
    const QString channel = ApplicationsModel(m_cache).headerData(7, Qt::Horizontal).toString();
    int edegemOffered = 0;
    {
        QSettings settings(ini, QSettings::IniFormat);
        ApplicationsView view(m_cache);
        view.show();
        view.useSettings(settings, kMe);
        QCOMPARE(view.savedFilters()->count(), 1); // only the "Saved filters" heading
        pickByKeyboard(view.filterBar()->municipalityBox(), QStringLiteral("Edegem"));
        pickByKeyboard(view.filterBar()->statusBox(), QStringLiteral("offered"));
        edegemOffered = view.model()->totalCount();
        view.saveFilterAs(QStringLiteral("Edegem aangeboden"));
        QCOMPARE(view.savedFilters()->currentText(), QStringLiteral("Edegem aangeboden"));
        // A second filter, then the first again from the saved list, by keyboard.
        QTest::mouseClick(view.filterBar()->clearButton(), Qt::LeftButton);
        QCOMPARE(view.savedFilters()->currentIndex(), 0);
        pickByKeyboard(view.filterBar()->channelBox(), QStringLiteral("online"));
        view.saveFilterAs(QStringLiteral("Online"));
        view.savedFilters()->setFocus();
        QTest::keyClick(view.savedFilters(), Qt::Key_Up);
        QCOMPARE(view.model()->totalCount(), edegemOffered);
        QCOMPARE(view.model()->filter().municipality, QStringLiteral("Edegem"));
        QVERIFY(view.renameSavedFilter(QStringLiteral("Online"), QStringLiteral("Via het web")));
        QVERIFY(!view.renameSavedFilter(QStringLiteral("Via het web"), QStringLiteral("Edegem aangeboden")));
        view.saveFilterAs(QStringLiteral("Weg ermee"));
        view.deleteSavedFilter(QStringLiteral("Weg ermee"));
        // The channel column is hidden from the column menu, the state column moved to the front.
        view.columnsMenu()->popup(QPoint(0, 0));
        QAction* channelAction = nullptr;
        for (QAction* a : view.columnsMenu()->actions()) {
            if (a->text() == channel)
                channelAction = a;
        }
        QVERIFY(channelAction && channelAction->isChecked());
        channelAction->trigger();
        view.columnsMenu()->hide();
        QHeaderView* header = view.table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(7));
        header->moveSection(header->visualIndex(3), 0);
        view.table()->sortByColumn(5, Qt::DescendingOrder);
    }
    QSettings settings(ini, QSettings::IniFormat);
    ApplicationsView view(m_cache);
    view.resize(1200, 700);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.useSettings(settings, kMe);
    QCOMPARE(view.model()->totalCount(), edegemOffered);
    QCOMPARE(view.filterBar()->municipalityBox()->currentData().toString(), QStringLiteral("Edegem"));
    QCOMPARE(view.filterBar()->statusBox()->currentData().toString(), QStringLiteral("offered"));
    QCOMPARE(view.savedFilters()->currentText(), QStringLiteral("Edegem aangeboden"));
    QStringList names;
    for (int i = 1; i < view.savedFilters()->count(); ++i)
        names << view.savedFilters()->itemText(i);
    QCOMPARE(names, (QStringList{QStringLiteral("Edegem aangeboden"), QStringLiteral("Via het web")}));
    QHeaderView* header = view.table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(7));
    QCOMPARE(header->logicalIndex(0), 3);
    QCOMPARE(header->sortIndicatorSection(), 5);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // Export and print leave the hidden column out and start with the state.
    const QString path = dir.filePath(QStringLiteral("a.csv"));
    QString error;
    QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString headerLine = QString::fromUtf8(file.readLine()).remove(QChar(0xFEFF)).trimmed();
    QVERIFY(!headerLine.contains(channel));
    QVERIFY2(headerLine.startsWith(QStringLiteral("Status,")), qPrintable(headerLine));
    int rows = 0;
    std::unique_ptr<QTextDocument> doc(
        ListPrint::document(*view.table(), view.printTitle(), view.filterInWords(), &rows));
    QVERIFY(doc);
    QCOMPARE(rows, edegemOffered);
    QVERIFY(!doc->toPlainText().contains(channel));
    // A saved filter is applied by name; a missing name changes nothing.
    QVERIFY(view.applySavedFilter(QStringLiteral("Via het web")));
    QCOMPARE(view.model()->totalCount(), sqlCount(QStringLiteral("a.channel = 'online'")));
    QVERIFY(!view.applySavedFilter(QStringLiteral("Bestaat niet")));
    QCOMPARE(view.model()->filter().channel, QStringLiteral("online"));
}

void TestListViews::badStoredSettingsAreIgnored()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("opvangloket.ini"));
    {
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[lists]\n"
                   "applications\\filter=not a filter\n"
                   "applications\\savedFilters=42\n"
                   "applications\\columns=number, nonsense, child\n"
                   "applications\\hiddenColumns=number, child, parent, status, municipality, desired_start, "
                   "submitted_at, channel\n"
                   "applications\\sort=nonsense up\n"
                   "parents\\filter=42\n");
    }
    QSettings settings(ini, QSettings::IniFormat);
    ApplicationsView view(m_cache);
    view.show();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown column")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("hide every column")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable saved filters")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable current filter")));
    view.useSettings(settings, kMe);
    QCOMPARE(view.model()->totalCount(), UiTestData::kFamilies);
    QCOMPARE(view.table()->horizontalHeader()->hiddenSectionCount(), 0);
    QCOMPARE(view.savedFilters()->count(), 1);
    ParentsView parents(m_cache);
    parents.show();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable current filter")));
    parents.useSettings(settings, kMe);
    QCOMPARE(parents.model()->totalCount(), UiTestData::kFamilies);
}

// A sync that changes the cache while the person is on another page: the list reads it when it comes back.
void TestListViews::hiddenListShowsWhatASyncChangedWhenItComesBack()
{
    ApplicationsView view(m_cache);
    view.show();
    QCOMPARE(view.model()->totalCount(), UiTestData::kFamilies);
    view.hide(); // the person opened another page
    QSqlDatabase db = m_cache.database();
    QVERIFY(db.transaction()); // rolled back at the end: the other tests keep their data
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM applications WHERE id = (SELECT min(id) FROM applications)")));
    QString error;
    QVERIFY2(ListIndex::rebuildAll(db, &error), qPrintable(error));
    view.refresh(); // what MainWindow does after a sync round that changed data
    QCOMPARE(view.model()->totalCount(), UiTestData::kFamilies); // hidden: not read yet
    view.show();
    QCOMPARE(view.model()->totalCount(), UiTestData::kFamilies - 1);
    QVERIFY(db.rollback());
    QVERIFY2(ListIndex::rebuildAll(db, &error), qPrintable(error));
}

void TestListViews::printShowsWhatTheListShows()
{
    ApplicationsView view(m_cache);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    pickByKeyboard(view.filterBar()->municipalityBox(), QStringLiteral("Mortsel"));
    view.table()->sortByColumn(0, Qt::DescendingOrder);
    const int expected = view.model()->totalCount();
    QVERIFY(expected > ListModel::kPageSize / 2);
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("list.pdf")));
    QVERIFY(ListPrint::wantsLandscape(*view.table())); // eight columns
    int rows = 0;
    QVERIFY(view.printTo(&printer, &rows));
    QCOMPARE(rows, expected);
    QFile pdf(printer.outputFileName());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    const int pages = int(bytes.count("/Type /Page") - bytes.count("/Type /Pages"));
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    // The document printed: title, filter in words, every row in the list's order.
    std::unique_ptr<QTextDocument> doc(
        ListPrint::document(*view.table(), view.printTitle(), view.filterInWords(), &rows));
    const QString text = doc->toPlainText();
    QVERIFY(text.startsWith(QStringLiteral("Applications")));
    QVERIFY(text.contains(QStringLiteral("Municipality: Mortsel")));
    QStringList numbers;
    view.model()->forEachRow({0}, [&numbers](const QStringList& f) { numbers << f.first(); });
    QCOMPARE(numbers.size(), expected);
    QVERIFY(text.indexOf(numbers.first()) < text.indexOf(numbers.last()));
    for (const QString& n : numbers)
        QVERIFY(text.contains(n));
}

QTEST_MAIN(TestListViews)
#include "TestListViews.moc"

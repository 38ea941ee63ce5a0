#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "NavigationRail.h"
#include "PageFactory.h"
#include "TestServer.h"
#include "applications/ApplicationsView.h"
#include "common/UiLanguage.h"
#include "dashboard/ChartCard.h"
#include "dashboard/DashboardView.h"
#include "lists/ListModel.h"
#include "store/cache/LocalCache.h"
#include "sync/ClientSession.h"
#include "sync/SyncEngine.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

// The Dashboard page signed in to a demo server seeded today (docs/ARCHITECTURE.md "The dashboard"): the charts hold
// what the cache holds, a filter redraws them, a click on a bar opens the applications it counts, small counts say
// "< 5" in the table, each chart exports as PNG, PDF and CSV, and every chart draws in Dutch and French (with
// OPVANGLOKET_SCREENSHOT_DIR set, the pictures are kept there for a person to look at).
class TestDashboardView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void isBuiltWhenFirstOpenedAndWired();
    void chartsHoldWhatTheCacheHolds();
    void aFilterRedrawsEveryChart();
    void aClickOnABarOpensTheApplicationsItCounts();
    void smallCountsSayLessThanFive();
    void everyChartExports();
    void coloursStayApart();
    void theReportIsWrittenAsPdfAndCsv();
    void everyChartRendersInDutchAndFrench();

private:
    // Signs in as the coordinator, shows the window (on the dashboard, or on the first page as after a sign-in) and
    // waits for the first sync to fill the cache.
    void openWindow(bool onDashboard);
    DashboardView* dashboard() const { return m_app.window()->pages().dashboard(); }
    ChartCard* card(const QString& id) const;
    qint64 scalar(const QString& sql) const;
    static QVector<QBarSet*> sets(ChartCard* card);

    TestServer m_server{TestServer::Demo};
    QTemporaryDir m_dir;
    mutable MainWindowFixture m_app;
};

void TestDashboardView::initTestCase()
{
    MainWindowFixture::useEnglish();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    openWindow(false);
}

void TestDashboardView::openWindow(bool onDashboard)
{
    QString error;
    QVERIFY2(m_app.signIn(m_dir.path(), QUrl(m_server.baseUrl()), QStringLiteral("regie.antwerpen"), &error),
             qPrintable(error));
    m_app.window()->resize(1400, 1800);
    m_app.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app.window()));
    if (onDashboard)
        QVERIFY(m_app.window()->showView(QStringLiteral("dashboard")));
    QSignalSpy applied(m_app.window(), &MainWindow::syncApplied);
    m_app.session().sync().start();
    QVERIFY(applied.wait(60000));
    QCOMPARE(applied.last().first().toBool(), true);
}

void TestDashboardView::cleanupTestCase()
{
    m_app.close();
}

ChartCard* TestDashboardView::card(const QString& id) const
{
    for (ChartCard* c : dashboard()->cards()) {
        if (c->data().id == id)
            return c;
    }
    return nullptr;
}

qint64 TestDashboardView::scalar(const QString& sql) const
{
    QSqlQuery q(m_app.session().cache().database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QVector<QBarSet*> TestDashboardView::sets(ChartCard* card)
{
    const QList<QAbstractSeries*> series = card->chartView()->chart()->series();
    if (series.isEmpty())
        return {};
    return static_cast<QAbstractBarSeries*>(series.first())->barSets().toVector();
}

// Issue 17: the window builds a page the first time it is shown. Signed in and synced on the applications list, the
// dashboard and its charts do not exist yet; opened from the rail they are built, filled and wired to the window.
void TestDashboardView::isBuiltWhenFirstOpenedAndWired()
{
    MainWindow* window = m_app.window();
    QCOMPARE(window->currentView(), QStringLiteral("applications"));
    QCOMPARE(window->builtPages(), QStringList{QStringLiteral("applications")});
    QVERIFY(window->findChildren<DashboardView*>().isEmpty());
    QVERIFY(window->findChildren<QChartView*>().isEmpty());
    // The rail offers it all the same, and a click on its entry opens it.
    NavigationRail* rail = window->rail();
    const int row = int(rail->names().indexOf(QStringLiteral("dashboard")));
    QVERIFY(row >= 0);
    QTest::mouseClick(rail->viewport(), Qt::LeftButton, {}, rail->visualItemRect(rail->item(row)).center());
    QCOMPARE(window->currentView(), QStringLiteral("dashboard"));
    QVERIFY(window->builtPages().contains(QStringLiteral("dashboard")));
    QCOMPARE(window->findChildren<DashboardView*>().size(), 1);
    DashboardView* built = window->findChildren<DashboardView*>().first();
    QCOMPARE(dashboard(), built); // asking for it again builds nothing new
    QVERIFY(built->isVisible());
    QCOMPARE(built->cards().size(), 8);
    ChartCard* channels = card(QStringLiteral("channels"));
    QVERIFY(channels && !sets(channels).isEmpty());
    // Wired: a click on the online bar opens the applications list with that filter.
    const int online = 0;
    const qint64 expected = channels->data().series.at(0).values.at(online);
    QVERIFY(expected > 0);
    emit sets(channels).first()->clicked(int(channels->data().categories.size()) - 1 - online);
    QCOMPARE(window->currentView(), QStringLiteral("applications"));
    QTRY_COMPARE(window->pages().applications()->model()->totalCount(), int(expected));
    QCOMPARE(window->pages().applications()->model()->filter().channel, QStringLiteral("online"));
    window->pages().applications()->clearFilters();
    QVERIFY(window->showView(QStringLiteral("dashboard")));
}

void TestDashboardView::chartsHoldWhatTheCacheHolds()
{
    QCOMPARE(dashboard()->cards().size(), 8);
    const DashboardFilter f = dashboard()->filter();
    QCOMPARE(f.regionIds, QStringList{QStringLiteral("antwerpen")});
    ChartCard* months = card(QStringLiteral("per-month"));
    QVERIFY(months);
    qint64 filed = 0;
    for (qint64 v : months->data().series.at(0).values)
        filed += v;
    const qint64 counted = scalar(QStringLiteral("SELECT COUNT(*) FROM applications WHERE region_id = 'antwerpen' AND "
                                                 "substr(submitted_at, 1, 10) BETWEEN '%1' AND '%2'")
                                      .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    QCOMPARE(filed, counted);
    QVERIFY(filed > 100); // the demo is seeded today: the last twelve months are full
    ChartCard* channels = card(QStringLiteral("channels"));
    qint64 perChannel = 0;
    for (qint64 v : channels->data().series.at(0).values)
        perChannel += v;
    QCOMPARE(perChannel, counted);
    // The chart draws the same numbers it lists.
    const QVector<QBarSet*> bars = sets(months);
    QCOMPARE(bars.size(), 2);
    for (int i = 0; i < bars.first()->count(); ++i) {
        const qint64 v = months->data().series.at(0).values.at(i);
        QCOMPARE(bars.first()->at(i), v < 5 ? 0.0 : double(v));
    }
    QVERIFY2(dashboard()->asOfLabel()->text().startsWith(QStringLiteral("Data as of")),
             qPrintable(dashboard()->asOfLabel()->text()));
    const qint64 open = scalar(
        QStringLiteral("SELECT COUNT(*) FROM emergency_entries WHERE status = 'open' AND region_id = 'antwerpen'"));
    QVERIFY2(dashboard()->emergencyLabel()->text().contains(QString::number(open)),
             qPrintable(dashboard()->emergencyLabel()->text()));
    // The list per month ends with the list as it is today, and the demo's history fills the months before.
    const ChartData list = card(QStringLiteral("emergency-list"))->data();
    QCOMPARE(list.series.at(0).values.last(), open);
    const auto sum = [](const QVector<qint64>& values) {
        qint64 n = 0;
        for (qint64 v : values)
            n += v;
        return n;
    };
    const QString inPeriod = QStringLiteral("SELECT COUNT(*) FROM emergency_entries WHERE region_id = 'antwerpen' AND "
                                            "%1 BETWEEN '%2' AND '%3'");
    const qint64 added =
        scalar(inPeriod.arg(QStringLiteral("listed_on"), f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    const qint64 resolved =
        scalar(inPeriod.arg(QStringLiteral("resolved_on"), f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    QVERIFY(added >= 5 && resolved >= 5); // the demo has a history, not only today's list
    QCOMPARE(sum(list.series.at(1).values), added);
    QCOMPARE(sum(list.series.at(2).values), resolved);
    QVERIFY(!list.drill.last().isEmpty() && list.drill.last().onEmergencyList);
    // Every waiting child has one age and one municipality: both charts count the same children.
    QCOMPARE(sum(card(QStringLiteral("demand-by-age"))->data().series.at(0).values),
             sum(card(QStringLiteral("demand-and-places"))->data().series.at(0).values));
}

void TestDashboardView::aFilterRedrawsEveryChart()
{
    QList<QComboBox*> boxes = dashboard()->findChildren<QComboBox*>();
    QComboBox* muni = nullptr;
    for (QComboBox* box : boxes) {
        if (box->findData(QStringLiteral("Berchem")) >= 0)
            muni = box;
    }
    QVERIFY(muni);
    muni->setCurrentIndex(muni->findData(QStringLiteral("Berchem")));
    const DashboardFilter f = dashboard()->filter();
    QCOMPARE(f.municipality, QStringLiteral("Berchem"));
    qint64 filed = 0;
    for (qint64 v : card(QStringLiteral("per-month"))->data().series.at(0).values)
        filed += v;
    QCOMPARE(filed, scalar(QStringLiteral("SELECT COUNT(*) FROM applications a JOIN parents p ON p.id = a.parent_id "
                                          "WHERE a.region_id = 'antwerpen' AND p.municipality = 'Berchem' AND "
                                          "substr(a.submitted_at, 1, 10) BETWEEN '%1' AND '%2'")
                               .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate))));
    const qint64 waiting = scalar(QStringLiteral(
        "SELECT COUNT(DISTINCT a.child_id) FROM applications a JOIN parents p ON p.id = a.parent_id WHERE "
        "a.region_id = 'antwerpen' AND p.municipality = 'Berchem' AND a.status IN ('submitted', 'in_review', "
        "'offered')"));
    QVERIFY(waiting > 0);
    QCOMPARE(card(QStringLiteral("demand-and-places"))->data().categories, QStringList{QStringLiteral("Berchem")});
    QCOMPARE(card(QStringLiteral("demand-and-places"))->data().series.at(0).values.first(), waiting);
    muni->setCurrentIndex(0);
    QVERIFY(card(QStringLiteral("demand-and-places"))->data().categories.size() > 1);
}

void TestDashboardView::aClickOnABarOpensTheApplicationsItCounts()
{
    ChartCard* channels = card(QStringLiteral("channels"));
    const int online = 0; // the channels in their fixed order: online, counter, referrer, phone
    QCOMPARE(channels->data().drill.at(online).channel, QStringLiteral("online"));
    const qint64 expected = channels->data().series.at(0).values.at(online);
    // What QtCharts emits when the bar is clicked; horizontal bars are drawn bottom-up, so the first is the last.
    emit sets(channels).first()->clicked(int(channels->data().categories.size()) - 1 - online);
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("applications"));
    ListModel* list = m_app.window()->pages().applications()->model();
    QTRY_COMPARE(list->totalCount(), int(expected));
    QCOMPARE(list->filter().channel, QStringLiteral("online"));
    m_app.window()->pages().applications()->clearFilters();
    QVERIFY(m_app.window()->showView(QStringLiteral("dashboard")));

    // The waiting children under one: the list shows their applications (one open application per child and region).
    ChartCard* ages = card(QStringLiteral("demand-by-age"));
    const int underOne = 1; // not born yet, under one, one, two or older
    QCOMPARE(ages->data().drill.at(underOne).ageBand, QStringLiteral("0"));
    const qint64 children = ages->data().series.at(0).values.at(underOne);
    QVERIFY(children >= 5);
    emit sets(ages).first()->clicked(int(ages->data().categories.size()) - 1 - underOne);
    QCOMPARE(m_app.window()->currentView(), QStringLiteral("applications"));
    QTRY_COMPARE(list->totalCount(), int(children));
    QVERIFY(list->filter().hasOpenApplication);
    m_app.window()->pages().applications()->clearFilters();
    QVERIFY(m_app.window()->showView(QStringLiteral("dashboard")));
}

void TestDashboardView::smallCountsSayLessThanFive()
{
    // One week of one small municipality: few applications, so "< 5" in the table and a flat bar.
    DashboardFilter f = dashboard()->filter();
    f.municipality = QStringLiteral("Hoboken");
    f.from = QDate::currentDate().addDays(-40);
    f.to = QDate::currentDate().addDays(-34);
    dashboard()->setFilter(f);
    ChartCard* channels = card(QStringLiteral("channels"));
    channels->tableButton()->click();
    QVERIFY(channels->showsTable());
    bool sawSmall = false;
    for (int row = 0; row < channels->table()->rowCount(); ++row) {
        const qint64 v = channels->data().series.at(0).values.at(row);
        const QString shown = channels->table()->item(row, 1)->text();
        if (v < 5) {
            QCOMPARE(shown, QStringLiteral("< 5"));
            QCOMPARE(sets(channels).first()->at(channels->table()->rowCount() - 1 - row), 0.0); // bottom-up
            sawSmall = true;
        } else {
            QCOMPARE(shown, QString::number(v));
        }
    }
    QVERIFY(sawSmall);
    channels->tableButton()->click();
    f.municipality.clear();
    f.from = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addMonths(-11);
    f.to = QDate::currentDate();
    dashboard()->setFilter(f);
}

void TestDashboardView::everyChartExports()
{
    QTemporaryDir out;
    for (ChartCard* c : dashboard()->cards()) {
        QString error;
        const QString base = out.filePath(c->data().id);
        QVERIFY2(c->exportPng(base + QStringLiteral(".png"), &error), qPrintable(error));
        QImage picture(base + QStringLiteral(".png"));
        QVERIFY(!picture.isNull());
        QVERIFY(picture.width() > 200);
        QVERIFY2(c->exportPdf(base + QStringLiteral(".pdf"), &error), qPrintable(error));
        QFile pdf(base + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY2(c->exportCsv(base + QStringLiteral(".csv"), &error), qPrintable(error));
        QFile csv(base + QStringLiteral(".csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + c->data().categories.size());
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(QLatin1Char(','));
            for (int s = 0; s < c->data().series.size(); ++s) {
                const ChartData::Series& series = c->data().series.at(s);
                const qint64 v = series.values.at(i - 1);
                QCOMPARE(fields.value(s + 1), series.people && v < 5 ? QStringLiteral("<5") : QString::number(v));
            }
        }
    }
}

void TestDashboardView::theReportIsWrittenAsPdfAndCsv()
{
    QTemporaryDir out;
    QString error;
    const QString csvPath = out.filePath(QStringLiteral("report.csv"));
    QVERIFY2(dashboard()->writeReport(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("region,municipality,measure,value"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("antwerpen,*,children_with_request,")));
    const QString total = lines.at(1).section(QLatin1Char(','), 3);
    QVERIFY(total.toInt() > 0);

    const QString pdfPath = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(dashboard()->writeReport(pdfPath, &error), qPrintable(error));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    // The text of the PDF, as poppler reads it: the title, the region and the same total as the CSV.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0, "pdftotext (poppler-utils) must be installed");
    const QString read = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(read.contains(QStringLiteral("Period report childcare")), qPrintable(read.left(400)));
    QVERIFY(read.contains(QStringLiteral("Antwerpen")));
    QVERIFY(read.contains(QStringLiteral("Whole region")));
    QVERIFY(read.contains(total));
    QVERIFY(read.count(QLatin1Char('\f')) >= 5); // a title page and four sections

    QVERIFY(!dashboard()->writeReport(QStringLiteral("/nonexistent-folder/report.pdf"), &error));
    QVERIFY2(error.contains(QStringLiteral("could not be written")), qPrintable(error));
}

void TestDashboardView::coloursStayApart()
{
    const QVector<QBarSet*> bars = sets(card(QStringLiteral("per-month")));
    QCOMPARE(bars.size(), 2);
    const QColor a = bars.at(0)->color(), b = bars.at(1)->color();
    // Okabe–Ito blue and orange: far apart in hue, and in grey (printed, or read without colour) too.
    QVERIFY(qAbs(a.hue() - b.hue()) > 90);
    QVERIFY(qAbs(qGray(a.rgb()) - qGray(b.rgb())) > 50);
}

void TestDashboardView::everyChartRendersInDutchAndFrench()
{
    QStringList english;
    for (ChartCard* c : dashboard()->cards())
        english.append(c->data().title);
    const QString dir = qEnvironmentVariable("OPVANGLOKET_SCREENSHOT_DIR"); // set: the pictures are kept there
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("fr")}) {
        UiLanguage::set(language);
        UiLanguage::installTranslators(*QCoreApplication::instance());
        m_app.close();
        openWindow(true);
        const QImage page = m_app.window()->grab().toImage();
        if (!dir.isEmpty())
            page.save(QStringLiteral("%1/dashboard-%2.png").arg(dir, language));
        for (int i = 0; i < dashboard()->cards().size(); ++i) {
            ChartCard* c = dashboard()->cards().at(i);
            QVERIFY2(c->data().title != english.at(i), qPrintable(c->data().title)); // translated
            const QImage picture = c->grab().toImage();
            QVERIFY(picture.width() > 300 && picture.height() > 250);
            // Drawn, not blank: the bars' blue appears in every chart.
            bool blue = false;
            for (int y = 0; y < picture.height() && !blue; y += 2) {
                for (int x = 0; x < picture.width() && !blue; x += 2)
                    blue = picture.pixelColor(x, y) == QColor(0x00, 0x72, 0xB2);
            }
            QVERIFY2(blue, qPrintable(c->data().id));
            if (!dir.isEmpty())
                picture.save(QStringLiteral("%1/chart-%2-%3.png").arg(dir, c->data().id, language));
        }
    }
    MainWindowFixture::useEnglish();
}

QTEST_MAIN(TestDashboardView)
#include "TestDashboardView.moc"

#include "TestChanges.h"
#include "domain/RegionCatalog.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "report/PeriodFigures.h"
#include "report/PeriodReportCsv.h"
#include "report/SmallCountSuppression.h"
#include "store/cache/LocalCache.h"
#include "store/write/PullApplier.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <vector>

// The period report (docs/ARCHITECTURE.md "The period report"): every figure of PeriodFigures against counts made
// here a second way, on a fixed data set that holds the hard cases — a child with three applications, one whose
// application moved to another region, an anonymised family, a child put on the emergency list twice over time — and
// SmallCountSuppression against a brute-force reader who tries to work out every hidden cell from the shown ones.
class TestPeriodReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFigureMatchesAnIndependentCount();
    void aChildCountsOnceAndTheHardCasesCountAsTheySay();
    void smallCountsAreHiddenAndCannotBeWorkedOut();
    void suppressionOfHandMadeTables_data();
    void suppressionOfHandMadeTables();
    void csvHasTheAgencysShape();

private:
    struct Application {
        QString id, childId, region, status, channel;
        QDate filed;
        QStringList grounds;
        int acceptedAfterDays = -1;
        bool openEntry = false;
    };
    struct Child {
        QString id, parentId, municipality;
        QDate birth; // invalid: expected
    };
    void addFamily(const Child& child, const QVector<Application>& applications, bool anonymised = false);
    QHash<QPair<QString, QString>, qint64> expectedCounts() const;
    QHash<QString, int> expectedMedians() const;

    QTemporaryDir m_dir;
    LocalCache m_cache;
    QVector<Protocol::Change> m_rows;
    QVector<Child> m_children;
    QVector<Application> m_applications;
    const PeriodFigures::Period m_period{QStringLiteral("antwerpen"), QDate(2026, 1, 1), QDate(2026, 6, 30)};
    QString m_threeApplications, m_moved, m_anonymised, m_twiceOnTheList, m_resolvedTwice;
};

namespace {

const TestChanges kRows(QStringLiteral("antwerpen"));

// "29 8 9 12" → the texts a table should show, total first.
QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

void TestPeriodReport::addFamily(const Child& child, const QVector<Application>& applications, bool anonymised)
{
    m_children.append(child);
    const QString parentRegion = applications.first().region;
    QJsonObject parent{{QStringLiteral("id"), child.parentId},
                       {QStringLiteral("region_id"), parentRegion},
                       {QStringLiteral("municipality"), child.municipality}};
    if (!anonymised) {
        parent.insert(QStringLiteral("first_name"), QStringLiteral("Ouder"));
        parent.insert(QStringLiteral("last_name"), QStringLiteral("Test"));
    }
    m_rows.append(kRows.upsert(QStringLiteral("parents"), parent));
    m_rows.append(kRows.upsert(
        QStringLiteral("children"),
        {{QStringLiteral("id"), child.id},
         {QStringLiteral("region_id"), parentRegion},
         {QStringLiteral("parent_id"), child.parentId},
         {QStringLiteral("birth_date"), child.birth.isValid() ? day(child.birth) : QString()},
         {QStringLiteral("expected_birth_date"), child.birth.isValid() ? QString() : QStringLiteral("2026-09-01")}}));
    for (const Application& a : applications) {
        m_applications.append(a);
        m_applications.last().childId = child.id;
        QJsonObject priority;
        for (const QString& ground : a.grounds)
            priority.insert(ground, true);
        m_rows.append(kRows.upsert(QStringLiteral("applications"),
                                   {{QStringLiteral("id"), a.id},
                                    {QStringLiteral("region_id"), a.region},
                                    {QStringLiteral("child_id"), child.id},
                                    {QStringLiteral("parent_id"), child.parentId},
                                    {QStringLiteral("status"), a.status},
                                    {QStringLiteral("channel"), a.channel},
                                    {QStringLiteral("priority"), priority},
                                    {QStringLiteral("submitted_at"), day(a.filed) + QStringLiteral("T10:15:00Z")}}));
        if (a.acceptedAfterDays >= 0) {
            m_rows.append(kRows.upsert(QStringLiteral("offers"),
                                       {{QStringLiteral("id"), Uuid::v7()},
                                        {QStringLiteral("region_id"), a.region},
                                        {QStringLiteral("application_id"), a.id},
                                        {QStringLiteral("status"), QStringLiteral("accepted")},
                                        {QStringLiteral("updated_at"),
                                         day(a.filed.addDays(a.acceptedAfterDays)) + QStringLiteral("T16:00:00Z")}}));
        }
    }
}

void TestPeriodReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    QStringList municipalities;
    for (const Municipality& m : RegionCatalog::find(QStringLiteral("antwerpen"))->municipalities)
        municipalities.append(m.name);
    municipalities.append(QStringLiteral("Mechelen")); // a family that lives outside the region
    const QStringList statuses{QStringLiteral("submitted"), QStringLiteral("in_review"), QStringLiteral("offered"),
                               QStringLiteral("accepted"),  QStringLiteral("placed"),    QStringLiteral("cancelled"),
                               QStringLiteral("expired")};
    QRandomGenerator rng(20261207);
    const auto pick = [&rng](const QStringList& list) {
        return list.at(int(rng.bounded(quint32(list.size()))));
    };
    for (int i = 0; i < 400; ++i) {
        // Municipalities weighted so some are large and some hold only a family or two.
        const QString municipality =
            municipalities.at(int(rng.bounded(quint32(municipalities.size()))) * int(rng.bounded(100u)) / 100);
        Child child{Uuid::v7(), Uuid::v7(), municipality,
                    rng.bounded(5u) == 0 ? QDate() : QDate(2023, 6, 1).addDays(int(rng.bounded(1000u)))};
        QVector<Application> apps;
        const int count = 1 + int(rng.bounded(3u));
        for (int k = 0; k < count; ++k) {
            Application a;
            a.id = Uuid::v7();
            a.region = QStringLiteral("antwerpen");
            a.status = pick(statuses);
            a.channel = pick(PeriodFigures::channels());
            a.filed = QDate(2025, 9, 1).addDays(int(rng.bounded(420u))); // until October 2026
            for (const QString& ground : PeriodFigures::priorityGrounds()) {
                if (rng.bounded(6u) == 0)
                    a.grounds.append(ground);
            }
            if (a.status == QLatin1String("placed") || a.status == QLatin1String("accepted"))
                a.acceptedAfterDays = int(rng.bounded(300u));
            a.openEntry = rng.bounded(12u) == 0;
            apps.append(a);
        }
        addFamily(child, apps);
    }
    // The hard cases, each a family of its own.
    const auto app = [](const QString& status, const QDate& filed,
                        const QString& region = QStringLiteral("antwerpen")) {
        Application a;
        a.id = Uuid::v7();
        a.region = region;
        a.status = status;
        a.channel = QStringLiteral("counter");
        a.filed = filed;
        return a;
    };
    m_threeApplications = Uuid::v7();
    addFamily({m_threeApplications, Uuid::v7(), QStringLiteral("Antwerpen"), QDate(2025, 8, 1)},
              {app(QStringLiteral("submitted"), QDate(2026, 11, 2)),
               app(QStringLiteral("in_review"), QDate(2026, 11, 3)),
               app(QStringLiteral("cancelled"), QDate(2026, 11, 4))});
    m_moved = Uuid::v7(); // filed in Antwerp, then one application moved to Mechelen and was placed there
    Application movedAway = app(QStringLiteral("placed"), QDate(2026, 2, 10), QStringLiteral("mechelen"));
    movedAway.acceptedAfterDays = 20;
    addFamily({m_moved, Uuid::v7(), QStringLiteral("Antwerpen"), QDate(2025, 5, 1)},
              {app(QStringLiteral("in_review"), QDate(2026, 2, 9)), movedAway});
    m_anonymised = Uuid::v7();
    addFamily({m_anonymised, Uuid::v7(), QStringLiteral("Antwerpen"), QDate(2025, 1, 1)},
              {app(QStringLiteral("expired"), QDate(2026, 1, 5))}, true);
    m_twiceOnTheList = Uuid::v7();
    Application listed = app(QStringLiteral("in_review"), QDate(2026, 11, 20));
    addFamily({m_twiceOnTheList, Uuid::v7(), QStringLiteral("Antwerpen"), QDate(2025, 10, 1)}, {listed});
    m_resolvedTwice = Uuid::v7();
    Application resolved = app(QStringLiteral("in_review"), QDate(2026, 11, 21));
    addFamily({m_resolvedTwice, Uuid::v7(), QStringLiteral("Antwerpen"), QDate(2025, 10, 1)}, {resolved});
    // Emergency entries: the random ones open, the hard cases resolved once and put back (open), or resolved twice.
    const auto entry = [this](const QString& applicationId, const QString& status) {
        m_rows.append(
            kRows.upsert(QStringLiteral("emergency_entries"), {{QStringLiteral("id"), Uuid::v7()},
                                                               {QStringLiteral("application_id"), applicationId},
                                                               {QStringLiteral("status"), status}}));
    };
    for (Application& a : m_applications) {
        if (a.openEntry)
            entry(a.id, QStringLiteral("open"));
    }
    entry(listed.id, QStringLiteral("resolved"));
    entry(listed.id, QStringLiteral("open"));
    m_applications[m_applications.size() - 2].openEntry = true; // `listed`
    entry(resolved.id, QStringLiteral("resolved"));
    entry(resolved.id, QStringLiteral("resolved"));

    Protocol::PullPage page;
    page.epoch = QStringLiteral("e1");
    page.cursor = QStringLiteral("c1");
    page.changes = m_rows;
    QString error;
    QVERIFY2(PullApplier(m_cache).apply(page, &error), qPrintable(error));
}

// The figures counted over the test's own lists, not the cache: per child, the union of its applications in the
// region; the municipality is the parent's; ages on the period's last day.
QHash<QPair<QString, QString>, qint64> TestPeriodReport::expectedCounts() const
{
    QHash<QPair<QString, QString>, qint64> counts;
    const auto add = [&counts](const QString& municipality, const QString& measure) {
        ++counts[{municipality, measure}];
        ++counts[{QStringLiteral("*"), measure}];
    };
    const QStringList open{QStringLiteral("submitted"), QStringLiteral("in_review"), QStringLiteral("offered"),
                           QStringLiteral("accepted")};
    for (const Child& child : m_children) {
        bool inPeriod = false, placed = false, waiting = false, listed = false;
        QSet<QString> grounds;
        for (const Application& a : m_applications) {
            if (a.childId != child.id || a.region != m_period.regionId)
                continue;
            placed |= a.status == QLatin1String("placed");
            waiting |= open.contains(a.status);
            listed |= a.openEntry;
            if (a.filed < m_period.from || a.filed > m_period.to)
                continue;
            inPeriod = true;
            add(child.municipality, QStringLiteral("applications_") + a.channel);
            for (const QString& g : a.grounds)
                grounds.insert(g);
        }
        if (!inPeriod)
            continue;
        add(child.municipality, QStringLiteral("children_with_request"));
        if (placed)
            add(child.municipality, QStringLiteral("children_placed"));
        else if (waiting)
            add(child.municipality, QStringLiteral("children_waiting"));
        if (listed)
            add(child.municipality, QStringLiteral("children_on_emergency_list"));
        for (const QString& g : grounds)
            add(child.municipality, QStringLiteral("children_priority_") + g);
        QString band = QStringLiteral("unborn");
        if (child.birth.isValid()) {
            const QDate first = child.birth.addYears(1), second = child.birth.addYears(2);
            band = m_period.to < first    ? QStringLiteral("0")
                   : m_period.to < second ? QStringLiteral("1")
                                          : QStringLiteral("2_plus");
        }
        add(child.municipality, QStringLiteral("children_age_") + band);
    }
    return counts;
}

QHash<QString, int> TestPeriodReport::expectedMedians() const
{
    QHash<QString, std::vector<int>> waits;
    for (const Child& child : m_children) {
        bool inPeriod = false;
        int wait = -1;
        for (const Application& a : m_applications) {
            if (a.childId != child.id || a.region != m_period.regionId)
                continue;
            inPeriod |= a.filed >= m_period.from && a.filed <= m_period.to;
            if (a.acceptedAfterDays >= 0)
                wait = wait < 0 ? a.acceptedAfterDays : std::min(wait, a.acceptedAfterDays);
        }
        if (inPeriod && wait >= 0) {
            waits[child.municipality].push_back(wait);
            waits[QStringLiteral("*")].push_back(wait);
        }
    }
    QHash<QString, int> medians;
    for (auto it = waits.begin(); it != waits.end(); ++it) {
        std::vector<int>& v = it.value();
        std::sort(v.begin(), v.end());
        const size_t n = v.size();
        medians.insert(it.key(), n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
    }
    return medians;
}

void TestPeriodReport::everyFigureMatchesAnIndependentCount()
{
    QVector<ReportCell> cells;
    QString error;
    QVERIFY2(PeriodFigures(m_cache).compute(m_period, &cells, &error), qPrintable(error));
    const QHash<QPair<QString, QString>, qint64> counts = expectedCounts();
    const QHash<QString, int> medians = expectedMedians();
    QSet<QPair<QString, QString>> seen;
    for (const ReportCell& cell : cells) {
        seen.insert({cell.municipality, cell.measure});
        if (cell.measure == QLatin1String("median_wait_days")) {
            if (cell.basis > 0)
                QCOMPARE(cell.value, qint64(medians.value(cell.municipality)));
            continue;
        }
        if (cell.value != counts.value({cell.municipality, cell.measure}))
            QFAIL(qPrintable(QStringLiteral("%1 / %2: %3, counted %4")
                                 .arg(cell.municipality, cell.measure)
                                 .arg(cell.value)
                                 .arg(counts.value({cell.municipality, cell.measure}))));
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(seen.contains(it.key()), qPrintable(it.key().first + QLatin1Char('/') + it.key().second));
    QVERIFY(counts.value({QStringLiteral("*"), QStringLiteral("children_with_request")}) > 100);
}

void TestPeriodReport::aChildCountsOnceAndTheHardCasesCountAsTheySay()
{
    const auto figure = [this](const QDate& from, const QDate& to, const QString& measure) {
        QVector<ReportCell> cells;
        QString error;
        PeriodFigures(m_cache).compute({QStringLiteral("antwerpen"), from, to}, &cells, &error);
        qint64 value = -1;
        for (const ReportCell& c : cells) {
            if (c.municipality == QLatin1String("*") && c.measure == measure)
                value = c.value;
        }
        return value;
    };
    // November holds only hard cases (the random families file until October). Three applications, one child;
    // on the list, taken off and put on again: once; taken off twice: not on the list.
    const QDate from(2026, 11, 1), to(2026, 11, 30);
    QCOMPARE(figure(from, to, QStringLiteral("children_with_request")), qint64(3));
    QCOMPARE(figure(from, to, QStringLiteral("applications_counter")), qint64(5));
    QCOMPARE(figure(from, to, QStringLiteral("children_waiting")), qint64(3));
    QCOMPARE(figure(from, to, QStringLiteral("children_on_emergency_list")), qint64(1));
    // The moved child: its Mechelen application (placed) is Mechelen's; in Antwerp it waits.
    QVector<ReportCell> mechelen;
    QString error;
    QVERIFY(
        PeriodFigures(m_cache).compute({QStringLiteral("mechelen"), m_period.from, m_period.to}, &mechelen, &error));
    for (const ReportCell& c : mechelen) {
        if (c.municipality == QLatin1String("*") && c.measure == QLatin1String("children_placed"))
            QCOMPARE(c.value, qint64(1));
        if (c.municipality == QLatin1String("*") && c.measure == QLatin1String("median_wait_days"))
            QCOMPARE(c.value, qint64(20));
    }
}

void TestPeriodReport::smallCountsAreHiddenAndCannotBeWorkedOut()
{
    QVector<ReportCell> cells;
    QString error;
    QVERIFY(PeriodFigures(m_cache).compute(m_period, &cells, &error));
    const QVector<SmallCountSuppression::Shown> shown =
        SmallCountSuppression::apply(cells, PeriodFigures::partitions());
    QCOMPARE(shown.size(), cells.size());
    int small = 0, secondary = 0;
    for (const auto& s : shown) {
        if (s.cell.countsPeople && s.cell.value < 5)
            QVERIFY2(!s.shown(), qPrintable(s.cell.municipality + QLatin1Char('/') + s.cell.measure));
        small += s.text == SmallCountSuppression::kSmall;
        secondary += s.text == SmallCountSuppression::kHidden;
    }
    QVERIFY(small > 0);
    QVERIFY(secondary > 0);
    // The reader: for every sum of the table with a shown total, the values each hidden cell could take given the
    // shown cells, "<5" meaning 0…4 and "x" meaning 5…total. Worked out by enumerating reachable sums of the others.
    QVector<QPair<int, QVector<int>>> sums;
    QHash<QPair<QString, QString>, int> at;
    for (int i = 0; i < shown.size(); ++i)
        at.insert({shown.at(i).cell.municipality, shown.at(i).cell.measure}, i);
    for (const QString& measure : PeriodFigures::measures()) {
        if (measure == QLatin1String("median_wait_days"))
            continue;
        QVector<int> parts;
        for (int i = 0; i < shown.size(); ++i) {
            if (shown.at(i).cell.measure == measure && shown.at(i).cell.municipality != QLatin1String("*"))
                parts.append(i);
        }
        sums.append({at.value({QStringLiteral("*"), measure}), parts});
    }
    QStringList places;
    for (const auto& s : shown) {
        if (!places.contains(s.cell.municipality))
            places.append(s.cell.municipality);
    }
    for (const QString& place : places) {
        QVector<int> bands;
        for (const QString& band : PeriodFigures::ageBands())
            bands.append(at.value({place, QStringLiteral("children_age_") + band}));
        sums.append({at.value({place, QStringLiteral("children_with_request")}), bands});
    }
    for (const auto& sum : sums) {
        if (!shown.at(sum.first).shown())
            continue;
        const int total = int(shown.at(sum.first).cell.value);
        int rest = total;
        QVector<QPair<int, int>> ranges;
        for (int i : sum.second) {
            if (shown.at(i).shown())
                rest -= int(shown.at(i).cell.value);
            else
                ranges.append(shown.at(i).text == SmallCountSuppression::kSmall ? qMakePair(0, 4)
                                                                                : qMakePair(5, total));
        }
        for (int h = 0; h < ranges.size(); ++h) {
            std::vector<bool> reachable(size_t(total) + 1, false);
            reachable[0] = true;
            for (int o = 0; o < ranges.size(); ++o) {
                if (o == h)
                    continue;
                std::vector<bool> next(reachable.size(), false);
                for (int s = 0; s <= total; ++s) {
                    for (int v = ranges[o].first; reachable[size_t(s)] && v <= ranges[o].second && s + v <= total; ++v)
                        next[size_t(s + v)] = true;
                }
                reachable = next;
            }
            int possible = 0;
            for (int v = ranges[h].first; v <= ranges[h].second; ++v)
                possible += (rest - v >= 0 && rest - v <= total && reachable[size_t(rest - v)]) ? 1 : 0;
            QVERIFY2(possible >= 2,
                     qPrintable(QStringLiteral("%1 / %2 can be worked out")
                                    .arg(shown.at(sum.first).cell.municipality, shown.at(sum.first).cell.measure)));
        }
    }
}

void TestPeriodReport::suppressionOfHandMadeTables_data()
{
    QTest::addColumn<QVector<qint64>>("parts"); // the total is their sum
    QTest::addColumn<QStringList>("expected");  // total first, then the parts
    QTest::newRow("nothing small") << QVector<qint64>{8, 9, 12} << words("29 8 9 12");
    QTest::newRow("two small hide each other") << QVector<qint64>{8, 3, 1} << words("12 8 <5 <5");
    QTest::newRow("one small takes the smallest with it") << QVector<qint64>{9, 4, 30} << words("43 x <5 30");
    QTest::newRow("two fours would add up to eight") << QVector<qint64>{4, 4} << words("x <5 <5");
    QTest::newRow("a zero and a five") << QVector<qint64>{5, 0} << words("x x <5");
    QTest::newRow("all small, small total") << QVector<qint64>{1, 2} << words("<5 <5 <5");
}

void TestPeriodReport::suppressionOfHandMadeTables()
{
    QFETCH(QVector<qint64>, parts);
    QFETCH(QStringList, expected);
    qint64 total = 0;
    for (qint64 p : parts)
        total += p;
    QVector<ReportCell> cells{{QStringLiteral("*"), QStringLiteral("children_with_request"), total}};
    for (int i = 0; i < parts.size(); ++i)
        cells.append({QStringLiteral("M%1").arg(i), QStringLiteral("children_with_request"), parts.at(i)});
    QStringList texts;
    for (const auto& s : SmallCountSuppression::apply(cells))
        texts.append(s.text);
    QCOMPARE(texts, expected);
}

void TestPeriodReport::csvHasTheAgencysShape()
{
    QVector<ReportCell> cells;
    QString error;
    QVERIFY(PeriodFigures(m_cache).compute(m_period, &cells, &error));
    const auto shown = SmallCountSuppression::apply(cells, PeriodFigures::partitions());
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY2(PeriodReportCsv::write(path, QStringList(shown.size(), QStringLiteral("antwerpen")), shown, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("region,municipality,measure,value\r")); // no byte-order mark
    QCOMPARE(lines.size() - 2, shown.size());                                   // header, then a last empty split
    const QRegularExpression value(QStringLiteral("^(\\d+|<5|x)$"));
    for (int i = 1; i < lines.size() - 1; ++i) {
        const QStringList fields = QString::fromUtf8(lines.at(i).trimmed()).split(QLatin1Char(','));
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(0), QStringLiteral("antwerpen"));
        QVERIFY2(value.match(fields.at(3)).hasMatch(), qPrintable(fields.at(3)));
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9_]+$")).match(fields.at(2)).hasMatch());
    }
}

QTEST_MAIN(TestPeriodReport)
#include "TestPeriodReport.moc"

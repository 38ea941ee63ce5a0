#include "TestChanges.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "report/DashboardFigures.h"
#include "store/cache/LocalCache.h"
#include "store/write/PullApplier.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

// The dashboard's figures (docs/ARCHITECTURE.md "The dashboard") on a cache filled as a pull fills it: a small data
// set whose every figure is written down by hand, then a random one whose figures are counted a second way here.
class TestDashboardFigures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void handMadeFigures();
    void municipalityAndRegionNarrowEverything();
    void randomDataMatchesAnIndependentCount();
    void emergencyListPerMonth();
    void demandPerAgeBand();

private:
    struct App {
        QString status, channel, municipality, filed; // filed: YYYY-MM-DD
        int offerAfterDays = -1;                      // first offer, days after filing
        QString offerStatus;                          // of that offer
        QStringList grounds;
        QString region = QStringLiteral("antwerpen");
        QString born; // the child's birth date; empty: not born yet
    };
    QString add(const App& app);
    // An emergency entry of the last family add() made; resolved empty: still open.
    void addEntry(const QString& applicationId, const QString& listed, const QString& resolved,
                  const QString& region = QStringLiteral("antwerpen"));
    void addPlace(int count, const QJsonValue& ageMin, const QJsonValue& ageMax, const QString& status);
    void apply();
    DashboardFigures::All compute(const DashboardFilter& filter);

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<LocalCache> m_cache;
    QVector<Protocol::Change> m_rows;
    const QDate m_today{2026, 12, 7};
    QString m_lastParent;
};

namespace {
const TestChanges kRows(QStringLiteral("antwerpen"));

QString at(const QString& day, int addDays)
{
    return QDate::fromString(day, Qt::ISODate).addDays(addDays).toString(Qt::ISODate) + QStringLiteral("T11:00:00Z");
}
} // namespace

void TestDashboardFigures::init()
{
    m_dir.reset(new QTemporaryDir);
    m_cache.reset(new LocalCache);
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    m_rows.clear();
}

QString TestDashboardFigures::add(const App& app)
{
    const QString parent = Uuid::v7(), child = Uuid::v7(), id = Uuid::v7();
    m_rows.append(kRows.upsert(QStringLiteral("parents"), {{QStringLiteral("id"), parent},
                                                           {QStringLiteral("region_id"), app.region},
                                                           {QStringLiteral("municipality"), app.municipality}}));
    m_lastParent = parent;
    m_rows.append(kRows.upsert(QStringLiteral("children"),
                               {{QStringLiteral("id"), child},
                                {QStringLiteral("region_id"), app.region},
                                {QStringLiteral("parent_id"), parent},
                                {QStringLiteral("birth_date"), app.born.isEmpty() ? QJsonValue() : app.born}}));
    QJsonObject priority;
    for (const QString& g : app.grounds)
        priority.insert(g, true);
    m_rows.append(kRows.upsert(QStringLiteral("applications"), {{QStringLiteral("id"), id},
                                                                {QStringLiteral("region_id"), app.region},
                                                                {QStringLiteral("child_id"), child},
                                                                {QStringLiteral("parent_id"), parent},
                                                                {QStringLiteral("status"), app.status},
                                                                {QStringLiteral("channel"), app.channel},
                                                                {QStringLiteral("priority"), priority},
                                                                {QStringLiteral("submitted_at"), at(app.filed, 0)},
                                                                {QStringLiteral("updated_at"), at(app.filed, 100)}}));
    if (app.offerAfterDays >= 0) {
        m_rows.append(kRows.upsert(QStringLiteral("offers"),
                                   {{QStringLiteral("id"), Uuid::v7()},
                                    {QStringLiteral("region_id"), app.region},
                                    {QStringLiteral("application_id"), id},
                                    {QStringLiteral("status"), app.offerStatus},
                                    {QStringLiteral("updated_at"), at(app.filed, app.offerAfterDays)}}));
    }
    return id;
}

void TestDashboardFigures::addEntry(const QString& applicationId, const QString& listed, const QString& resolved,
                                    const QString& region)
{
    m_rows.append(kRows.upsert(
        QStringLiteral("emergency_entries"),
        {{QStringLiteral("id"), Uuid::v7()},
         {QStringLiteral("region_id"), region},
         {QStringLiteral("application_id"), applicationId},
         {QStringLiteral("parent_id"), m_lastParent},
         {QStringLiteral("status"), resolved.isEmpty() ? QStringLiteral("open") : QStringLiteral("resolved")},
         {QStringLiteral("listed_on"), listed},
         {QStringLiteral("resolved_on"), resolved.isEmpty() ? QJsonValue() : resolved}}));
}

void TestDashboardFigures::addPlace(int count, const QJsonValue& ageMin, const QJsonValue& ageMax,
                                    const QString& status)
{
    const QString location = Uuid::v7();
    m_rows.append(
        kRows.upsert(QStringLiteral("locations"),
                     {{QStringLiteral("id"), location}, {QStringLiteral("municipality"), QStringLiteral("Berchem")}}));
    m_rows.append(kRows.upsert(QStringLiteral("free_places"), {{QStringLiteral("id"), Uuid::v7()},
                                                               {QStringLiteral("location_id"), location},
                                                               {QStringLiteral("count"), count},
                                                               {QStringLiteral("age_min_months"), ageMin},
                                                               {QStringLiteral("age_max_months"), ageMax},
                                                               {QStringLiteral("status"), status}}));
}

void TestDashboardFigures::apply()
{
    Protocol::PullPage page;
    page.epoch = QStringLiteral("e1");
    page.cursor = QStringLiteral("c1");
    page.changes = m_rows;
    QString error;
    QVERIFY2(PullApplier(*m_cache).apply(page, &error), qPrintable(error));
}

DashboardFigures::All TestDashboardFigures::compute(const DashboardFilter& filter)
{
    DashboardFigures::All all;
    QString error;
    if (!DashboardFigures(*m_cache).compute(filter, m_today, &all, &error))
        qWarning() << error;
    return all;
}

void TestDashboardFigures::handMadeFigures()
{
    const QString b = QStringLiteral("Berchem"), a = QStringLiteral("Antwerpen");
    const QString online = QStringLiteral("online"), counter = QStringLiteral("counter");
    add({QStringLiteral("submitted"), online, b, QStringLiteral("2026-03-02")});
    add({QStringLiteral("in_review"),
         counter,
         b,
         QStringLiteral("2026-03-20"),
         -1,
         QString(),
         {QStringLiteral("low_income")}});
    add({QStringLiteral("offered"), online, a, QStringLiteral("2026-04-01"), 10, QStringLiteral("sent")});
    add({QStringLiteral("placed"),
         online,
         a,
         QStringLiteral("2026-04-15"),
         40,
         QStringLiteral("accepted"),
         {QStringLiteral("single_parent"), QStringLiteral("low_income")}});
    add({QStringLiteral("cancelled"), QStringLiteral("phone"), a, QStringLiteral("2026-05-05"), 100,
         QStringLiteral("declined")});
    add({QStringLiteral("expired"), QStringLiteral("referrer"), a, QStringLiteral("2026-05-06")});
    add({QStringLiteral("submitted"), online, a, QStringLiteral("2025-12-31")}); // before the period
    // A free place of 3 seats in Berchem (open) and one of 2 filled: only the open one counts.
    const QString location = Uuid::v7();
    m_rows.append(kRows.upsert(QStringLiteral("locations"),
                               {{QStringLiteral("id"), location}, {QStringLiteral("municipality"), b}}));
    m_rows.append(kRows.upsert(QStringLiteral("free_places"), {{QStringLiteral("id"), Uuid::v7()},
                                                               {QStringLiteral("location_id"), location},
                                                               {QStringLiteral("count"), 3},
                                                               {QStringLiteral("status"), QStringLiteral("open")}}));
    m_rows.append(kRows.upsert(QStringLiteral("free_places"), {{QStringLiteral("id"), Uuid::v7()},
                                                               {QStringLiteral("location_id"), location},
                                                               {QStringLiteral("count"), 2},
                                                               {QStringLiteral("status"), QStringLiteral("filled")}}));
    apply();
    const DashboardFigures::All all =
        compute({{QStringLiteral("antwerpen")}, QString(), QDate(2026, 1, 1), QDate(2026, 12, 7)});

    QCOMPARE(all.months.size(), 12);
    QCOMPARE(all.months.at(2).filed, qint64(2));  // March
    QCOMPARE(all.months.at(3).filed, qint64(2));  // April
    QCOMPARE(all.months.at(4).filed, qint64(2));  // May
    QCOMPARE(all.months.at(0).filed, qint64(0));  // the one of 31 December is before the period
    QCOMPARE(all.months.at(4).placed, qint64(1)); // filed 15 April, accepted 40 days later: 25 May
    qint64 placed = 0;
    for (const auto& m : all.months)
        placed += m.placed;
    QCOMPARE(placed, qint64(1));

    // Funnel: 6 filed; in review or further 4 (in_review, offered, placed; cancelled had an offer: reached offered);
    // offered 3; accepted 1; placed 1. Stopped: the expired one without an offer at "submitted", the cancelled one
    // after its offer at "offered".
    QVector<qint64> reached, left;
    for (const auto& s : all.funnel) {
        reached.append(s.reached);
        left.append(s.left);
    }
    QCOMPARE(reached, (QVector<qint64>{6, 4, 3, 1, 1}));
    QCOMPARE(left, (QVector<qint64>{1, 0, 1, 0, 0}));

    // First offers after 10, 40 and 100 days.
    QCOMPARE(all.waits.basis, qint64(3));
    QCOMPARE(all.waits.median, 40);
    QCOMPARE(all.waits.p90, 100);
    QCOMPARE(all.waits.buckets.at(0).count, qint64(1)); // 0–30
    QCOMPARE(all.waits.buckets.at(1).count, qint64(1)); // 31–60
    QCOMPARE(all.waits.buckets.at(3).count, qint64(1)); // 91–180

    QCOMPARE(all.channels.at(0).value, qint64(3)); // online
    QCOMPARE(all.channels.at(1).value, qint64(1)); // counter
    QCOMPARE(all.channels.at(2).value, qint64(1)); // referrer
    QCOMPARE(all.channels.at(3).value, qint64(1)); // phone

    // Waiting now (submitted, in review, offered; the one of December 2025 too): Berchem 2, Antwerpen 2.
    QCOMPARE(all.demand.size(), 2);
    for (const auto& d : all.demand) {
        QCOMPARE(d.value, qint64(2));
        QCOMPARE(d.other, d.key == b ? qint64(3) : qint64(0));
    }

    QCOMPARE(all.priority.applications, qint64(6));
    for (const auto& g : all.priority.grounds) {
        if (g.key == QLatin1String("low_income"))
            QCOMPARE(g.value, qint64(2));
        else if (g.key == QLatin1String("single_parent"))
            QCOMPARE(g.value, qint64(1));
        else
            QCOMPARE(g.value, qint64(0));
    }
    QVERIFY(all.priority.reservedShare > 0); // the rule set in force keeps a share
}

void TestDashboardFigures::municipalityAndRegionNarrowEverything()
{
    add({QStringLiteral("submitted"), QStringLiteral("online"), QStringLiteral("Berchem"),
         QStringLiteral("2026-03-02")});
    add({QStringLiteral("submitted"), QStringLiteral("online"), QStringLiteral("Deurne"),
         QStringLiteral("2026-03-03")});
    add({QStringLiteral("submitted"),
         QStringLiteral("phone"),
         QStringLiteral("Mechelen"),
         QStringLiteral("2026-03-04"),
         -1,
         QString(),
         {},
         QStringLiteral("mechelen")});
    const QString entry = Uuid::v7();
    m_rows.append(kRows.upsert(QStringLiteral("emergency_entries"),
                               {{QStringLiteral("id"), entry},
                                {QStringLiteral("status"), QStringLiteral("open")},
                                {QStringLiteral("follow_up_on"), QStringLiteral("2026-12-01")}}));
    apply();
    const auto filed = [](const DashboardFigures::All& all) {
        qint64 n = 0;
        for (const auto& m : all.months)
            n += m.filed;
        return n;
    };
    const DashboardFilter year{{QStringLiteral("antwerpen")}, QString(), QDate(2026, 1, 1), QDate(2026, 12, 7)};
    QCOMPARE(filed(compute(year)), qint64(2));
    DashboardFilter berchem = year;
    berchem.municipality = QStringLiteral("Berchem");
    QCOMPARE(filed(compute(berchem)), qint64(1));
    QCOMPARE(compute(berchem).demand.size(), 1);
    DashboardFilter both = year;
    both.regionIds = {QStringLiteral("antwerpen"), QStringLiteral("mechelen")};
    QCOMPARE(filed(compute(both)), qint64(3));
    QCOMPARE(compute(both).channels.at(3).value, qint64(1)); // phone, in Mechelen
    // The entry (Antwerp, follow-up passed) is open and overdue; the emergency list is "now", not the period.
    QCOMPARE(compute(year).emergency.open, qint64(1));
    QCOMPARE(compute(year).emergency.overdue, qint64(1));
}

void TestDashboardFigures::randomDataMatchesAnIndependentCount()
{
    QRandomGenerator rng(7122026);
    const QStringList statuses{QStringLiteral("submitted"), QStringLiteral("in_review"), QStringLiteral("offered"),
                               QStringLiteral("accepted"),  QStringLiteral("placed"),    QStringLiteral("cancelled"),
                               QStringLiteral("expired")};
    const QStringList channels{QStringLiteral("online"), QStringLiteral("counter"), QStringLiteral("referrer"),
                               QStringLiteral("phone")};
    QVector<App> apps;
    for (int i = 0; i < 600; ++i) {
        App app{statuses.at(int(rng.bounded(7u))), channels.at(int(rng.bounded(4u))), QStringLiteral("Antwerpen"),
                QDate(2025, 6, 1).addDays(int(rng.bounded(550u))).toString(Qt::ISODate)};
        if (rng.bounded(2u)) {
            app.offerAfterDays = int(rng.bounded(400u));
            app.offerStatus =
                app.status == QLatin1String("placed") ? QStringLiteral("accepted") : QStringLiteral("sent");
        }
        apps.append(app);
        add(app);
    }
    apply();
    const DashboardFilter f{{QStringLiteral("antwerpen")}, QString(), QDate(2026, 1, 1), QDate(2026, 10, 31)};
    const DashboardFigures::All all = compute(f);
    QVector<int> days;
    QHash<QString, qint64> perChannel, perMonth;
    qint64 reachedOffered = 0;
    for (const App& a : apps) {
        const QDate filed = QDate::fromString(a.filed, Qt::ISODate);
        if (filed < f.from || filed > f.to)
            continue;
        ++perChannel[a.channel];
        ++perMonth[a.filed.left(7)];
        const bool offered =
            QStringList{QStringLiteral("offered"), QStringLiteral("accepted"), QStringLiteral("placed")}.contains(
                a.status) ||
            ((a.status == QLatin1String("cancelled") || a.status == QLatin1String("expired")) && a.offerAfterDays >= 0);
        reachedOffered += offered ? 1 : 0;
        if (a.offerAfterDays >= 0)
            days.append(a.offerAfterDays);
    }
    std::sort(days.begin(), days.end());
    for (const auto& c : all.channels)
        QCOMPARE(c.value, perChannel.value(c.key));
    for (const auto& m : all.months)
        QCOMPARE(m.filed, perMonth.value(m.month.toString(QStringLiteral("yyyy-MM"))));
    QCOMPARE(all.funnel.at(2).reached, reachedOffered);
    QCOMPARE(all.waits.basis, qint64(days.size()));
    QCOMPARE(all.waits.median, days.at(int(std::ceil(days.size() * 0.5)) - 1));
    QCOMPARE(all.waits.p90, days.at(int(std::ceil(days.size() * 0.9)) - 1));
}

void TestDashboardFigures::emergencyListPerMonth()
{
    const QString submitted = QStringLiteral("submitted"), online = QStringLiteral("online");
    // One child on the list twice over time (January to March, then from June), one that came off in January, one
    // that went on and off on the same day, one from the end of November, and one of another region.
    const QString twice = add({submitted, online, QStringLiteral("Berchem"), QStringLiteral("2025-12-01")});
    addEntry(twice, QStringLiteral("2026-01-10"), QStringLiteral("2026-03-05"));
    addEntry(twice, QStringLiteral("2026-06-01"), QString());
    addEntry(add({submitted, online, QStringLiteral("Deurne"), QStringLiteral("2025-11-01")}),
             QStringLiteral("2025-11-20"), QStringLiteral("2026-01-15"));
    addEntry(add({submitted, online, QStringLiteral("Deurne"), QStringLiteral("2026-01-20")}),
             QStringLiteral("2026-02-01"), QStringLiteral("2026-02-01"));
    addEntry(add({submitted, online, QStringLiteral("Deurne"), QStringLiteral("2026-11-01")}),
             QStringLiteral("2026-11-30"), QString());
    addEntry(add({submitted,
                  online,
                  QStringLiteral("Mechelen"),
                  QStringLiteral("2026-01-01"),
                  -1,
                  QString(),
                  {},
                  QStringLiteral("mechelen")}),
             QStringLiteral("2026-01-02"), QString(), QStringLiteral("mechelen"));
    apply();
    const DashboardFilter year{{QStringLiteral("antwerpen")}, QString(), QDate(2026, 1, 1), QDate(2026, 12, 7)};
    const DashboardFigures::All all = compute(year);
    QCOMPARE(all.emergencyMonths.size(), 12);
    QVector<qint64> onList, added, resolved;
    for (const auto& m : all.emergencyMonths) {
        onList.append(m.onList);
        added.append(m.added);
        resolved.append(m.resolved);
    }
    QCOMPARE(onList, (QVector<qint64>{1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2}));
    QCOMPARE(added, (QVector<qint64>{1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0}));
    QCOMPARE(resolved, (QVector<qint64>{1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(all.emergency.open, qint64(2)); // the running month is the list now

    DashboardFilter berchem = year;
    berchem.municipality = QStringLiteral("Berchem");
    QCOMPARE(compute(berchem).emergencyMonths.last().onList, qint64(1));
    DashboardFilter spring = year; // a period of two months: only its months, the entries that touch them
    spring.from = QDate(2026, 2, 10);
    spring.to = QDate(2026, 3, 20);
    const DashboardFigures::All two = compute(spring);
    QCOMPARE(two.emergencyMonths.size(), 2);
    QCOMPARE(two.emergencyMonths.at(0).onList, qint64(1));
    QCOMPARE(two.emergencyMonths.at(1).resolved, qint64(1));
}

void TestDashboardFigures::demandPerAgeBand()
{
    // Ages on 7 December 2026: born in June 2026 and on 8 December 2025 are under one; on 7 December 2025, one; in
    // 2024, two or older; no birth date, not born yet. The placed child waits for nothing.
    const QString b = QStringLiteral("Berchem");
    add({QStringLiteral("submitted"),
         QStringLiteral("online"),
         b,
         QStringLiteral("2026-06-10"),
         -1,
         QString(),
         {},
         QStringLiteral("antwerpen"),
         QStringLiteral("2026-06-01")});
    add({QStringLiteral("submitted"),
         QStringLiteral("online"),
         b,
         QStringLiteral("2026-01-10"),
         -1,
         QString(),
         {},
         QStringLiteral("antwerpen"),
         QStringLiteral("2025-12-08")});
    add({QStringLiteral("in_review"),
         QStringLiteral("online"),
         b,
         QStringLiteral("2026-01-10"),
         -1,
         QString(),
         {},
         QStringLiteral("antwerpen"),
         QStringLiteral("2025-12-07")});
    add({QStringLiteral("offered"),
         QStringLiteral("online"),
         b,
         QStringLiteral("2026-01-10"),
         5,
         QStringLiteral("sent"),
         {},
         QStringLiteral("antwerpen"),
         QStringLiteral("2024-01-01")});
    add({QStringLiteral("submitted"), QStringLiteral("online"), b, QStringLiteral("2026-09-10")});
    add({QStringLiteral("placed"),
         QStringLiteral("online"),
         b,
         QStringLiteral("2026-01-10"),
         5,
         QStringLiteral("accepted"),
         {},
         QStringLiteral("antwerpen"),
         QStringLiteral("2026-01-01")});
    // Open seats: 2 for babies, 3 from one to three years, 1 for any age; a filled place counts for none.
    addPlace(2, 0, 11, QStringLiteral("open"));
    addPlace(3, 12, 36, QStringLiteral("open"));
    addPlace(1, QJsonValue(), QJsonValue(), QStringLiteral("open"));
    addPlace(5, 0, 36, QStringLiteral("filled"));
    apply();
    const DashboardFigures::All all =
        compute({{QStringLiteral("antwerpen")}, QString(), QDate(2026, 1, 1), QDate(2026, 12, 7)});
    QCOMPARE(all.demandByAge.size(), 4);
    QHash<QString, QPair<qint64, qint64>> byBand;
    for (const auto& c : all.demandByAge)
        byBand.insert(c.key, {c.value, c.other});
    QCOMPARE(byBand.value(QStringLiteral("unborn")), (QPair<qint64, qint64>(1, 3)));
    QCOMPARE(byBand.value(QStringLiteral("0")), (QPair<qint64, qint64>(2, 3)));
    QCOMPARE(byBand.value(QStringLiteral("1")), (QPair<qint64, qint64>(1, 4)));
    QCOMPARE(byBand.value(QStringLiteral("2_plus")), (QPair<qint64, qint64>(1, 4)));
    DashboardFilter elsewhere{
        {QStringLiteral("antwerpen")}, QStringLiteral("Deurne"), QDate(2026, 1, 1), QDate(2026, 12, 7)};
    for (const auto& c : compute(elsewhere).demandByAge)
        QCOMPARE(c.value + c.other, qint64(0)); // the children and the places are Berchem's
}

QTEST_MAIN(TestDashboardFigures)
#include "TestDashboardFigures.moc"

#include "TestChanges.h"
#include "domain/AgeBand.h"
#include "domain/ApplicationStatus.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/derived/DerivedRows.h"
#include "store/lists/ApplicationListQuery.h"
#include "store/lists/ParentListQuery.h"
#include "store/write/PullApplier.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <climits>

#include <functional>

// The list filters in SQL, each and combined, against a count made here from what was put in the cache.
class TestListQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachFilterNarrows_data();
    void eachFilterNarrows();
    void filtersCombine();
    void badJsonDoesNotBreakTheList();
    void parentFilters();
    void everyColumnSortsWithATieBreaker();
    void filterSurvivesAMapRoundTrip();
    void badStoredFilterValuesAreIgnored();
    void ageBandsTurnOnTheBirthday();

private:
    struct App {
        int i;
        QString status, channel, municipality, assigned;
        QStringList preferences;
        QJsonObject priority;
        QDate desired;
        QDateTime submitted;
        bool emergencyOpen = false;
        QString ageBand; // the child's today
    };
    int expected(const std::function<bool(const App&)>& keep) const;

    static constexpr int kCount = 84;
    QTemporaryDir m_dir;
    LocalCache m_cache;
    QVector<App> m_apps;
    QStringList m_locations{QStringLiteral("loc-a"), QStringLiteral("loc-b"), QStringLiteral("loc-c"),
                            QStringLiteral("loc-d")};
};

namespace {

const TestChanges kRows(QStringLiteral("antwerpen"));

const QString kMe = QStringLiteral("acc-me");

} // namespace

void TestListQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    Protocol::PullPage page;
    page.epoch = QStringLiteral("e");
    page.cursor = QStringLiteral("c1");
    const QStringList states = ApplicationStatus::allNames();
    const QStringList channels{QStringLiteral("online"), QStringLiteral("counter"), QStringLiteral("referrer"),
                               QStringLiteral("phone")};
    for (int i = 0; i < kCount; ++i) {
        App a;
        a.i = i;
        a.status = states.at(i % states.size());
        a.channel = channels.at(i % channels.size());
        a.municipality = i % 2 ? QStringLiteral("Edegem") : QStringLiteral("Mortsel");
        a.assigned = i % 5 == 1 ? kMe : (i % 5 == 2 ? QStringLiteral("acc-other") : QString());
        a.preferences = {m_locations.at(i % 3)};
        if (i % 5 == 0)
            a.preferences.append(m_locations.at(3));
        a.priority = {
            {QStringLiteral("work_or_training"), i % 2 == 0},
            {QStringLiteral("single_parent"), i % 3 == 0},
            {QStringLiteral("low_income"), i % 7 == 0},
            {QStringLiteral("foster_child"), i == 5},
            {QStringLiteral("social_reasons"), i % 6 == 0},
            {QStringLiteral("sibling_location_ids"), i % 4 == 0 ? QJsonArray{m_locations.at(0)} : QJsonArray()}};
        a.desired = QDate(2027, 1, 1).addDays(i);
        a.submitted = QDateTime(QDate(2026, 6, 1).addDays(i), QTime(10, 0), Qt::UTC);
        a.emergencyOpen = i % 8 == 0;
        const QString parent = QStringLiteral("p%1").arg(i);
        const QString app = QStringLiteral("a%1").arg(i, 3, 10, QLatin1Char('0'));
        // Children of every age band today (AgeBand): not born yet, under one, one, two or older.
        static const int kDaysOld[] = {-30, 100, 400, 1000};
        const QDate born = QDate::currentDate().addDays(-kDaysOld[i % 4]);
        a.ageBand = AgeBand::all().at(i % 4);
        page.changes.append(kRows.upsert(
            QStringLiteral("children"), QStringLiteral("c%1").arg(i),
            {{QStringLiteral("parent_id"), parent},
             {QStringLiteral("birth_date"), i % 8 == 0 ? QJsonValue() : QJsonValue(born.toString(Qt::ISODate))}}));
        page.changes.append(
            kRows.upsert(QStringLiteral("parents"), parent,
                         {{QStringLiteral("first_name"), QStringLiteral("Ouder")},
                          {QStringLiteral("last_name"), QStringLiteral("Naam %1").arg(i % 10)},
                          {QStringLiteral("municipality"), a.municipality},
                          {QStringLiteral("language"), i % 3 ? QStringLiteral("nl") : QStringLiteral("fr")}}));
        QJsonObject row{{QStringLiteral("number"), QStringLiteral("ANT-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'))},
                        {QStringLiteral("parent_id"), parent},
                        {QStringLiteral("child_id"), QStringLiteral("c%1").arg(i)},
                        {QStringLiteral("status"), a.status},
                        {QStringLiteral("channel"), a.channel},
                        {QStringLiteral("preferences"), QJsonArray::fromStringList(a.preferences)},
                        {QStringLiteral("priority"), a.priority},
                        {QStringLiteral("desired_start"), a.desired.toString(Qt::ISODate)},
                        {QStringLiteral("submitted_at"), a.submitted.toString(Qt::ISODate)}};
        if (!a.assigned.isEmpty())
            row.insert(QStringLiteral("assigned_account_id"), a.assigned);
        page.changes.append(kRows.upsert(QStringLiteral("applications"), app, row));
        // An open entry puts the application on the list; a resolved one no longer does.
        if (i % 8 == 0 || i % 8 == 1)
            page.changes.append(kRows.upsert(
                QStringLiteral("emergency_entries"), QStringLiteral("e%1").arg(i),
                {{QStringLiteral("application_id"), app},
                 {QStringLiteral("parent_id"), parent},
                 {QStringLiteral("urgency"), 1},
                 {QStringLiteral("reason"), QStringLiteral("medical")},
                 {QStringLiteral("status"), i % 8 == 0 ? QStringLiteral("open") : QStringLiteral("resolved")}}));
        m_apps.append(a);
    }
    QString error;
    QVERIFY2(PullApplier(m_cache).apply(page, &error), qPrintable(error));
}

int TestListQuery::expected(const std::function<bool(const App&)>& keep) const
{
    return int(std::count_if(m_apps.begin(), m_apps.end(), keep));
}

void TestListQuery::eachFilterNarrows_data()
{
    QTest::addColumn<QVariantMap>("filter");
    QTest::addColumn<int>("count");
    const auto flag = [](const App& a, const char* name) {
        return a.priority.value(QLatin1String(name)).toBool();
    };
    QTest::newRow("status") << QVariantMap{{QStringLiteral("status"), QStringLiteral("offered")}}
                            << expected([](const App& a) { return a.status == QLatin1String("offered"); });
    QTest::newRow("municipality") << QVariantMap{{QStringLiteral("municipality"), QStringLiteral("Edegem")}}
                                  << expected([](const App& a) { return a.municipality == QLatin1String("Edegem"); });
    QTest::newRow("location") << QVariantMap{{QStringLiteral("location"), QStringLiteral("loc-d")}}
                              << expected([](const App& a) { return a.preferences.contains(QLatin1String("loc-d")); });
    QTest::newRow("channel") << QVariantMap{{QStringLiteral("channel"), QStringLiteral("phone")}}
                             << expected([](const App& a) { return a.channel == QLatin1String("phone"); });
    for (const char* name : {"work_or_training", "single_parent", "low_income", "foster_child", "social_reasons"})
        QTest::newRow(name) << QVariantMap{{QStringLiteral("priority"), QString::fromLatin1(name)}}
                            << expected([&flag, name](const App& a) { return flag(a, name); });
    QTest::newRow("sibling") << QVariantMap{{QStringLiteral("priority"), QStringLiteral("sibling")}}
                             << expected([](const App& a) { return a.i % 4 == 0; });
    QTest::newRow("two flags") << QVariantMap{{QStringLiteral("priority"), QStringLiteral("single_parent,low_income")}}
                               << expected([&flag](const App& a) {
                                      return flag(a, "single_parent") && flag(a, "low_income");
                                  });
    QTest::newRow("desired") << QVariantMap{{QStringLiteral("desiredFrom"), QStringLiteral("2027-01-10")},
                                            {QStringLiteral("desiredTo"), QStringLiteral("2027-01-20")}}
                             << 11;
    QTest::newRow("desired from only") << QVariantMap{{QStringLiteral("desiredFrom"), QStringLiteral("2027-03-01")}}
                                       << expected([](const App& a) { return a.desired >= QDate(2027, 3, 1); });
    QTest::newRow("submitted") << QVariantMap{{QStringLiteral("submittedFrom"), QStringLiteral("2026-06-03")},
                                              {QStringLiteral("submittedTo"), QStringLiteral("2026-06-05")}}
                               << 3; // both days included
    QTest::newRow("assigned to me") << QVariantMap{{QStringLiteral("assignedToMe"), QStringLiteral("true")}}
                                    << expected([](const App& a) { return a.assigned == kMe; });
    QTest::newRow("emergency") << QVariantMap{{QStringLiteral("onEmergencyList"), QStringLiteral("true")}}
                               << expected([](const App& a) { return a.emergencyOpen; });
    QTest::newRow("waiting") << QVariantMap{{QStringLiteral("hasOpenApplication"), QStringLiteral("true")}}
                             << expected([](const App& a) {
                                    return QStringList{QStringLiteral("submitted"), QStringLiteral("in_review"),
                                                       QStringLiteral("offered")}
                                        .contains(a.status);
                                });
    for (const QString& band : AgeBand::all()) // "unborn": no birth date (every eighth), or one still to come
        QTest::newRow(qPrintable(QStringLiteral("age ") + band))
            << QVariantMap{{QStringLiteral("ageBand"), band}}
            << expected([band](const App& a) { return a.ageBand == band; });
}

void TestListQuery::eachFilterNarrows()
{
    QFETCH(QVariantMap, filter);
    QFETCH(int, count);
    QVERIFY(count > 0 && count < kCount);
    ApplicationListQuery apps(m_cache);
    apps.setAccountId(kMe);
    apps.setFilter(ListFilter::fromMap(filter));
    QCOMPARE(apps.count(), count);
    QCOMPARE(apps.fetch(0, 1000).size(), count);
    QVERIFY(apps.lastError().isEmpty());
}

void TestListQuery::filtersCombine()
{
    ApplicationListQuery apps(m_cache);
    apps.setAccountId(kMe);
    ListFilter f;
    f.municipality = QStringLiteral("Edegem");
    f.priority = {QStringLiteral("single_parent")};
    f.assignedToMe = true;
    apps.setFilter(f);
    const int both = expected(
        [](const App& a) { return a.municipality == QLatin1String("Edegem") && a.i % 3 == 0 && a.assigned == kMe; });
    QVERIFY(both > 0);
    QCOMPARE(apps.count(), both);
    f.location = QStringLiteral("loc-a");
    apps.setFilter(f);
    QCOMPARE(apps.count(), expected([](const App& a) {
                 return a.municipality == QLatin1String("Edegem") && a.i % 3 == 0 && a.assigned == kMe &&
                        a.preferences.contains(QLatin1String("loc-a"));
             }));
    // Signed out: "assigned to me" matches nobody rather than everybody.
    ApplicationListQuery nobody(m_cache);
    nobody.setFilter(ListFilter::fromMap({{QStringLiteral("assignedToMe"), QStringLiteral("true")}}));
    QCOMPARE(nobody.count(), 0);
}

void TestListQuery::badJsonDoesNotBreakTheList()
{
    QSqlQuery q(m_cache.database());
    QVERIFY(q.exec(QStringLiteral("UPDATE applications SET priority = '{broken', preferences = 'not json' "
                                  "WHERE id = 'a000'")));
    // As a pulled row would: its search document and list row are derived again, and that must not fail.
    QSqlDatabase db = m_cache.database();
    QString error;
    QVERIFY2(DerivedRows(db).refreshRow(QStringLiteral("applications"), QStringLiteral("a000"), &error),
             qPrintable(error));
    ApplicationListQuery apps(m_cache);
    apps.setFilter(ListFilter::fromMap({{QStringLiteral("priority"), QStringLiteral("work_or_training")}}));
    QCOMPARE(apps.count(), expected([](const App& a) { return a.i % 2 == 0; }) - 1);
    apps.setFilter(ListFilter::fromMap({{QStringLiteral("location"), QStringLiteral("loc-a")}}));
    QCOMPARE(apps.count(), expected([](const App& a) { return a.i % 3 == 0; }) - 1);
    QVERIFY(apps.lastError().isEmpty());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE applications SET priority = '{\"work_or_training\":true,\"single_parent\":true,"
                              "\"sibling_location_ids\":[\"loc-a\"],\"social_reasons\":true}', "
                              "preferences = '[\"loc-a\",\"loc-d\"]' WHERE id = 'a000'")));
    QVERIFY2(DerivedRows(db).refreshRow(QStringLiteral("applications"), QStringLiteral("a000"), &error),
             qPrintable(error));
}

void TestListQuery::parentFilters()
{
    ParentListQuery parents(m_cache);
    QCOMPARE(parents.count(), kCount);
    parents.setFilter(ListFilter::fromMap({{QStringLiteral("onEmergencyList"), QStringLiteral("true")}}));
    QCOMPARE(parents.count(), expected([](const App& a) { return a.emergencyOpen; }));
    parents.setFilter(ListFilter::fromMap({{QStringLiteral("hasOpenApplication"), QStringLiteral("true")}}));
    QCOMPARE(parents.count(), expected([](const App& a) {
                 return !ApplicationStatus::isFinal(ApplicationStatus::fromString(a.status));
             }));
    parents.setFilter(ListFilter::fromMap({{QStringLiteral("language"), QStringLiteral("fr")},
                                           {QStringLiteral("municipality"), QStringLiteral("Mortsel")}}));
    QCOMPARE(parents.count(), expected([](const App& a) { return a.i % 3 == 0 && a.i % 2 == 0; }));
    QCOMPARE(parents.languages(), (QStringList{QStringLiteral("fr"), QStringLiteral("nl")}));
}

void TestListQuery::everyColumnSortsWithATieBreaker()
{
    for (ListQuery* query :
         std::initializer_list<ListQuery*>{new ApplicationListQuery(m_cache), new ParentListQuery(m_cache)}) {
        std::unique_ptr<ListQuery> owned(query);
        for (int column = 0; column < query->columnKeys().size(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                query->setSort(column, order);
                // Pages read one after the other give every row exactly once: the order is total.
                QStringList ids;
                for (int offset = 0; offset < kCount; offset += 10) {
                    for (const QVariantList& row : query->fetch(offset, 10))
                        ids.append(row.value(0).toString());
                }
                QVERIFY2(query->lastError().isEmpty(), qPrintable(query->lastError()));
                QCOMPARE(ids.size(), kCount);
                QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), kCount);
                const QVector<QVariantList> all = query->fetch(0, kCount);
                for (int r = 1; r < all.size(); ++r) {
                    const QString a = all.at(r - 1).value(column + 1).toString();
                    const QString b = all.at(r).value(column + 1).toString();
                    const int cmp = query->columnKeys().at(column) == QLatin1String("applications")
                                        ? all.at(r - 1).value(column + 1).toInt() - all.at(r).value(column + 1).toInt()
                                        : a.compare(b, Qt::CaseInsensitive);
                    QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                             qPrintable(query->columnKeys().at(column)));
                }
            }
        }
    }
}

void TestListQuery::filterSurvivesAMapRoundTrip()
{
    ListFilter f;
    f.status = QStringLiteral("in_review");
    f.search = QStringLiteral("Çelik");
    f.priority = {QStringLiteral("sibling"), QStringLiteral("low_income")};
    f.channel = QStringLiteral("counter");
    f.desiredFrom = QDate(2027, 1, 4);
    f.submittedTo = QDate(2026, 12, 31);
    f.onEmergencyList = true;
    f.language = QStringLiteral("fr");
    f.ageBand = QStringLiteral("2_plus");
    f.hasOpenApplication = true;
    QCOMPARE(ListFilter::fromMap(f.toMap()), f);
    QVERIFY(ListFilter().isEmpty());
    QVERIFY(!f.isEmpty());
    QCOMPARE(f.withoutSearch().search, QString());
}

void TestListQuery::badStoredFilterValuesAreIgnored()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown priority flag")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown channel")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("bad date for .desiredFrom")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("bad value for .assignedToMe")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("bad value for .status")));
    const ListFilter f = ListFilter::fromMap({{QStringLiteral("priority"), QStringLiteral("low_income,'); DROP")},
                                              {QStringLiteral("channel"), QStringLiteral("fax")},
                                              {QStringLiteral("desiredFrom"), QStringLiteral("31-31-2027")},
                                              {QStringLiteral("assignedToMe"), QStringLiteral("yes please")},
                                              {QStringLiteral("status"), QVariantList{1, 2}},
                                              {QStringLiteral("municipality"), QStringLiteral("Edegem")}});
    QCOMPARE(f.priority, QStringList{QStringLiteral("low_income")});
    QVERIFY(f.channel.isEmpty());
    QVERIFY(!f.desiredFrom.isValid());
    QVERIFY(!f.assignedToMe);
    QVERIFY(f.status.isEmpty());
    QCOMPARE(f.municipality, QStringLiteral("Edegem"));
}

void TestListQuery::ageBandsTurnOnTheBirthday()
{
    const QDate on(2026, 12, 7);
    QCOMPARE(AgeBand::of(QDate(), on), QStringLiteral("unborn"));
    QCOMPARE(AgeBand::of(QDate(2026, 12, 8), on), QStringLiteral("unborn")); // expected tomorrow
    QCOMPARE(AgeBand::of(on, on), QStringLiteral("0"));
    QCOMPARE(AgeBand::of(QDate(2025, 12, 8), on), QStringLiteral("0"));
    QCOMPARE(AgeBand::of(QDate(2025, 12, 7), on), QStringLiteral("1")); // the first birthday
    QCOMPARE(AgeBand::of(QDate(2024, 12, 8), on), QStringLiteral("1"));
    QCOMPARE(AgeBand::of(QDate(2024, 12, 7), on), QStringLiteral("2_plus"));
    // Born on 29 February: one year old on 1 March of a year without it, as a count of whole months says.
    QCOMPARE(AgeBand::of(QDate(2024, 2, 29), QDate(2025, 2, 28)), QStringLiteral("0"));
    QCOMPARE(AgeBand::of(QDate(2024, 2, 29), QDate(2025, 3, 1)), QStringLiteral("1"));
    // The dates a band spans say the same.
    QDate after, by;
    for (const QString& band : {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2_plus")}) {
        QVERIFY(AgeBand::bornBetween(band, on, &after, &by));
        QCOMPARE(AgeBand::of(by, on), band);
        if (after.isValid()) {
            QCOMPARE(AgeBand::of(after.addDays(1), on), band);
            QVERIFY(AgeBand::of(after, on) != band);
        }
    }
    QVERIFY(!AgeBand::bornBetween(QStringLiteral("3"), on, &after, &by));
    // Which places take a band: a baby place takes the unborn and under one, a place from 12 to 36 months the one- and
    // two-year-olds, a place without an upper age every band from its lower one.
    QVERIFY(AgeBand::takes(QStringLiteral("unborn"), 0, 11) && AgeBand::takes(QStringLiteral("0"), 0, 11));
    QVERIFY(!AgeBand::takes(QStringLiteral("1"), 0, 11));
    QVERIFY(!AgeBand::takes(QStringLiteral("0"), 12, 36));
    QVERIFY(AgeBand::takes(QStringLiteral("1"), 12, 36) && AgeBand::takes(QStringLiteral("2_plus"), 12, 36));
    QVERIFY(AgeBand::takes(QStringLiteral("2_plus"), 30, INT_MAX) && !AgeBand::takes(QStringLiteral("1"), 30, INT_MAX));
}

QTEST_GUILESS_MAIN(TestListQuery)
#include "TestListQuery.moc"

#include "TestChanges.h"
#include "domain/Uuid.h"
#include "domain/allocation/AllocationInput.h"
#include "domain/allocation/AllocationPosition.h"
#include "domain/allocation/RuleSet.h"
#include "domain/allocation/RuleSetCatalog.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/records/ApplicationPosition.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

// ApplicationPosition over a real cache filled as a pull fills it: the counts ahead and in the same tier under the
// region's rule set, the expected wait from the last 12 months of accepted offers, "not enough data" below the
// threshold, and nothing for a closed application (docs/ARCHITECTURE.md "Joint allocation", "Position").
class TestApplicationPosition : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void countsAheadAndSameTierUnderTheRuleSetInForce();
    void expectedWaitIsTheMedianOfTheLastTwelveMonths();
    void fewPlacementsAreNotEnoughData();
    void closedApplicationHasNoPosition();
    void regionsRuleSetDecidesTheTier();
    void agreesWithTheEnginesCountForEveryOpenApplication();

private:
    void apply(const QVector<Protocol::Change>& changes);
    QJsonObject application(const QString& id, const QString& status, const QJsonArray& preferences,
                            const QJsonObject& priority, const QString& submittedAt = QStringLiteral("2026-06-01"));
    void placement(const QString& locationId, const QString& acceptedOn, int waitedDays, const QString& status);

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<LocalCache> m_cache;
    const QDate m_today{2026, 12, 7};
    const QString m_region = QStringLiteral("antwerpen");
    const QString m_speelboot = Uuid::v7();
    const QString m_zonnebloem = Uuid::v7();
    const QString m_mine = Uuid::v7();
    const QString m_closed = Uuid::v7();
    QVector<Protocol::Change> m_rows;
};

namespace {

const TestChanges kRows(QStringLiteral("antwerpen"));

QJsonObject grounds(std::initializer_list<const char*> flags, const QJsonArray& siblingAt = {})
{
    QJsonObject priority;
    for (const char* flag : flags)
        priority.insert(QLatin1String(flag), true);
    if (!siblingAt.isEmpty())
        priority.insert(QStringLiteral("sibling_location_ids"), siblingAt);
    return priority;
}

} // namespace

QJsonObject TestApplicationPosition::application(const QString& id, const QString& status,
                                                 const QJsonArray& preferences, const QJsonObject& priority,
                                                 const QString& submittedAt)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), QStringLiteral("ANT-2026-%1").arg(m_rows.size(), 6, 10, QLatin1Char('0'))},
            {QStringLiteral("child_id"), Uuid::v7()},
            {QStringLiteral("parent_id"), Uuid::v7()},
            {QStringLiteral("status"), status},
            {QStringLiteral("desired_start"), QStringLiteral("2027-03-01")},
            {QStringLiteral("preferences"), preferences},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("channel"), QStringLiteral("counter")},
            {QStringLiteral("submitted_at"), submittedAt}};
}

// A family that waited `waitedDays` from filing and whose offer at `locationId` has `status` since `acceptedOn`.
void TestApplicationPosition::placement(const QString& locationId, const QString& acceptedOn, int waitedDays,
                                        const QString& status)
{
    const QDate accepted = QDate::fromString(acceptedOn, Qt::ISODate);
    const QString applicationId = Uuid::v7();
    m_rows.append(kRows.upsert(QStringLiteral("applications"),
                               application(applicationId, QStringLiteral("placed"), {locationId}, {},
                                           accepted.addDays(-waitedDays).toString(Qt::ISODate))));
    m_rows.append(kRows.upsert(QStringLiteral("offers"),
                               {{QStringLiteral("id"), Uuid::v7()},
                                {QStringLiteral("application_id"), applicationId},
                                {QStringLiteral("location_id"), locationId},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("updated_at"), acceptedOn + QStringLiteral("T09:30:00.000Z")}}));
}

void TestApplicationPosition::apply(const QVector<Protocol::Change>& changes)
{
    Protocol::PullPage page;
    page.epoch = QStringLiteral("e1");
    page.cursor = QStringLiteral("c1");
    page.changes = changes;
    QString error;
    QVERIFY2(PullApplier(*m_cache).apply(page, &error), qPrintable(error));
}

void TestApplicationPosition::init()
{
    m_dir.reset(new QTemporaryDir);
    m_cache.reset(new LocalCache);
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    m_rows.clear();
    m_rows.append(kRows.upsert(QStringLiteral("regions"), {{QStringLiteral("id"), m_region},
                                                           {QStringLiteral("name"), QStringLiteral("Antwerpen")}}));
    m_rows.append(
        kRows.upsert(QStringLiteral("locations"),
                     {{QStringLiteral("id"), m_speelboot}, {QStringLiteral("name"), QStringLiteral("De Speelboot")}}));
    m_rows.append(kRows.upsert(QStringLiteral("locations"), {{QStringLiteral("id"), m_zonnebloem},
                                                             {QStringLiteral("name"), QStringLiteral("Zonnebloem")}}));
    const QJsonArray both{m_speelboot, m_zonnebloem};
    const auto add = [this](const QString& status, const QJsonArray& preferences, const QJsonObject& priority) {
        m_rows.append(
            kRows.upsert(QStringLiteral("applications"), application(Uuid::v7(), status, preferences, priority)));
    };
    // Ours: work or training, so tier 2 of vl-2019 at both locations.
    m_rows.append(kRows.upsert(QStringLiteral("applications"),
                               application(m_mine, QStringLiteral("in_review"), both, grounds({"work_or_training"}))));
    // At De Speelboot: two with a sibling there (tier 1, ahead), one submitted and one in review.
    add(QStringLiteral("submitted"), {m_speelboot}, grounds({}, {m_speelboot}));
    add(QStringLiteral("in_review"), {m_speelboot}, grounds({"low_income"}, {m_speelboot}));
    // Three in the priority group (tier 2, the lottery decides); one has a sibling only at Zonnebloem, where it is
    // ahead of us instead.
    add(QStringLiteral("submitted"), {m_speelboot}, grounds({"single_parent"}));
    add(QStringLiteral("in_review"), {m_speelboot}, grounds({"foster_child", "work_or_training"}));
    add(QStringLiteral("submitted"), both, grounds({"social_reasons"}, {m_zonnebloem}));
    // Behind us (tier 3), and some that are not waiting any more: none of them counts.
    add(QStringLiteral("submitted"), {m_speelboot}, grounds({}));
    add(QStringLiteral("offered"), {m_speelboot}, grounds({}, {m_speelboot}));
    add(QStringLiteral("cancelled"), {m_speelboot}, grounds({"low_income"}));
    add(QStringLiteral("accepted"), both, grounds({"single_parent"}));
    m_rows.append(kRows.upsert(QStringLiteral("applications"),
                               application(m_closed, QStringLiteral("placed"), both, grounds({"single_parent"}))));
    // Placements at De Speelboot in the last 12 months: waits of 30, 60, 90, 100, 120 and 150 days.
    placement(m_speelboot, QStringLiteral("2026-02-10"), 30, QStringLiteral("accepted"));
    placement(m_speelboot, QStringLiteral("2026-05-02"), 60, QStringLiteral("accepted"));
    placement(m_speelboot, QStringLiteral("2026-07-20"), 90, QStringLiteral("accepted"));
    placement(m_speelboot, QStringLiteral("2026-09-01"), 100, QStringLiteral("accepted"));
    placement(m_speelboot, QStringLiteral("2026-11-30"), 120, QStringLiteral("accepted"));
    placement(m_speelboot, QStringLiteral("2026-12-07"), 150, QStringLiteral("accepted"));
    // Not placements in the window: accepted 13 months ago, and offers that were declined or are still out.
    placement(m_speelboot, QStringLiteral("2025-11-06"), 900, QStringLiteral("accepted"));
    placement(m_speelboot, QStringLiteral("2026-10-01"), 900, QStringLiteral("declined"));
    placement(m_speelboot, QStringLiteral("2026-10-02"), 900, QStringLiteral("sent"));
    // Zonnebloem: two placements, below the threshold.
    placement(m_zonnebloem, QStringLiteral("2026-08-01"), 40, QStringLiteral("accepted"));
    placement(m_zonnebloem, QStringLiteral("2026-10-01"), 70, QStringLiteral("accepted"));
    apply(m_rows);
}

void TestApplicationPosition::countsAheadAndSameTierUnderTheRuleSetInForce()
{
    const ApplicationPosition::Result r = ApplicationPosition(*m_cache).of(m_mine, m_today);
    QVERIFY(r.available());
    QCOMPARE(r.rules->id(), QStringLiteral("vl-2019")); // the region chose none: the set in force today
    QCOMPARE(r.locations.size(), 2);
    const ApplicationPosition::AtLocation& speelboot = r.locations.at(0);
    QCOMPARE(speelboot.locationId, m_speelboot);
    QCOMPARE(speelboot.locationName, QStringLiteral("De Speelboot"));
    QCOMPARE(speelboot.tier, 2);
    QCOMPARE(speelboot.ahead, 2);
    QCOMPARE(speelboot.sameTier, 3);
    const ApplicationPosition::AtLocation& zonnebloem = r.locations.at(1);
    QCOMPARE(zonnebloem.locationName, QStringLiteral("Zonnebloem"));
    QCOMPARE(zonnebloem.tier, 2);
    QCOMPARE(zonnebloem.ahead, 1);
    QCOMPARE(zonnebloem.sameTier, 0);
}

void TestApplicationPosition::expectedWaitIsTheMedianOfTheLastTwelveMonths()
{
    const ApplicationPosition::Result r = ApplicationPosition(*m_cache).of(m_mine, m_today);
    QVERIFY(r.available());
    const ApplicationPosition::ExpectedWait wait = r.locations.at(0).wait;
    QCOMPARE(wait.placements, 6);
    QVERIFY(wait.known());
    QCOMPARE(wait.medianDays, 95); // (90 + 100) / 2
}

void TestApplicationPosition::fewPlacementsAreNotEnoughData()
{
    const ApplicationPosition::Result r = ApplicationPosition(*m_cache).of(m_mine, m_today);
    QVERIFY(r.available());
    const ApplicationPosition::ExpectedWait wait = r.locations.at(1).wait;
    QCOMPARE(wait.placements, 2);
    QVERIFY(!wait.known());
    QVERIFY(wait.placements < ApplicationPosition::kMinimumPlacements);
}

void TestApplicationPosition::closedApplicationHasNoPosition()
{
    const ApplicationPosition position(*m_cache);
    const ApplicationPosition::Result r = position.of(m_closed, m_today);
    QVERIFY(!r.available());
    QVERIFY(r.locations.isEmpty());
    QVERIFY(position.lastError().isEmpty());
    QVERIFY(!position.of(Uuid::v7(), m_today).available()); // not in the cache at all
}

void TestApplicationPosition::regionsRuleSetDecidesTheTier()
{
    // Under vl-2024 work or training is the first tier: nobody at De Speelboot ranks ahead of us any more, and of
    // the others only the one with work or training shares it.
    Protocol::Change region =
        kRows.upsert(QStringLiteral("regions"), {{QStringLiteral("id"), m_region},
                                                 {QStringLiteral("name"), QStringLiteral("Antwerpen")},
                                                 {QStringLiteral("rule_set_id"), QStringLiteral("vl-2024")}});
    region.version = 2;
    region.row.insert(QStringLiteral("version"), 2);
    apply({region});
    const ApplicationPosition::Result r = ApplicationPosition(*m_cache).of(m_mine, m_today);
    QVERIFY(r.available());
    QCOMPARE(r.rules->id(), QStringLiteral("vl-2024"));
    QCOMPARE(r.locations.at(0).tier, 1);
    QCOMPARE(r.locations.at(0).ahead, 0);
    QCOMPARE(r.locations.at(0).sameTier, 1);
    QVERIFY(!r.rules->tierLabel(1, QStringLiteral("nl")).isEmpty());
}

// The cache counts by groups of grounds in SQL; the domain's AllocationPosition counts application by application over
// the parsed rows. Both must give the same numbers for every open application, under either rule set.
void TestApplicationPosition::agreesWithTheEnginesCountForEveryOpenApplication()
{
    const AllocationInput input =
        AllocationInput::fromRows(RecordQuery(*m_cache).allRows(QStringLiteral("applications")), {}, {}, {}, {}, 0);
    QCOMPARE(input.applications.size(), 7); // ours and the six submitted or in review
    for (const char* ruleSetId : {"vl-2019", "vl-2024"}) {
        const RuleSet* rules = RuleSetCatalog::builtIn().find(QLatin1String(ruleSetId));
        QVERIFY(rules);
        if (QLatin1String(ruleSetId) == QLatin1String("vl-2024")) {
            Protocol::Change region =
                kRows.upsert(QStringLiteral("regions"), {{QStringLiteral("id"), m_region},
                                                         {QStringLiteral("rule_set_id"), QStringLiteral("vl-2024")}});
            region.version = 2;
            region.row.insert(QStringLiteral("version"), 2);
            apply({region});
        }
        for (const AllocationInput::Application& application : input.applications) {
            const ApplicationPosition::Result r = ApplicationPosition(*m_cache).of(application.id, m_today);
            QVERIFY(r.available());
            QCOMPARE(r.rules, rules);
            const QVector<AllocationPosition::AtLocation> expected =
                AllocationPosition::of(*rules, application, input.applications);
            QCOMPARE(r.locations.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                QCOMPARE(r.locations.at(i).locationId, expected.at(i).locationId);
                QCOMPARE(r.locations.at(i).tier, expected.at(i).tier);
                QCOMPARE(r.locations.at(i).ahead, expected.at(i).ahead);
                QCOMPARE(r.locations.at(i).sameTier, expected.at(i).sameTier);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestApplicationPosition)
#include "TestApplicationPosition.moc"

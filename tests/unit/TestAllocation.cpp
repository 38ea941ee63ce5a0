#include "AllocationFixture.h"

#include "domain/PlaceFit.h"
#include "domain/allocation/AllocationEngine.h"
#include "domain/allocation/AllocationPosition.h"
#include "domain/allocation/Lottery.h"

#include <QJsonDocument>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <tuple>

// The joint allocation engine (docs/ARCHITECTURE.md "Joint allocation"): properties over thousands of random
// instances, equality with a brute-force child-optimal stable matching on small ones, and textbook cases.
class TestAllocation : public QObject
{
    Q_OBJECT

private slots:
    void randomInstancesAreStableAndEligible();
    void reservedSharesAreRespected();
    void sameSeedSameResultWhateverTheRowOrder();
    void equalsBruteForceChildOptimalMatching();
    void textbookInstance();
    void lotteryBreaksTiesLowerWins();
    void reservedSlotGoesToTheGroupAndIsReleasedWhenUnwanted();
    void twinsKeptTogetherWhereALocationTakesBoth();
    void twinsSplitWhenNoLocationTakesBoth();
    void reasonsExplainNoEligiblePlace();
    void reasonsNameTheWinningTier();
    void positionCountsWhoIsAheadAndWhoShares();

private:
    static AllocationInput randomInput(AllocationFixture& rng, int applications, int locations, int maxSeats);
    static RuleSet plainRules();
    // The place-level order of a family: preferred location, then distance from the desired start, start, id.
    using Rank = std::tuple<int, qint64, QDate, QString>;
    static std::optional<Rank> rankOf(const AllocationInput::Application& a, const AllocationInput::Place& p);
    using Priority = std::tuple<int, quint64, QString>;
    static Priority priorityOf(const RuleSet& rules, const AllocationInput& in, const AllocationInput::Application& a,
                               const QString& locationId);
    static QString blockingPair(const RuleSet& rules, const AllocationInput& in,
                                const QHash<QString, QString>& placeOf);
    static QHash<QString, QString> placesOf(const AllocationResult& result);
    static void checkBasics(const AllocationInput& in, const AllocationResult& result);
};

AllocationInput TestAllocation::randomInput(AllocationFixture& rng, int applications, int locations, int maxSeats)
{
    AllocationInput in;
    in.seed = rng.next() & Lottery::kMaxSeed;
    const QDate base(2027, 1, 4);
    int placeNo = 0;
    for (int l = 0; l < locations; ++l) {
        const QString location = QStringLiteral("loc-%1").arg(l, 2, 10, QLatin1Char('0'));
        for (int k = 0, places = 1 + rng.below(2); k < places; ++k) {
            AllocationInput::Place p = AllocationFixture::place(
                QStringLiteral("place-%1").arg(placeNo++, 3, 10, QLatin1Char('0')), location, 1 + rng.below(maxSeats));
            p.terms.availableFrom = base.addDays(7 * (rng.below(9) - 4));
            p.terms.ageMinMonths = rng.chance(30) ? 6 : 0;
            p.terms.ageMaxMonths = rng.chance(30) ? 18 : 36;
            if (rng.chance(25))
                p.terms.days.full = p.terms.days.offeredNotHalf = 0x0f; // friday half only
            in.places.append(p);
        }
    }
    for (int i = 0; i < applications; ++i) {
        QStringList prefs;
        for (int k = 0, n = 1 + rng.below(5); k < n; ++k) {
            const QString loc = QStringLiteral("loc-%1").arg(rng.below(locations + 1), 2, 10, QLatin1Char('0'));
            if (!prefs.contains(loc))
                prefs.append(loc); // loc-<locations> has no places: "no place open"
        }
        AllocationInput::Application a =
            AllocationFixture::application(QStringLiteral("app-%1").arg(i, 4, 10, QLatin1Char('0')), prefs);
        a.wish.born = QDate(2025, 6, 1).addDays(rng.below(540));
        a.wish.desiredStart = base.addDays(7 * (rng.below(9) - 4));
        a.wish.flexibilityWeeks = rng.below(5);
        if (rng.chance(30))
            a.wish.days.full = 0x1f;
        a.grounds.set(PriorityGrounds::WorkOrTraining, rng.chance(50));
        a.grounds.set(PriorityGrounds::SingleParent, rng.chance(20));
        a.grounds.set(PriorityGrounds::LowIncome, rng.chance(20));
        if (rng.chance(15))
            a.grounds.addSiblingLocation(prefs.at(rng.below(prefs.size())));
        in.applications.append(a);
    }
    return in;
}

RuleSet TestAllocation::plainRules()
{
    return AllocationFixture::ruleSet(
        {QStringLiteral("sibling_at_location"),
         QJsonObject{
             {QStringLiteral("any"), QJsonArray{QStringLiteral("work_or_training"), QStringLiteral("single_parent")}}},
         QStringLiteral("low_income")});
}

std::optional<TestAllocation::Rank> TestAllocation::rankOf(const AllocationInput::Application& a,
                                                           const AllocationInput::Place& p)
{
    if (PlaceFit::check(p.terms, a.wish) != PlaceFit::Misfit::None)
        return std::nullopt;
    return Rank{a.wish.preferences.indexOf(p.terms.locationId), qAbs(a.wish.desiredStart.daysTo(p.terms.availableFrom)),
                p.terms.availableFrom, p.id};
}

TestAllocation::Priority TestAllocation::priorityOf(const RuleSet& rules, const AllocationInput& in,
                                                    const AllocationInput::Application& a, const QString& locationId)
{
    return Priority{rules.tierOf(a.grounds, locationId),
                    Lottery::drawBits(in.seed, AllocationEngine::siblingGroupKey(a)), a.id};
}

QHash<QString, QString> TestAllocation::placesOf(const AllocationResult& result)
{
    QHash<QString, QString> placeOf;
    for (const AllocationResult::Assignment& a : result.assignments)
        placeOf.insert(a.applicationId, a.placeId);
    return placeOf;
}

QString TestAllocation::blockingPair(const RuleSet& rules, const AllocationInput& in,
                                     const QHash<QString, QString>& placeOf)
{
    QHash<QString, const AllocationInput::Place*> places;
    QHash<QString, QVector<const AllocationInput::Application*>> holders;
    for (const AllocationInput::Place& p : in.places)
        places.insert(p.id, &p);
    for (const AllocationInput::Application& a : in.applications) {
        if (!placeOf.value(a.id).isEmpty())
            holders[placeOf.value(a.id)].append(&a);
    }
    for (const AllocationInput::Application& a : in.applications) {
        const QString mine = placeOf.value(a.id);
        const std::optional<Rank> own = mine.isEmpty() ? std::nullopt : rankOf(a, *places.value(mine));
        for (const AllocationInput::Place& p : in.places) {
            const std::optional<Rank> there = rankOf(a, p);
            if (!there || (own && !(*there < *own)))
                continue;
            const QVector<const AllocationInput::Application*>& held = holders.value(p.id);
            if (held.size() < p.seats)
                return QStringLiteral("%1 wants %2, which has a free seat").arg(a.id, p.id);
            for (const AllocationInput::Application* h : held) {
                if (priorityOf(rules, in, a, p.terms.locationId) < priorityOf(rules, in, *h, p.terms.locationId))
                    return QStringLiteral("%1 outranks %2 at %3").arg(a.id, h->id, p.id);
            }
        }
    }
    return QString();
}

void TestAllocation::checkBasics(const AllocationInput& in, const AllocationResult& result)
{
    QCOMPARE(result.assignments.size(), in.applications.size()); // one entry per application, so one place at most
    QSet<QString> seen;
    QHash<QString, int> used;
    QHash<QString, const AllocationInput::Application*> apps;
    for (const AllocationInput::Application& a : in.applications)
        apps.insert(a.id, &a);
    for (const AllocationResult::Assignment& a : result.assignments) {
        QVERIFY2(!seen.contains(a.applicationId), qPrintable(a.applicationId));
        seen.insert(a.applicationId);
        QVERIFY(a.lottery >= 0.0 && a.lottery < 1.0);
        if (a.placeId.isEmpty())
            continue;
        used[a.placeId] += 1;
        for (const AllocationInput::Place& p : in.places) {
            if (p.id == a.placeId) // eligibility never violated
                QCOMPARE(PlaceFit::check(p.terms, apps.value(a.applicationId)->wish), PlaceFit::Misfit::None);
        }
    }
    for (const AllocationInput::Place& p : in.places)
        QVERIFY2(used.value(p.id) <= p.seats, qPrintable(p.id));
}

void TestAllocation::randomInstancesAreStableAndEligible()
{
    AllocationFixture rng(42);
    const RuleSet rules = plainRules();
    int matched = 0;
    for (int round = 0; round < 2000; ++round) {
        const AllocationInput in = randomInput(rng, 5 + rng.below(60), 2 + rng.below(12), 3);
        const AllocationResult result = AllocationEngine(rules, in).run();
        checkBasics(in, result);
        const QString blocking = blockingPair(rules, in, placesOf(result));
        QVERIFY2(blocking.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(blocking)));
        matched += result.matched();
    }
    QVERIFY(matched > 10000); // the instances are not trivially empty
}

void TestAllocation::reservedSharesAreRespected()
{
    // A reserved seat left to someone outside the group means no member eligible for that place wanted it more
    // than what it got: per place, members there ≥ its reserved seats unless no such member is left.
    AllocationFixture rng(7);
    const RuleSet& rules = *RuleSetCatalog::builtIn().find(QStringLiteral("vl-2019"));
    int reservedTaken = 0;
    for (int round = 0; round < 1000; ++round) {
        const AllocationInput in = randomInput(rng, 10 + rng.below(60), 2 + rng.below(6), 6);
        const AllocationResult result = AllocationEngine(rules, in).run();
        checkBasics(in, result);
        const QHash<QString, QString> placeOf = placesOf(result);
        for (const AllocationInput::Place& p : in.places) {
            int members = 0;
            for (const AllocationInput::Application& a : in.applications)
                members += placeOf.value(a.id) == p.id && rules.inReservedGroup(a.grounds) ? 1 : 0;
            if (members >= result.reservedSeats.value(p.id))
                continue;
            for (const AllocationInput::Application& a : in.applications) {
                const std::optional<Rank> there = rankOf(a, p);
                if (!rules.inReservedGroup(a.grounds) || !there)
                    continue;
                const QString mine = placeOf.value(a.id);
                for (const AllocationInput::Place& q : in.places) {
                    if (q.id == mine)
                        QVERIFY2(!(*there < *rankOf(a, q)), qPrintable(a.id + QStringLiteral(" wanted ") + p.id));
                }
                QVERIFY2(!mine.isEmpty(), qPrintable(a.id + QStringLiteral(" was left without ") + p.id));
            }
        }
        const QJsonObject reserved = result.summaryJson().value(QStringLiteral("reserved")).toObject();
        QVERIFY(reserved.value(QStringLiteral("taken")).toInt() <= reserved.value(QStringLiteral("slots")).toInt());
        reservedTaken += reserved.value(QStringLiteral("taken")).toInt();
    }
    QVERIFY(reservedTaken > 100);
}

void TestAllocation::sameSeedSameResultWhateverTheRowOrder()
{
    AllocationFixture rng(99);
    const RuleSet& rules = *RuleSetCatalog::builtIn().find(QStringLiteral("vl-2024"));
    int differ = 0;
    for (int round = 0; round < 300; ++round) {
        AllocationInput in = randomInput(rng, 40, 6, 2);
        const QByteArray first = QJsonDocument(AllocationEngine(rules, in).run().assignmentsJson()).toJson();
        std::reverse(in.applications.begin(), in.applications.end());
        std::reverse(in.places.begin(), in.places.end());
        QCOMPARE(QJsonDocument(AllocationEngine(rules, in).run().assignmentsJson()).toJson(), first);
        in.seed += 1;
        differ += QJsonDocument(AllocationEngine(rules, in).run().assignmentsJson()).toJson() != first ? 1 : 0;
    }
    QVERIFY(differ > 250); // another seed draws other lottery numbers
}

void TestAllocation::equalsBruteForceChildOptimalMatching()
{
    AllocationFixture rng(2026);
    const RuleSet rules = plainRules();
    for (int round = 0; round < 500; ++round) {
        const AllocationInput in = randomInput(rng, 2 + rng.below(4), 1 + rng.below(3), 2);
        // Every assignment of each application to nothing or an eligible place within the seats.
        QVector<QHash<QString, QString>> stable;
        QHash<QString, QString> current;
        std::function<void(int)> walk = [&](int i) {
            if (i == in.applications.size()) {
                if (blockingPair(rules, in, current).isEmpty())
                    stable.append(current);
                return;
            }
            const AllocationInput::Application& a = in.applications.at(i);
            current.insert(a.id, QString());
            walk(i + 1);
            for (const AllocationInput::Place& p : in.places) {
                int used = 0;
                for (const QString& held : qAsConst(current))
                    used += held == p.id ? 1 : 0;
                if (!rankOf(a, p) || used >= p.seats)
                    continue;
                current.insert(a.id, p.id);
                walk(i + 1);
                current.insert(a.id, QString());
            }
        };
        walk(0);
        QVERIFY(!stable.isEmpty());
        const auto better = [&](const AllocationInput::Application& a, const QString& x, const QString& y) {
            // x at least as good as y for a
            if (y.isEmpty())
                return true;
            if (x.isEmpty())
                return false;
            const auto find = [&](const QString& id) {
                return *std::find_if(in.places.begin(), in.places.end(), [&](const auto& p) { return p.id == id; });
            };
            return !(*rankOf(a, find(y)) < *rankOf(a, find(x)));
        };
        const QHash<QString, QString> engine = placesOf(AllocationEngine(rules, in).run());
        QVERIFY(stable.contains(engine));
        for (const QHash<QString, QString>& other : qAsConst(stable)) {
            for (const AllocationInput::Application& a : in.applications)
                QVERIFY2(better(a, engine.value(a.id), other.value(a.id)),
                         qPrintable(QStringLiteral("round %1").arg(round)));
        }
    }
}

void TestAllocation::textbookInstance()
{
    // Three families, three one-seat locations: 1 wants B, A, C; 2 and 3 want A, B, C. Priorities: A ranks
    // 1 > 3 > 2, B ranks 2 > 1 > 3. Deferred acceptance ends with 1 at A, 2 at B, 3 at C, the child-optimal stable
    // matching (1 at B and 2 at A would please both, but 3 would then rightly claim A over 2).
    const RuleSet rules = AllocationFixture::ruleSet(
        {QStringLiteral("sibling_at_location"), QStringLiteral("work_or_training"), QStringLiteral("single_parent")});
    AllocationInput in;
    in.seed = 5;
    in.places = {AllocationFixture::place(QStringLiteral("pa"), QStringLiteral("A"), 1),
                 AllocationFixture::place(QStringLiteral("pb"), QStringLiteral("B"), 1),
                 AllocationFixture::place(QStringLiteral("pc"), QStringLiteral("C"), 1)};
    AllocationInput::Application one = AllocationFixture::application(
        QStringLiteral("1"), {QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")});
    one.grounds.addSiblingLocation(QStringLiteral("A")); // A: tier 1; B: tier 2 (work)
    one.grounds.set(PriorityGrounds::WorkOrTraining, true);
    AllocationInput::Application two = AllocationFixture::application(
        QStringLiteral("2"), {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    two.grounds.addSiblingLocation(QStringLiteral("B")); // B: tier 1; A: tier 4
    AllocationInput::Application three = AllocationFixture::application(
        QStringLiteral("3"), {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    three.grounds.set(PriorityGrounds::SingleParent, true); // tier 3 everywhere
    in.applications = {one, two, three};
    const QHash<QString, QString> placeOf = placesOf(AllocationEngine(rules, in).run());
    QCOMPARE(placeOf.value(QStringLiteral("1")), QStringLiteral("pa"));
    QCOMPARE(placeOf.value(QStringLiteral("2")), QStringLiteral("pb"));
    QCOMPARE(placeOf.value(QStringLiteral("3")), QStringLiteral("pc"));
}

void TestAllocation::lotteryBreaksTiesLowerWins()
{
    QCOMPARE(Lottery::splitMix64(0), Q_UINT64_C(0xE220A8397B1DCDAF)); // the published first output of SplitMix64
    QCOMPARE(Lottery::fnv1a64(QString()), Q_UINT64_C(0xCBF29CE484222325));
    QCOMPARE(Lottery::fnv1a64(QStringLiteral("a")), Q_UINT64_C(0xAF63DC4C8601EC8C));
    const RuleSet rules = plainRules();
    for (quint64 seed = 1; seed <= 20; ++seed) {
        AllocationInput in;
        in.seed = seed;
        in.places = {AllocationFixture::place(QStringLiteral("p"), QStringLiteral("A"), 1)};
        in.applications = {AllocationFixture::application(QStringLiteral("x"), {QStringLiteral("A")}),
                           AllocationFixture::application(QStringLiteral("y"), {QStringLiteral("A")})};
        const AllocationResult result = AllocationEngine(rules, in).run();
        const AllocationResult::Assignment& x = result.assignments.at(0);
        const AllocationResult::Assignment& y = result.assignments.at(1);
        QCOMPARE(x.lottery, Lottery::draw(seed, QStringLiteral("parent-x|2027-01-04")));
        QCOMPARE(x.placeId.isEmpty(), x.lottery > y.lottery);
        QCOMPARE(y.placeId.isEmpty(), y.lottery > x.lottery);
    }
}

void TestAllocation::reservedSlotGoesToTheGroupAndIsReleasedWhenUnwanted()
{
    const RuleSet rules =
        AllocationFixture::ruleSet({QStringLiteral("work_or_training")}, 0.2, QStringLiteral("low_income"));
    AllocationInput in;
    in.seed = 11;
    in.places = {AllocationFixture::place(QStringLiteral("p"), QStringLiteral("A"), 5)}; // 5 slots keep 1
    for (int i = 0; i < 5; ++i) {
        in.applications.append(AllocationFixture::application(QStringLiteral("w%1").arg(i), {QStringLiteral("A")}));
        in.applications.last().grounds.set(PriorityGrounds::WorkOrTraining, true);
    }
    AllocationResult released = AllocationEngine(rules, in).run();
    QCOMPARE(released.matched(), 5); // nobody of the group asked: the reserved slot went to the others
    QCOMPARE(
        released.summaryJson().value(QStringLiteral("reserved")).toObject().value(QStringLiteral("released")).toInt(),
        1);
    in.applications.append(AllocationFixture::application(QStringLiteral("low"), {QStringLiteral("A")}));
    in.applications.last().grounds.set(PriorityGrounds::LowIncome, true); // tier 2, but in the group
    const AllocationResult result = AllocationEngine(rules, in).run();
    QCOMPARE(result.matched(), 5);
    const AllocationResult::Assignment& low = result.assignments.at(0); // "low" sorts first
    QCOMPARE(low.applicationId, QStringLiteral("low"));
    QCOMPARE(low.placeId, QStringLiteral("p"));
    QVERIFY(low.reservedSlot);
    QCOMPARE(low.tier, 2);
    QVERIFY(low.reason.text(QStringLiteral("en")).contains(QStringLiteral("reserved")));
    QCOMPARE(result.summaryJson().value(QStringLiteral("reserved")).toObject().value(QStringLiteral("taken")).toInt(),
             1);
}

void TestAllocation::twinsKeptTogetherWhereALocationTakesBoth()
{
    // Both want A (one seat) before B (two seats): apart after the match, together at B after it.
    const RuleSet rules = plainRules();
    AllocationInput in;
    in.seed = 3;
    in.places = {AllocationFixture::place(QStringLiteral("pa"), QStringLiteral("A"), 1),
                 AllocationFixture::place(QStringLiteral("pb"), QStringLiteral("B"), 2)};
    in.applications = {AllocationFixture::application(QStringLiteral("t1"), {QStringLiteral("A"), QStringLiteral("B")},
                                                      QStringLiteral("fam")),
                       AllocationFixture::application(QStringLiteral("t2"), {QStringLiteral("A"), QStringLiteral("B")},
                                                      QStringLiteral("fam")),
                       AllocationFixture::application(QStringLiteral("z"), {QStringLiteral("A")})};
    const AllocationResult result = AllocationEngine(rules, in).run();
    QCOMPARE(result.assignments.at(0).placeId, QStringLiteral("pb"));
    QCOMPARE(result.assignments.at(1).placeId, QStringLiteral("pb"));
    QCOMPARE(result.assignments.at(0).reason.code, AllocationReason::Code::SiblingKeptTogether);
    QCOMPARE(result.assignments.at(0).lottery, result.assignments.at(1).lottery); // siblings draw together
    QCOMPARE(result.assignments.at(2).placeId, QStringLiteral("pa")); // the seat the twins left is matched again
    QCOMPARE(result.assignments.at(1).reason.toJson().value(QStringLiteral("code")).toString(),
             QStringLiteral("sibling_kept_together"));
}

void TestAllocation::twinsSplitWhenNoLocationTakesBoth()
{
    const RuleSet rules = plainRules();
    AllocationInput in;
    in.seed = 3;
    in.places = {AllocationFixture::place(QStringLiteral("pa"), QStringLiteral("A"), 1),
                 AllocationFixture::place(QStringLiteral("pb"), QStringLiteral("B"), 1)};
    in.applications = {AllocationFixture::application(QStringLiteral("t1"), {QStringLiteral("A"), QStringLiteral("B")},
                                                      QStringLiteral("fam")),
                       AllocationFixture::application(QStringLiteral("t2"), {QStringLiteral("A"), QStringLiteral("B")},
                                                      QStringLiteral("fam"))};
    const AllocationResult result = AllocationEngine(rules, in).run();
    QCOMPARE(result.matched(), 2);
    QVERIFY(result.assignments.at(0).placeId != result.assignments.at(1).placeId);
    QCOMPARE(result.assignments.at(0).reason.code, AllocationReason::Code::SiblingSplit);
    QVERIFY(result.assignments.at(1).reason.text(QStringLiteral("nl")).contains(QStringLiteral("Niet samen")));
}

void TestAllocation::reasonsExplainNoEligiblePlace()
{
    const RuleSet rules = plainRules();
    AllocationInput in;
    in.places = {AllocationFixture::place(QStringLiteral("pa"), QStringLiteral("A"), 1),
                 AllocationFixture::place(QStringLiteral("pb"), QStringLiteral("B"), 1),
                 AllocationFixture::place(QStringLiteral("pc"), QStringLiteral("C"), 1)};
    in.places[0].terms.ageMinMonths = in.places[1].terms.ageMinMonths = 18; // the child is 11 months
    in.places[2].terms.availableFrom = QDate(2027, 6, 1);                   // far from the desired start
    in.applications = {AllocationFixture::application(
        QStringLiteral("a"), {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})};
    const AllocationResult result = AllocationEngine(rules, in).run();
    const AllocationReason& why = result.assignments.first().reason;
    QCOMPARE(why.code, AllocationReason::Code::NoEligiblePlace);
    QCOMPARE(why.tooYoung, 2);
    QCOMPARE(why.startOutside, 1);
    QCOMPARE(why.noPlaceOpen, 1);
    QCOMPARE(
        why.text(QStringLiteral("en")),
        QStringLiteral("No eligible place among your preferences: the child is too young on the start date at 2 of "
                       "4 locations chosen; the place starts outside the desired start window at 1 of 4 locations "
                       "chosen; no place is open at 1 of 4 locations chosen."));
    QVERIFY(why.text(QStringLiteral("fr")).contains(QStringLiteral("trop jeune")));
    QVERIFY(why.text(QStringLiteral("nl-BE")).contains(QStringLiteral("te jong")));
}

void TestAllocation::reasonsNameTheWinningTier()
{
    const RuleSet rules = plainRules();
    AllocationInput in;
    in.places = {AllocationFixture::place(QStringLiteral("pa"), QStringLiteral("A"), 1)};
    in.locationNames.insert(QStringLiteral("A"), QStringLiteral("De Speelboot"));
    in.applications = {AllocationFixture::application(QStringLiteral("a"), {QStringLiteral("A")}),
                       AllocationFixture::application(QStringLiteral("b"), {QStringLiteral("A")})};
    in.applications[1].grounds.set(PriorityGrounds::WorkOrTraining, true); // tier 2 beats tier 4
    const AllocationResult result = AllocationEngine(rules, in).run();
    const AllocationResult::Assignment& lost = result.assignments.at(0);
    QVERIFY(lost.placeId.isEmpty());
    QCOMPARE(lost.tier, 4);
    QCOMPARE(lost.reason.code, AllocationReason::Code::Outranked);
    QCOMPARE(lost.reason.tier, 2);
    QCOMPARE(lost.reason.text(QStringLiteral("en")),
             QStringLiteral("No place: outranked at De Speelboot by tier 2 (t)."));
    QCOMPARE(result.assignments.at(1).reason.code, AllocationReason::Code::Matched);
    QCOMPARE(result.assignments.at(1).reason.toJson().value(QStringLiteral("preference")).toInt(), 1);
}

void TestAllocation::positionCountsWhoIsAheadAndWhoShares()
{
    const RuleSet rules = plainRules(); // 1 sibling here, 2 work or single parent, 3 low income, 4 everyone else
    AllocationInput::Application me =
        AllocationFixture::application(QStringLiteral("me"), {QStringLiteral("A"), QStringLiteral("B")});
    me.grounds.set(PriorityGrounds::WorkOrTraining, true);
    QVector<AllocationInput::Application> others{me};
    for (int i = 0; i < 3; ++i) {
        others.append(AllocationFixture::application(QStringLiteral("s%1").arg(i), {QStringLiteral("A")}));
        others.last().grounds.addSiblingLocation(QStringLiteral("A")); // ahead at A only
    }
    others.append(AllocationFixture::application(QStringLiteral("w"), {QStringLiteral("B"), QStringLiteral("A")}));
    others.last().grounds.set(PriorityGrounds::SingleParent, true); // the same tier everywhere
    others.append(AllocationFixture::application(QStringLiteral("n"), {QStringLiteral("A"), QStringLiteral("B")}));
    others.append(AllocationFixture::application(QStringLiteral("elsewhere"), {QStringLiteral("C")}));
    others.last().grounds.addSiblingLocation(QStringLiteral("C"));
    const QVector<AllocationPosition::AtLocation> at = AllocationPosition::of(rules, me, others);
    QCOMPARE(at.size(), 2);
    QCOMPARE(at.at(0).locationId, QStringLiteral("A"));
    QCOMPARE(at.at(0).tier, 2);
    QCOMPARE(at.at(0).ahead, 3);
    QCOMPARE(at.at(0).sameTier, 1);
    QCOMPARE(at.at(1).locationId, QStringLiteral("B"));
    QCOMPARE(at.at(1).ahead, 0);
    QCOMPARE(at.at(1).sameTier, 1);
}

QTEST_GUILESS_MAIN(TestAllocation)
#include "TestAllocation.moc"

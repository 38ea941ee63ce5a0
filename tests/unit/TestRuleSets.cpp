#include "domain/allocation/RuleSetCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// The priority rule sets as data (docs/ARCHITECTURE.md "Joint allocation"): the shipped file loads, says what the
// Flemish rules say, cites its sources and choices; a bad file is refused whole with a message that names the rule set
// and field.
class TestRuleSets : public QObject
{
    Q_OBJECT

private slots:
    void shippedFileLoads();
    void shippedFileCitesSourcesAndChoices();
    void tiersFollowTheRules();
    void ruleSetInForceByDate();
    void reservedSlotsRoundHalfUp();
    void badFilesAreRefused_data();
    void badFilesAreRefused();

private:
    static QJsonObject shipped();
};

QJsonObject TestRuleSets::shipped()
{
    QFile file(QStringLiteral(":/rules/rule-sets.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestRuleSets::shippedFileLoads()
{
    const RuleSetCatalog& catalog = RuleSetCatalog::builtIn();
    QCOMPARE(catalog.ruleSets().size(), 2);
    QVERIFY(catalog.find(QStringLiteral("vl-2019")));
    QVERIFY(catalog.find(QStringLiteral("vl-2024")));
    QVERIFY(!catalog.find(QStringLiteral("vl-2030")));
    const QJsonArray sets = catalog.toJson().value(QStringLiteral("rule_sets")).toArray();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("vl-2019"));
    QVERIFY(sets.at(1).toObject().value(QStringLiteral("tiers")).toArray().size() >= 3);
    QCOMPARE(catalog.find(QStringLiteral("vl-2024"))->validTo(), QDate(2025, 4, 29));
}

void TestRuleSets::shippedFileCitesSourcesAndChoices()
{
    const QJsonArray sets = shipped().value(QStringLiteral("rule_sets")).toArray();
    QCOMPARE(sets.size(), 2);
    for (const QJsonValue& set : sets) {
        const QJsonArray sources = set.toObject().value(QStringLiteral("sources")).toArray();
        QVERIFY(sources.size() >= 2);
        for (const QJsonValue& source : sources)
            QVERIFY(source.toObject().value(QStringLiteral("url")).toString().startsWith(QStringLiteral("http")));
        QVERIFY(!set.toObject().value(QStringLiteral("choices")).toArray().isEmpty());
        for (const char* lang : {"nl", "fr", "en"})
            QVERIFY(!set.toObject()
                         .value(QStringLiteral("summary"))
                         .toObject()
                         .value(QLatin1String(lang))
                         .toString()
                         .isEmpty());
    }
}

void TestRuleSets::tiersFollowTheRules()
{
    const RuleSet& before = *RuleSetCatalog::builtIn().find(QStringLiteral("vl-2019"));
    const RuleSet& annulled = *RuleSetCatalog::builtIn().find(QStringLiteral("vl-2024"));
    PriorityGrounds work;
    work.set(PriorityGrounds::WorkOrTraining, true);
    PriorityGrounds lowIncome;
    lowIncome.set(PriorityGrounds::LowIncome, true);
    PriorityGrounds sibling;
    sibling.addSiblingLocation(QStringLiteral("loc-a"));
    const PriorityGrounds none;
    // 2024: working families first, whatever else; 2019: work and low income share a tier.
    QCOMPARE(annulled.tierOf(work, QStringLiteral("loc-a")), 1);
    QCOMPARE(annulled.tierOf(lowIncome, QStringLiteral("loc-a")), 3);
    QCOMPARE(before.tierOf(work, QStringLiteral("loc-a")), before.tierOf(lowIncome, QStringLiteral("loc-a")));
    // A brother or sister counts only at their location.
    QCOMPARE(before.tierOf(sibling, QStringLiteral("loc-a")), 1);
    QCOMPARE(before.tierOf(sibling, QStringLiteral("loc-b")), before.tierOf(none, QStringLiteral("loc-b")));
    QCOMPARE(before.tierOf(none, QStringLiteral("loc-a")), before.tiers().size());
    QVERIFY(before.inReservedGroup(lowIncome));
    QVERIFY(!before.inReservedGroup(work));
    QCOMPARE(annulled.tierLabel(1, QStringLiteral("fr")), QStringLiteral("travail ou formation (au moins 4/5)"));
    QCOMPARE(annulled.tierLabel(1, QStringLiteral("de")), QStringLiteral("werk of opleiding (minstens 4/5)"));
}

void TestRuleSets::ruleSetInForceByDate()
{
    const RuleSetCatalog& catalog = RuleSetCatalog::builtIn();
    QCOMPARE(catalog.inForceOn(QDate(2023, 6, 1))->id(), QStringLiteral("vl-2019"));
    QCOMPARE(catalog.inForceOn(QDate(2024, 6, 1))->id(), QStringLiteral("vl-2024"));
    QCOMPARE(catalog.inForceOn(QDate(2025, 4, 29))->id(), QStringLiteral("vl-2024"));
    QCOMPARE(catalog.inForceOn(QDate(2025, 4, 30))->id(), QStringLiteral("vl-2019"));
    QCOMPARE(catalog.inForceOn(QDate(2013, 1, 1)), nullptr);
}

void TestRuleSets::reservedSlotsRoundHalfUp()
{
    const RuleSet& before = *RuleSetCatalog::builtIn().find(QStringLiteral("vl-2019")); // 20%
    QCOMPARE(before.reservedSlots(1), 0);
    QCOMPARE(before.reservedSlots(2), 0);
    QCOMPARE(before.reservedSlots(3), 1);
    QCOMPARE(before.reservedSlots(10), 2);
    QCOMPARE(before.reservedSlots(0), 0);
    const RuleSet& annulled = *RuleSetCatalog::builtIn().find(QStringLiteral("vl-2024")); // 10%
    QCOMPARE(annulled.reservedSlots(4), 0);
    QCOMPARE(annulled.reservedSlots(5), 1);
}

void TestRuleSets::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QStringLiteral("garbage") << QStringLiteral("not a JSON object");
    QTest::newRow("unknown ground") << QStringLiteral("ground")
                                    << QStringLiteral("vl-2019 tier 1: unknown priority ground \"sibling\"");
    QTest::newRow("missing label")
        << QStringLiteral("label")
        << QStringLiteral("vl-2019 tier 2: \"label\" needs a text in nl, fr and en (\"fr\" is missing)");
    QTest::newRow("no catch-all") << QStringLiteral("catchall")
                                  << QStringLiteral("vl-2019: the last tier must hold for every application");
    QTest::newRow("share") << QStringLiteral("share")
                           << QStringLiteral("vl-2024 reserved_share: \"share\" must be a number between 0 and 1");
    QTest::newRow("twice") << QStringLiteral("twice") << QStringLiteral("rule set \"vl-2019\" appears twice");
    QTest::newRow("dates") << QStringLiteral("dates")
                           << QStringLiteral("vl-2024: \"valid_to\" must be null or a date not before valid_from");
    QTest::newRow("sources") << QStringLiteral("sources")
                             << QStringLiteral("vl-2019: \"sources\" must cite at least one source");
    QTest::newRow("operator") << QStringLiteral("operator")
                              << QStringLiteral("vl-2019 tier 2: \"some\" is not a condition");
}

void TestRuleSets::badFilesAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    QJsonObject file = shipped();
    QJsonArray sets = file.value(QStringLiteral("rule_sets")).toArray();
    QJsonObject first = sets.at(0).toObject();
    QJsonObject second = sets.at(1).toObject();
    QJsonArray tiers = first.value(QStringLiteral("tiers")).toArray();
    QJsonObject tier1 = tiers.at(0).toObject();
    QJsonObject tier2 = tiers.at(1).toObject();
    if (change == QLatin1String("ground"))
        tier1.insert(QStringLiteral("when"), QStringLiteral("sibling"));
    if (change == QLatin1String("label"))
        tier2.insert(QStringLiteral("label"), QJsonObject{{QStringLiteral("nl"), QStringLiteral("x")},
                                                          {QStringLiteral("en"), QStringLiteral("x")}});
    if (change == QLatin1String("operator"))
        tier2.insert(QStringLiteral("when"), QJsonObject{{QStringLiteral("some"), QJsonArray()}});
    tiers.replace(0, tier1);
    tiers.replace(1, tier2);
    if (change == QLatin1String("catchall"))
        tiers.removeLast();
    first.insert(QStringLiteral("tiers"), tiers);
    if (change == QLatin1String("sources"))
        first.insert(QStringLiteral("sources"), QJsonArray());
    if (change == QLatin1String("share"))
        second.insert(QStringLiteral("reserved_share"), QJsonObject{{QStringLiteral("share"), 20}});
    if (change == QLatin1String("dates"))
        second.insert(QStringLiteral("valid_to"), QStringLiteral("2020-01-01"));
    sets.replace(0, first);
    sets.replace(1, change == QLatin1String("twice") ? first : second);
    file.insert(QStringLiteral("rule_sets"), sets);
    const QByteArray json =
        change == QLatin1String("garbage") ? QByteArray("{\"format\": 1, ") : QJsonDocument(file).toJson();
    QString error;
    QVERIFY(!RuleSetCatalog::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    // The unchanged file loads: only the change was refused.
    QVERIFY(RuleSetCatalog::fromJson(QJsonDocument(shipped()).toJson(), &error));
}

QTEST_GUILESS_MAIN(TestRuleSets)
#include "TestRuleSets.moc"

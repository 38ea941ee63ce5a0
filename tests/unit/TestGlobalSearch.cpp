#include "TestChanges.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/derived/SearchIndex.h"
#include "store/search/GlobalSearch.h"
#include "store/search/MatchRanking.h"
#include "store/write/PullApplier.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

// The global search over a real cache filled the way a sync fills it.
class TestGlobalSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rankingPrefersWholeWordsThenShortThenNew();
    void numbersComeNewestFirst();
    void nameWithoutAccentsOrCase_data();
    void nameWithoutAccentsOrCase();
    void applicationNumberWholeOrPartial_data();
    void applicationNumberWholeOrPartial();
    void nationalNumberWithOrWithoutPunctuation_data();
    void nationalNumberWithOrWithoutPunctuation();
    void childByOwnNationalNumber();
    void phoneInAnyNotation_data();
    void phoneInAnyNotation();
    void emailAndPostcode();
    void childNeedsItsOwnMatch();
    void childOpensItsApplicationOrElseItsParent();
    void fewHitsPerGroupAndHowManyMore();
    void tooShortOrNothingSearchable_data();
    void tooShortOrNothingSearchable();
    void shortNumbersThatAreNotPhones();
    void oneLetterWordsWaitToGrow();
    void nothingFound();

private:
    struct Family {
        QString parentId = Uuid::v7();
        QString childId = Uuid::v7();
        QString applicationId = Uuid::v7();
    };
    void addFamily(const Family& f, const QJsonObject& parent, const QJsonObject& child, const QString& number);
    static QStringList labels(const SearchGroup& group);
    static const SearchGroup* group(const QVector<SearchGroup>& groups, SearchHit::Kind kind);

    QTemporaryDir m_dir;
    LocalCache m_cache;
    Protocol::PullPage m_page;
    Family m_celik;
    QString m_loneChildId;
    QString m_loneParentId;
};

namespace {

const TestChanges kRows(QStringLiteral("antwerpen"));

QJsonObject person(const QString& first, const QString& last)
{
    return {{QStringLiteral("first_name"), first}, {QStringLiteral("last_name"), last}};
}

} // namespace

void TestGlobalSearch::addFamily(const Family& f, const QJsonObject& parent, const QJsonObject& child,
                                 const QString& number)
{
    m_page.changes.append(kRows.upsert(QStringLiteral("parents"), f.parentId, parent));
    QJsonObject c = child;
    c.insert(QStringLiteral("parent_id"), f.parentId);
    m_page.changes.append(kRows.upsert(QStringLiteral("children"), f.childId, c));
    if (number.isEmpty())
        return;
    m_page.changes.append(kRows.upsert(QStringLiteral("applications"), f.applicationId,
                                       {{QStringLiteral("number"), number},
                                        {QStringLiteral("child_id"), f.childId},
                                        {QStringLiteral("parent_id"), f.parentId},
                                        {QStringLiteral("status"), QStringLiteral("in_review")},
                                        {QStringLiteral("desired_start"), QStringLiteral("2027-01-04")},
                                        {QStringLiteral("channel"), QStringLiteral("counter")},
                                        {QStringLiteral("preferences"), QJsonArray{}}}));
}

void TestGlobalSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    m_page.epoch = QStringLiteral("e1");
    m_page.cursor = QStringLiteral("c1");
    QJsonObject celik = person(QStringLiteral("Elif"), QStringLiteral("Çelik"));
    celik.insert(QStringLiteral("phone"), QStringLiteral("+32470123456"));
    celik.insert(QStringLiteral("national_number"), QStringLiteral("85.07.30-033.28"));
    celik.insert(QStringLiteral("email"), QStringLiteral("elif.celik@example.be"));
    celik.insert(QStringLiteral("postcode"), QStringLiteral("2100"));
    celik.insert(QStringLiteral("municipality"), QStringLiteral("Deurne"));
    QJsonObject emre = person(QStringLiteral("Emre"), QStringLiteral("Çelik"));
    emre.insert(QStringLiteral("birth_date"), QStringLiteral("2025-03-01"));
    emre.insert(QStringLiteral("national_number"), QStringLiteral("25.03.01-123.45"));
    addFamily(m_celik, celik, emre, QStringLiteral("ANT-2026-000123"));
    // Twenty Peeters families in 2000 Antwerpen: more than a group shows.
    for (int i = 0; i < 20; ++i) {
        QJsonObject parent = person(QStringLiteral("Jan"), QStringLiteral("Peeters"));
        parent.insert(QStringLiteral("phone"), QStringLiteral("+32476%1").arg(i, 6, 10, QLatin1Char('0')));
        parent.insert(QStringLiteral("postcode"), QStringLiteral("2000"));
        parent.insert(QStringLiteral("municipality"), QStringLiteral("Antwerpen"));
        QJsonObject child = person(QStringLiteral("Noor"), QStringLiteral("Peeters"));
        child.insert(QStringLiteral("expected_birth_date"), QStringLiteral("2027-02-01"));
        addFamily(Family(), parent, child, QStringLiteral("ANT-2026-%1").arg(200 + i, 6, 10, QLatin1Char('0')));
    }
    // A child whose last name differs from the parent's, and who has no application yet.
    Family lone;
    m_loneChildId = lone.childId;
    m_loneParentId = lone.parentId;
    QJsonObject child = person(QStringLiteral("Zoë"), QStringLiteral("Wouters"));
    child.insert(QStringLiteral("birth_date"), QStringLiteral("2026-01-10"));
    addFamily(lone, person(QStringLiteral("Hanne"), QStringLiteral("Claes")), child, QString());
    PullApplier applier(m_cache);
    QString error;
    QVERIFY2(applier.apply(m_page, &error), qPrintable(error));
}

QStringList TestGlobalSearch::labels(const SearchGroup& group)
{
    QStringList out;
    for (const SearchHit& hit : group.hits)
        out.append(hit.label);
    return out;
}

const SearchGroup* TestGlobalSearch::group(const QVector<SearchGroup>& groups, SearchHit::Kind kind)
{
    for (const SearchGroup& g : groups) {
        if (g.kind == kind)
            return &g;
    }
    return nullptr;
}

void TestGlobalSearch::nameWithoutAccentsOrCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("without cedilla") << QStringLiteral("Celik");
    QTest::newRow("lower case") << QStringLiteral("celik");
    QTest::newRow("as written") << QStringLiteral("Çelik");
    QTest::newRow("upper case with cedilla") << QStringLiteral("ÇELIK");
}

void TestGlobalSearch::nameWithoutAccentsOrCase()
{
    QFETCH(QString, text);
    const QVector<SearchGroup> groups = GlobalSearch(m_cache).search(text);
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).kind, SearchHit::Kind::Parent);
    QCOMPARE(labels(groups.at(0)), QStringList{QStringLiteral("Çelik, Elif")});
    QCOMPARE(groups.at(0).hits.first().id, m_celik.parentId);
    QCOMPARE(groups.at(0).hits.first().values.value(QStringLiteral("municipality")).toString(),
             QStringLiteral("Deurne"));
    QCOMPARE(groups.at(1).kind, SearchHit::Kind::Child);
    QCOMPARE(labels(groups.at(1)), QStringList{QStringLiteral("Çelik, Emre")});
    QCOMPARE(groups.at(2).kind, SearchHit::Kind::Application);
    QCOMPARE(labels(groups.at(2)), QStringList{QStringLiteral("ANT-2026-000123")});
    QCOMPARE(groups.at(2).hits.first().values.value(QStringLiteral("child")).toString(), QStringLiteral("Emre Çelik"));
    QCOMPARE(groups.at(2).hits.first().values.value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
}

void TestGlobalSearch::applicationNumberWholeOrPartial_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << QStringLiteral("ANT-2026-000123");
    QTest::newRow("lower case") << QStringLiteral("ant-2026-000123");
    QTest::newRow("serial only") << QStringLiteral("000123");
    QTest::newRow("without leading zeros") << QStringLiteral("ant-2026-123");
    QTest::newRow("without dashes or zeros") << QStringLiteral("ANT2026123");
    QTest::newRow("compact") << QStringLiteral("ANT2026000123");
}

void TestGlobalSearch::applicationNumberWholeOrPartial()
{
    QFETCH(QString, text);
    const QVector<SearchGroup> groups = GlobalSearch(m_cache).search(text);
    const SearchGroup* applications = group(groups, SearchHit::Kind::Application);
    QVERIFY(applications);
    QCOMPARE(labels(*applications), QStringList{QStringLiteral("ANT-2026-000123")});
    QCOMPARE(applications->hits.first().openTable, QStringLiteral("applications"));
    QCOMPARE(applications->hits.first().openId, m_celik.applicationId);
    QVERIFY(!group(groups, SearchHit::Kind::Child)); // a number is no child's name
    QVERIFY(!group(groups, SearchHit::Kind::Parent));
}

void TestGlobalSearch::nationalNumberWithOrWithoutPunctuation_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("dots and dash") << QStringLiteral("85.07.30-033.28");
    QTest::newRow("digits") << QStringLiteral("85073003328");
    QTest::newRow("spaces") << QStringLiteral("85 07 30 033 28");
    QTest::newRow("birth date part") << QStringLiteral("85.07.30");
}

void TestGlobalSearch::nationalNumberWithOrWithoutPunctuation()
{
    QFETCH(QString, text);
    const QVector<SearchGroup> groups = GlobalSearch(m_cache).search(text);
    const SearchGroup* parents = group(groups, SearchHit::Kind::Parent);
    QVERIFY(parents);
    QCOMPARE(labels(*parents), QStringList{QStringLiteral("Çelik, Elif")});
    QVERIFY(group(groups, SearchHit::Kind::Application)); // the application's document holds the parent too
    QVERIFY(!group(groups, SearchHit::Kind::Child));      // the mother's number is not the child's
}

void TestGlobalSearch::childByOwnNationalNumber()
{
    const QVector<SearchGroup> groups = GlobalSearch(m_cache).search(QStringLiteral("25.03.01-123"));
    const SearchGroup* children = group(groups, SearchHit::Kind::Child);
    QVERIFY(children);
    QCOMPARE(labels(*children), QStringList{QStringLiteral("Çelik, Emre")});
    QCOMPARE(children->total, 1);
}

void TestGlobalSearch::phoneInAnyNotation_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("international, spaced") << QStringLiteral("+32 470 12 34 56");
    QTest::newRow("national, slash and dots") << QStringLiteral("0470/12.34.56");
    QTest::newRow("00 prefix") << QStringLiteral("0032470123456");
    QTest::newRow("national, spaced") << QStringLiteral("0470 12 34 56");
    QTest::newRow("E.164") << QStringLiteral("+32470123456");
    QTest::newRow("start of the number") << QStringLiteral("0470 12");
}

void TestGlobalSearch::phoneInAnyNotation()
{
    QFETCH(QString, text);
    const QVector<SearchGroup> groups = GlobalSearch(m_cache).search(text);
    const SearchGroup* parents = group(groups, SearchHit::Kind::Parent);
    QVERIFY(parents);
    QCOMPARE(parents->hits.size(), 1);
    QCOMPARE(parents->hits.first().id, m_celik.parentId);
    QCOMPARE(parents->hits.first().values.value(QStringLiteral("phone")).toString(), QStringLiteral("+32470123456"));
    QCOMPARE(parents->total, 1);
}

void TestGlobalSearch::emailAndPostcode()
{
    GlobalSearch search(m_cache);
    for (const QString& text : {QStringLiteral("elif.celik@example.be"), QStringLiteral("elif.celik@ex")}) {
        const SearchGroup* parents = group(search.search(text), SearchHit::Kind::Parent);
        QVERIFY2(parents, qPrintable(text));
        QCOMPARE(labels(*parents), QStringList{QStringLiteral("Çelik, Elif")});
    }
    const QVector<SearchGroup> deurne = search.search(QStringLiteral("2100"));
    QCOMPARE(labels(*group(deurne, SearchHit::Kind::Parent)), QStringList{QStringLiteral("Çelik, Elif")});
    const SearchGroup* antwerpen = group(search.search(QStringLiteral("2000")), SearchHit::Kind::Parent);
    QVERIFY(antwerpen);
    QCOMPARE(antwerpen->total, 20);
}

void TestGlobalSearch::childNeedsItsOwnMatch()
{
    // Hanne Claes' child is Zoë Wouters: "claes" finds the mother, not the child; "zoe" finds both (the
    // parent's document holds her children's names), the child by her own name.
    GlobalSearch search(m_cache);
    const QVector<SearchGroup> claes = search.search(QStringLiteral("claes"));
    QVERIFY(group(claes, SearchHit::Kind::Parent));
    QVERIFY(!group(claes, SearchHit::Kind::Child));
    const QVector<SearchGroup> zoe = search.search(QStringLiteral("zoe"));
    const SearchGroup* children = group(zoe, SearchHit::Kind::Child);
    QVERIFY(children);
    QCOMPARE(labels(*children), QStringList{QStringLiteral("Wouters, Zoë")});
    QCOMPARE(children->hits.first().values.value(QStringLiteral("parent")).toString(), QStringLiteral("Hanne Claes"));
    // "eli cel": the first letters of both of the mother's names; Emre has no name starting with "eli".
    const QVector<SearchGroup> elif = search.search(QStringLiteral("eli cel"));
    QCOMPARE(labels(*group(elif, SearchHit::Kind::Parent)), QStringList{QStringLiteral("Çelik, Elif")});
    QVERIFY(!group(elif, SearchHit::Kind::Child));
    QVERIFY(group(elif, SearchHit::Kind::Application));
}

void TestGlobalSearch::childOpensItsApplicationOrElseItsParent()
{
    GlobalSearch search(m_cache);
    const SearchHit zoe = group(search.search(QStringLiteral("wouters")), SearchHit::Kind::Child)->hits.first();
    QCOMPARE(zoe.id, m_loneChildId);
    QCOMPARE(zoe.openTable, QStringLiteral("parents"));
    QCOMPARE(zoe.openId, m_loneParentId);
    const SearchHit emre = group(search.search(QStringLiteral("emre")), SearchHit::Kind::Child)->hits.first();
    QCOMPARE(emre.id, m_celik.childId);
    QCOMPARE(emre.openTable, QStringLiteral("applications"));
    QCOMPARE(emre.openId, m_celik.applicationId);
}

void TestGlobalSearch::fewHitsPerGroupAndHowManyMore()
{
    const QVector<SearchGroup> groups = GlobalSearch(m_cache).search(QStringLiteral("peeters"));
    QCOMPARE(groups.size(), 3);
    for (const SearchGroup& g : groups) {
        QCOMPARE(g.hits.size(), GlobalSearch::kPerGroup);
        QCOMPARE(g.total, 20);
        QCOMPARE(g.more(), 20 - GlobalSearch::kPerGroup);
        QVERIFY(!g.totalCapped);
    }
    const QVector<SearchGroup> three = GlobalSearch(m_cache).search(QStringLiteral("peeters"), 3);
    QCOMPARE(three.first().hits.size(), 3);
    QCOMPARE(three.first().more(), 17);
}

void TestGlobalSearch::tooShortOrNothingSearchable_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("one letter") << QStringLiteral("c");
    QTest::newRow("one letter with spaces") << QStringLiteral(" c ");
    QTest::newRow("quotes and stars") << QStringLiteral("\"*\"");
    // The start of every mobile number: waits for a fifth digit.
    QTest::newRow("04") << QStringLiteral("04");
    QTest::newRow("0470") << QStringLiteral("0470");
    QTest::newRow("+32 47") << QStringLiteral("+32 47");
    QTest::newRow("0032 470") << QStringLiteral("0032 470");
    QTest::newRow("+3") << QStringLiteral("+3");
    QTest::newRow("+31 6") << QStringLiteral("+31 6");
    QTest::newRow("one-letter words") << QStringLiteral("a b");
    // Every application of a year: waits for a third digit of the serial.
    QTest::newRow("ANT-2026-0") << QStringLiteral("ANT-2026-0");
    QTest::newRow("ANT-2") << QStringLiteral("ANT-2");
    QTest::newRow("ant 202") << QStringLiteral("ant 202");
    QTest::newRow("ant 2026 00") << QStringLiteral("ant 2026 00");
}

void TestGlobalSearch::tooShortOrNothingSearchable()
{
    QFETCH(QString, text);
    QVERIFY(!GlobalSearch::isSearchable(text));
    GlobalSearch search(m_cache);
    QVERIFY(search.search(text).isEmpty());
    QVERIFY(search.lastError().isEmpty());
}

void TestGlobalSearch::shortNumbersThatAreNotPhones()
{
    for (const QString& text : {QStringLiteral("2000"), QStringLiteral("0470 1"), QStringLiteral("+32 470 1"),
                                QStringLiteral("85"), QStringLiteral("000123"), QStringLiteral("ant-2026-1"),
                                QStringLiteral("ANT-2026-000"), QStringLiteral("ANT-2026")})
        QVERIFY2(GlobalSearch::isSearchable(text), qPrintable(text));
    QCOMPARE(SearchIndex::matchExpression(QStringLiteral("+32 470 1")), QStringLiteral("\"04701\"*"));
    QCOMPARE(SearchIndex::matchExpression(QStringLiteral("0031 6 1234")), QStringLiteral("\"3161234\"*"));
    QCOMPARE(SearchIndex::matchExpression(QStringLiteral("ant-2026-123")), QStringLiteral("\"ANT2026000123\"*"));
}

void TestGlobalSearch::oneLetterWordsWaitToGrow()
{
    // "Elif Ç": the one letter would match nearly everything; the search stays on "Elif" until it grows.
    QCOMPARE(GlobalSearch::matchFor(QStringLiteral("Elif Ç")), QStringLiteral("\"Elif\"*"));
    const QVector<SearchGroup> groups = GlobalSearch(m_cache).search(QStringLiteral("Elif Ç"));
    QCOMPARE(labels(*group(groups, SearchHit::Kind::Parent)), QStringList{QStringLiteral("Çelik, Elif")});
    const QVector<SearchGroup> grown = GlobalSearch(m_cache).search(QStringLiteral("Elif Çe"));
    QCOMPARE(labels(*group(grown, SearchHit::Kind::Parent)), QStringList{QStringLiteral("Çelik, Elif")});
    QVERIFY(GlobalSearch(m_cache).search(QStringLiteral("Elif Pe")).isEmpty());
}

void TestGlobalSearch::nothingFound()
{
    GlobalSearch search(m_cache);
    QVERIFY(search.search(QStringLiteral("xyzzy")).isEmpty());
    QVERIFY(search.search(QStringLiteral("0499 99 99 99")).isEmpty());
    QVERIFY(search.search(QStringLiteral("a(b) OR c NEAR d")).isEmpty()); // FTS5 syntax is only text
    QVERIFY2(search.lastError().isEmpty(), qPrintable(search.lastError()));
}

// What is shown first among the matches (MatchRanking): "Marie De Ba" shows Marie De Backer before a Mariette
// Dewinter who only starts the same words, a short document before one that mentions much else, then the newest.
void TestGlobalSearch::rankingPrefersWholeWordsThenShortThenNew()
{
    const QString match = SearchIndex::matchExpression(QStringLiteral("Marie De Ba"));
    const QStringList terms = MatchRanking::termsOf(match);
    QCOMPARE(terms, (QStringList{QStringLiteral("marie"), QStringLiteral("de"), QStringLiteral("ba")}));
    const QVector<MatchRanking::Document> documents{
        {1, QStringLiteral("Mariette Dewinter Bakker 2000 Antwerpen")},   // every term only as a prefix: 3
        {2, QStringLiteral("Marie De Backer 2000 Antwerpen")},            // marie, de whole: 5
        {3, QStringLiteral("Marie De Backer Rue Longue 12 2000 Anvers")}, // 5, but longer
        {4, QStringLiteral("Marie De Backer 2018 Edegem")},               // 5, as short as 2 and newer
    };
    QCOMPARE(MatchRanking::best(documents, terms, 3), (QVector<qint64>{4, 2, 3}));
    QCOMPARE(MatchRanking::best(documents, terms, 10).last(), 1);
    QVERIFY(MatchRanking::best({}, terms, 3).isEmpty());
    // Accents and case are folded as the index folds them; a number is one term.
    QCOMPARE(MatchRanking::termsOf(SearchIndex::matchExpression(QStringLiteral("Çelik"))),
             QStringList{QStringLiteral("celik")});
    QCOMPARE(MatchRanking::best({{7, QStringLiteral("ANT2026000123 Noor")}, {8, QStringLiteral("ANT2026000123x")}},
                                MatchRanking::termsOf(QStringLiteral("\"ANT2026000123\"*")), 1),
             QVector<qint64>{7});
}

// A phone, national or application number matches as one token: the newest families come first (no text ranking).
void TestGlobalSearch::numbersComeNewestFirst()
{
    GlobalSearch search(m_cache);
    const QVector<SearchGroup> groups = search.search(QStringLiteral("0476 000"));
    const SearchGroup* parents = group(groups, SearchHit::Kind::Parent);
    QVERIFY(parents);
    QCOMPARE(parents->total, 20);
    QCOMPARE(parents->hits.first().values.value(QStringLiteral("phone")).toString(), QStringLiteral("+32476000019"));
    QCOMPARE(parents->hits.at(1).values.value(QStringLiteral("phone")).toString(), QStringLiteral("+32476000018"));
    const SearchGroup* applications = group(groups, SearchHit::Kind::Application);
    QVERIFY(applications);
    QCOMPARE(applications->hits.first().label, QStringLiteral("ANT-2026-000219"));
}

QTEST_GUILESS_MAIN(TestGlobalSearch)
#include "TestGlobalSearch.moc"

#include "TestChanges.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "store/cache/LocalCache.h"
#include "store/records/ApplicationDraftStore.h"
#include "store/records/ApplicationFiling.h"
#include "store/records/RecordQuery.h"
#include "store/search/DuplicateFinder.h"
#include "store/search/LocationFinder.h"
#include "store/search/ParentLookup.h"
#include "store/write/PullApplier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The core of the application wizard: who may already be known (DuplicateFinder), which locations lie
// nearest (LocationFinder), and filing as one transaction (ApplicationFiling), over a real cache file.
class TestApplicationFiling : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameNationalNumberInAnySpelling();
    void sameNameIgnoresCaseAndAccents();
    void nameWithDateNeedsAChildOfThatDate();
    void sameEmailOrPhoneInE164();
    void strongestReasonFirst();
    void nothingForAStranger();
    void lookupByNameNumberEmailOrPhone();
    void homeIsCentroidOfPostcodeThenMunicipality();
    void nearestFirstWithDistances();
    void unknownHomeKeepsNameOrder();
    void distanceIsGreatCircle();
    void publishedOnlyOfTheRegion();
    void filingIsOneTransaction();
    void failedFilingLeavesNothing();
    void openApplicationIsFoundAndBlocksASecond();
    void updateChangesOnlyWishes();
    void draftStoreRoundTripsAndIsPrivate();

private:
    QJsonObject location(const QString& name, const QString& postcode, const QString& municipality, double lat,
                         double lon, const QString& region = QStringLiteral("antwerpen"), bool published = true);
    int outboxCount() const;

    QTemporaryDir m_dir;
    LocalCache m_cache;
    QString m_celik; // Ayşe Çelik, 85.07.30-033.28, +32470123456, ayse@example.be, child born 2026-03-14
    QString m_celikChild;
    QString m_celikApplication;
    QString m_peeters; // Ayse Celik too (another person), child born 2025-01-02
    QStringList m_locationIds;
};

namespace {

const TestChanges kRows(QStringLiteral("antwerpen"));

} // namespace

QJsonObject TestApplicationFiling::location(const QString& name, const QString& postcode, const QString& municipality,
                                            double lat, double lon, const QString& region, bool published)
{
    m_locationIds.append(Uuid::v7());
    return {{QStringLiteral("id"), m_locationIds.last()},
            {QStringLiteral("region_id"), region},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), QStringLiteral("group")},
            {QStringLiteral("postcode"), postcode},
            {QStringLiteral("municipality"), municipality},
            {QStringLiteral("lat"), lat},
            {QStringLiteral("lon"), lon},
            {QStringLiteral("published"), published}};
}

void TestApplicationFiling::init()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite"))), LocalCache::OpenStatus::Ok);
    m_celik = Uuid::v7();
    m_celikChild = Uuid::v7();
    m_celikApplication = Uuid::v7();
    m_peeters = Uuid::v7();
    m_locationIds.clear();
    Protocol::PullPage page;
    page.epoch = QStringLiteral("e");
    page.cursor = QStringLiteral("c1");
    page.changes = {
        kRows.upsert(QStringLiteral("parents"), {{QStringLiteral("id"), m_celik},
                                                 {QStringLiteral("first_name"), QStringLiteral("Ayşe")},
                                                 {QStringLiteral("last_name"), QStringLiteral("Çelik")},
                                                 {QStringLiteral("national_number"), QStringLiteral("85073003328")},
                                                 {QStringLiteral("phone"), QStringLiteral("+32470123456")},
                                                 {QStringLiteral("email"), QStringLiteral("ayse@example.be")}}),
        kRows.upsert(QStringLiteral("children"), {{QStringLiteral("id"), m_celikChild},
                                                  {QStringLiteral("parent_id"), m_celik},
                                                  {QStringLiteral("first_name"), QStringLiteral("Noor")},
                                                  {QStringLiteral("birth_date"), QStringLiteral("2026-03-14")}}),
        kRows.upsert(QStringLiteral("parents"), {{QStringLiteral("id"), m_peeters},
                                                 {QStringLiteral("first_name"), QStringLiteral("AYSE")},
                                                 {QStringLiteral("last_name"), QStringLiteral("celik")}}),
        kRows.upsert(QStringLiteral("children"), {{QStringLiteral("id"), Uuid::v7()},
                                                  {QStringLiteral("parent_id"), m_peeters},
                                                  {QStringLiteral("first_name"), QStringLiteral("Mila")},
                                                  {QStringLiteral("birth_date"), QStringLiteral("2025-01-02")}}),
        kRows.upsert(QStringLiteral("applications"), {{QStringLiteral("id"), m_celikApplication},
                                                      {QStringLiteral("number"), QStringLiteral("ANT-2026-000001")},
                                                      {QStringLiteral("child_id"), m_celikChild},
                                                      {QStringLiteral("parent_id"), m_celik},
                                                      {QStringLiteral("status"), QStringLiteral("in_review")},
                                                      {QStringLiteral("desired_start"), QStringLiteral("2027-01-04")},
                                                      {QStringLiteral("channel"), QStringLiteral("online")},
                                                      {QStringLiteral("notes"), QStringLiteral("keep me")}}),
        // Two in Berchem (2600), one in Deurne (2100), one in Antwerpen (2000), one without a position,
        // one unpublished and one of another region.
        kRows.upsert(QStringLiteral("locations"), location(QStringLiteral("B-Noord"), QStringLiteral("2600"),
                                                           QStringLiteral("Berchem"), 51.2000, 4.4300)),
        kRows.upsert(QStringLiteral("locations"), location(QStringLiteral("B-Zuid"), QStringLiteral("2600"),
                                                           QStringLiteral("Berchem"), 51.1900, 4.4300)),
        kRows.upsert(QStringLiteral("locations"), location(QStringLiteral("Deurne"), QStringLiteral("2100"),
                                                           QStringLiteral("Deurne"), 51.2100, 4.4700)),
        kRows.upsert(QStringLiteral("locations"), location(QStringLiteral("Centrum"), QStringLiteral("2000"),
                                                           QStringLiteral("Antwerpen"), 51.2200, 4.4000)),
        kRows.upsert(QStringLiteral("locations"), location(QStringLiteral("Aaa zonder plaats"), QStringLiteral("2000"),
                                                           QStringLiteral("Antwerpen"), 0, 0)),
        kRows.upsert(QStringLiteral("locations"),
                     location(QStringLiteral("Verborgen"), QStringLiteral("2600"), QStringLiteral("Berchem"), 51.1950,
                              4.4300, QStringLiteral("antwerpen"), false)),
        kRows.upsert(QStringLiteral("locations"),
                     location(QStringLiteral("Mechels"), QStringLiteral("2800"), QStringLiteral("Mechelen"), 51.0300,
                              4.4800, QStringLiteral("mechelen"))),
    };
    // "Aaa zonder plaats" has no position at all.
    page.changes[9].row.remove(QStringLiteral("lat"));
    page.changes[9].row.remove(QStringLiteral("lon"));
    QString error;
    QVERIFY2(PullApplier(m_cache).apply(page, &error), qPrintable(error));
}

void TestApplicationFiling::cleanup()
{
    const QString path = m_cache.path();
    m_cache.close();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

int TestApplicationFiling::outboxCount() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next() ? q.value(0).toInt() : -1;
}

void TestApplicationFiling::sameNationalNumberInAnySpelling()
{
    ParentIdentity who;
    who.firstName = QStringLiteral("Someone");
    who.lastName = QStringLiteral("Else");
    who.nationalNumber = QStringLiteral("85.07.30-033.28");
    const QVector<DuplicateCandidate> found = DuplicateFinder(m_cache).find(who);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().parentId, m_celik);
    QCOMPARE(found.first().reasons, QStringList{QStringLiteral("same national number")});
    who.nationalNumber = QStringLiteral("85.07.30-033.29"); // fails the check: never compared
    QVERIFY(DuplicateFinder(m_cache).find(who).isEmpty());
}

void TestApplicationFiling::sameNameIgnoresCaseAndAccents()
{
    QCOMPARE(DuplicateFinder::foldName(QStringLiteral("  Ayşe  ÇELIK ")), QStringLiteral("ayse celik"));
    ParentIdentity who;
    who.firstName = QStringLiteral("ayse");
    who.lastName = QStringLiteral("Celik");
    const QVector<DuplicateCandidate> found = DuplicateFinder(m_cache).find(who);
    QCOMPARE(found.size(), 2); // both spellings, without a child's date to tell them apart
    for (const DuplicateCandidate& c : found)
        QCOMPARE(c.reasons, QStringList{QStringLiteral("same name")});
    who.firstName = QStringLiteral("Ays"); // a prefix is not the same name
    QVERIFY(DuplicateFinder(m_cache).find(who).isEmpty());
}

void TestApplicationFiling::nameWithDateNeedsAChildOfThatDate()
{
    ParentIdentity who;
    who.firstName = QStringLiteral("Ayşe");
    who.lastName = QStringLiteral("Çelik");
    who.childBirthDate = QStringLiteral("2025-01-02");
    const QVector<DuplicateCandidate> found = DuplicateFinder(m_cache).find(who);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().parentId, m_peeters);
    QCOMPARE(found.first().reasons, QStringList{QStringLiteral("same name and a child born on the same date")});
    who.childBirthDate = QStringLiteral("2024-12-31");
    QVERIFY(DuplicateFinder(m_cache).find(who).isEmpty());
}

void TestApplicationFiling::sameEmailOrPhoneInE164()
{
    ParentIdentity who;
    who.firstName = QStringLiteral("X");
    who.lastName = QStringLiteral("Y");
    who.phone = QStringLiteral("0470 12 34 56");
    QVector<DuplicateCandidate> found = DuplicateFinder(m_cache).find(who);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().reasons, QStringList{QStringLiteral("same phone number")});
    who.phone.clear();
    who.email = QStringLiteral("AYSE@example.be ");
    found = DuplicateFinder(m_cache).find(who);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().parentId, m_celik);
    QCOMPARE(found.first().reasons, QStringList{QStringLiteral("same e-mail address")});
}

void TestApplicationFiling::strongestReasonFirst()
{
    ParentIdentity who;
    who.firstName = QStringLiteral("Ayse");
    who.lastName = QStringLiteral("Celik");
    who.phone = QStringLiteral("+32 470 12 34 56");
    const QVector<DuplicateCandidate> found = DuplicateFinder(m_cache).find(who);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).parentId, m_celik); // name and phone outweigh a name alone
    QCOMPARE(found.at(0).reasons, (QStringList{QStringLiteral("same name"), QStringLiteral("same phone number")}));
    QCOMPARE(found.at(1).parentId, m_peeters);
}

void TestApplicationFiling::nothingForAStranger()
{
    ParentIdentity who;
    who.firstName = QStringLiteral("Jan");
    who.lastName = QStringLiteral("Peeters");
    who.email = QStringLiteral("jan@example.be");
    who.phone = QStringLiteral("0499 00 00 00");
    QVERIFY(DuplicateFinder(m_cache).find(who).isEmpty());
}

void TestApplicationFiling::lookupByNameNumberEmailOrPhone()
{
    ParentLookup lookup(m_cache);
    for (const QString& text : {QStringLiteral("85.07.30-033.28"), QStringLiteral("ayse@example"),
                                QStringLiteral("0470 12 34"), QStringLiteral("+32 470 123456")}) {
        const QVector<QJsonObject> found = lookup.search(text);
        QVERIFY2(found.size() == 1, qPrintable(text));
        QCOMPARE(found.first().value(QStringLiteral("id")).toString(), m_celik);
    }
    QCOMPARE(lookup.search(QStringLiteral("celik")).size(), 2); // both spellings, accents ignored
    QVERIFY(lookup.search(QStringLiteral("  ")).isEmpty());
    QCOMPARE(lookup.childrenOf(m_celik).size(), 1);
}

void TestApplicationFiling::homeIsCentroidOfPostcodeThenMunicipality()
{
    const QVector<LocationChoice> all = LocationFinder(m_cache).published(QStringLiteral("antwerpen"));
    double lat = 0, lon = 0;
    QVERIFY(LocationFinder::homeOf(all, QStringLiteral("2600"), QString(), &lat, &lon));
    QVERIFY(qAbs(lat - 51.195) < 1e-9); // the two published Berchem ones; the hidden one does not count
    QVERIFY(qAbs(lon - 4.43) < 1e-9);
    // No location in postcode 2140, but one in the municipality named.
    QVERIFY(LocationFinder::homeOf(all, QStringLiteral("2140"), QStringLiteral("deurne"), &lat, &lon));
    QCOMPARE(lat, 51.21);
    QVERIFY(!LocationFinder::homeOf(all, QStringLiteral("2140"), QStringLiteral("Borgerhout"), &lat, &lon));
}

void TestApplicationFiling::nearestFirstWithDistances()
{
    const QVector<LocationChoice> all = LocationFinder(m_cache).published(QStringLiteral("antwerpen"));
    bool known = false;
    const QVector<LocationChoice> near =
        LocationFinder::nearestFirst(all, QStringLiteral("2100"), QStringLiteral("Deurne"), &known);
    QVERIFY(known);
    QStringList names;
    for (const LocationChoice& c : near)
        names.append(c.name);
    // From Deurne (51.21, 4.47): Deurne 0 km, B-Noord ~3.0 km, B-Zuid ~3.6 km, Centrum ~5.0 km, then the one
    // without a position.
    QCOMPARE(names, (QStringList{QStringLiteral("Deurne"), QStringLiteral("B-Noord"), QStringLiteral("B-Zuid"),
                                 QStringLiteral("Centrum"), QStringLiteral("Aaa zonder plaats")}));
    QCOMPARE(near.first().distanceKm, 0.0);
    QVERIFY(near.at(1).distanceKm < near.at(2).distanceKm);
    QVERIFY(near.at(2).distanceKm < near.at(3).distanceKm);
    QCOMPARE(near.last().distanceKm, -1.0);
}

void TestApplicationFiling::unknownHomeKeepsNameOrder()
{
    const QVector<LocationChoice> all = LocationFinder(m_cache).published(QStringLiteral("antwerpen"));
    bool known = true;
    const QVector<LocationChoice> same =
        LocationFinder::nearestFirst(all, QStringLiteral("9999"), QStringLiteral("Nergens"), &known);
    QVERIFY(!known);
    QCOMPARE(same.size(), all.size());
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(same.at(i).id, all.at(i).id);
        QCOMPARE(same.at(i).distanceKm, -1.0);
    }
}

void TestApplicationFiling::distanceIsGreatCircle()
{
    // Antwerpen Centraal to Mechelen station: about 22 km as the crow flies.
    const double km = LocationFinder::distanceKm(51.2172, 4.4211, 51.0176, 4.4831);
    QVERIFY2(km > 21.5 && km < 23.0, qPrintable(QString::number(km)));
    QCOMPARE(LocationFinder::distanceKm(51.0, 4.0, 51.0, 4.0), 0.0);
}

void TestApplicationFiling::publishedOnlyOfTheRegion()
{
    const QVector<LocationChoice> all = LocationFinder(m_cache).published(QStringLiteral("antwerpen"));
    QStringList names;
    for (const LocationChoice& c : all)
        names.append(c.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Aaa zonder plaats"), QStringLiteral("B-Noord"),
                                 QStringLiteral("B-Zuid"), QStringLiteral("Centrum"), QStringLiteral("Deurne")}));
    QVERIFY(!all.first().hasPosition);
    QVERIFY(all.at(1).hasPosition);
}

namespace {

FilingRequest newFamily(const QString& locationId)
{
    const QString parentId = Uuid::v7();
    const QString childId = Uuid::v7();
    FilingRequest r;
    r.newParent = {{QStringLiteral("id"), parentId},
                   {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                   {QStringLiteral("first_name"), QStringLiteral("Lien")},
                   {QStringLiteral("last_name"), QStringLiteral("Maes")}};
    r.newChild = {{QStringLiteral("id"), childId},
                  {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                  {QStringLiteral("parent_id"), parentId},
                  {QStringLiteral("first_name"), QStringLiteral("baby")},
                  {QStringLiteral("expected_birth_date"), QDate::currentDate().addMonths(3).toString(Qt::ISODate)}};
    r.application = {{QStringLiteral("id"), Uuid::v7()},
                     {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                     {QStringLiteral("parent_id"), parentId},
                     {QStringLiteral("child_id"), childId},
                     {QStringLiteral("status"), QStringLiteral("submitted")},
                     {QStringLiteral("desired_start"), QDate::currentDate().addMonths(9).toString(Qt::ISODate)},
                     {QStringLiteral("days"), QJsonObject{{QStringLiteral("mon"), QStringLiteral("full")}}},
                     {QStringLiteral("preferences"), QJsonArray{locationId}},
                     {QStringLiteral("channel"), QStringLiteral("counter")}};
    return r;
}

} // namespace

void TestApplicationFiling::filingIsOneTransaction()
{
    const FilingRequest r = newFamily(m_locationIds.first());
    QString error;
    QVERIFY2(ApplicationFiling(m_cache).file(r, &error), qPrintable(error));
    RecordQuery records(m_cache);
    QCOMPARE(records.row(QStringLiteral("parents"), r.newParent.value(QStringLiteral("id")).toString())
                 .value(QStringLiteral("last_name")),
             QJsonValue(QStringLiteral("Maes")));
    QVERIFY(!records.row(QStringLiteral("children"), r.newChild.value(QStringLiteral("id")).toString()).isEmpty());
    QVERIFY(
        !records.row(QStringLiteral("applications"), r.application.value(QStringLiteral("id")).toString()).isEmpty());
    QSqlQuery q(m_cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT table_name, op FROM outbox ORDER BY mid")));
    QStringList entries;
    while (q.next())
        entries.append(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    QCOMPARE(entries, (QStringList{QStringLiteral("parents:insert"), QStringLiteral("children:insert"),
                                   QStringLiteral("applications:insert")}));
}

void TestApplicationFiling::failedFilingLeavesNothing()
{
    FilingRequest r = newFamily(m_locationIds.first());
    // Valid rows, but writing the third fails (a full disk, simulated by a trigger that refuses the
    // application's outbox entry): the parent and child written before it must go too.
    QSqlQuery q(m_cache.database());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON outbox WHEN NEW.table_name = "
                                  "'applications' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    QString error;
    QVERIFY(!ApplicationFiling(m_cache).file(r, &error));
    QVERIFY2(error.contains(QStringLiteral("disk full")), qPrintable(error));
    QCOMPARE(outboxCount(), 0);
    RecordQuery records(m_cache);
    QVERIFY(records.row(QStringLiteral("parents"), r.newParent.value(QStringLiteral("id")).toString()).isEmpty());
    QVERIFY(records.row(QStringLiteral("children"), r.newChild.value(QStringLiteral("id")).toString()).isEmpty());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    // Invalid rows are refused before anything is written, and say why.
    r.newChild.insert(QStringLiteral("birth_date"), QStringLiteral("2026-01-01")); // both dates now
    QVERIFY(!ApplicationFiling(m_cache).file(r, &error));
    QVERIFY2(error.contains(QStringLiteral("children.birth_date")), qPrintable(error));
    QCOMPARE(outboxCount(), 0);
}

void TestApplicationFiling::openApplicationIsFoundAndBlocksASecond()
{
    ApplicationFiling filing(m_cache);
    QCOMPARE(filing.openApplicationFor(m_celikChild, QStringLiteral("antwerpen")).value(QStringLiteral("id")),
             QJsonValue(m_celikApplication));
    QVERIFY(filing.openApplicationFor(m_celikChild, QStringLiteral("mechelen")).isEmpty());
    FilingRequest r = newFamily(m_locationIds.first());
    r.newParent = {};
    r.newChild = {};
    r.application.insert(QStringLiteral("parent_id"), m_celik);
    r.application.insert(QStringLiteral("child_id"), m_celikChild);
    QString error;
    QVERIFY(!filing.file(r, &error));
    QVERIFY2(error.contains(QStringLiteral("ANT-2026-000001")), qPrintable(error));
    QCOMPARE(outboxCount(), 0);
}

void TestApplicationFiling::updateChangesOnlyWishes()
{
    FilingRequest r = newFamily(m_locationIds.at(2));
    r.newParent = {};
    r.newChild = {};
    r.application.insert(QStringLiteral("notes"), QStringLiteral("must not be written"));
    r.updateApplicationId = m_celikApplication;
    QString error;
    QVERIFY2(ApplicationFiling(m_cache).file(r, &error), qPrintable(error));
    const QJsonObject row = RecordQuery(m_cache).row(QStringLiteral("applications"), m_celikApplication);
    QCOMPARE(row.value(QStringLiteral("preferences")).toArray(), QJsonArray{m_locationIds.at(2)});
    QCOMPARE(row.value(QStringLiteral("notes")).toString(), QStringLiteral("keep me"));
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
    QSqlQuery q(m_cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT op, row_id, payload FROM outbox")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
    QCOMPARE(q.value(1).toString(), m_celikApplication);
    const QJsonObject changes = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    QVERIFY(changes.contains(QStringLiteral("preferences")));
    QVERIFY(!changes.contains(QStringLiteral("notes")));
    QVERIFY(!changes.contains(QStringLiteral("status")));
    QVERIFY(!q.next());
}

void TestApplicationFiling::draftStoreRoundTripsAndIsPrivate()
{
    ApplicationDraftStore store(m_dir.path(), QStringLiteral("Loket.Test"));
    QVERIFY(!store.exists());
    QVERIFY(store.load().isEmpty());
    QString error;
    QVERIFY2(store.save({{QStringLiteral("a"), 1}}, &error), qPrintable(error));
    QVERIFY(store.exists());
    QCOMPARE(store.load().value(QStringLiteral("a")).toInt(), 1);
    QCOMPARE(QFile::permissions(store.path()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    // Per user: another name, another file; the same name in other case is the same person.
    QVERIFY(ApplicationDraftStore(m_dir.path(), QStringLiteral("someone.else")).path() != store.path());
    QCOMPARE(ApplicationDraftStore(m_dir.path(), QStringLiteral("loket.test")).path(), store.path());
    store.discard();
    QVERIFY(!store.exists());
}

QTEST_GUILESS_MAIN(TestApplicationFiling)
#include "TestApplicationFiling.moc"

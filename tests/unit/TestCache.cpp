#include "TestChanges.h"
#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "protocol/TableSchema.h"
#include "store/cache/CacheCheck.h"
#include "store/cache/CacheSchema.h"
#include "store/cache/LocalCache.h"
#include "store/conflicts/ConflictResolver.h"
#include "store/conflicts/ConflictStore.h"
#include "store/conflicts/DuplicateMerge.h"
#include "store/derived/SearchIndex.h"
#include "store/lists/ApplicationListQuery.h"
#include "store/lists/ParentListQuery.h"
#include "store/outbox/OutboxSalvage.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"
#include "store/write/PullApplier.h"
#include "sync/OutboxBatch.h"
#include "sync/OutboxReplay.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const TestChanges kRows;

// A family as the server sends it: a parent, a child and an application. A test changes a field and applies it
// again for the server's next version.
struct Family {
    QString parentId = Uuid::v7();
    QString childId = Uuid::v7();
    QString applicationId = Uuid::v7();
    QString first = QStringLiteral("An");
    QString last = QStringLiteral("Peeters");
    QString phone = QStringLiteral("+32470000001");
    QString number = QStringLiteral("ANT-2026-000001");
    QString updatedBy; // of the parent, when the server names the account that wrote it
};

Family family(const QString& first, const QString& last, const QString& phone, const QString& number)
{
    Family f;
    f.first = first;
    f.last = last;
    f.phone = phone;
    f.number = number;
    return f;
}

// Elif Çelik, whom the merge tests file a second time.
Family celik()
{
    return family(QStringLiteral("Elif"), QStringLiteral("Çelik"), QStringLiteral("+32470123456"),
                  QStringLiteral("ANT-2026-000001"));
}

QVector<Protocol::Change> familyChanges(const Family& f, qint64 seq)
{
    const QString region = QStringLiteral("antwerpen");
    QJsonObject parent{{QStringLiteral("id"), f.parentId},
                       {QStringLiteral("region_id"), region},
                       {QStringLiteral("first_name"), f.first},
                       {QStringLiteral("last_name"), f.last},
                       {QStringLiteral("phone"), f.phone},
                       {QStringLiteral("national_number"), QStringLiteral("85.07.30-033.28")},
                       {QStringLiteral("postcode"), QStringLiteral("2100")},
                       {QStringLiteral("municipality"), QStringLiteral("Deurne")}};
    if (!f.updatedBy.isEmpty())
        parent.insert(QStringLiteral("updated_by"), f.updatedBy);
    return {kRows.upsert(QStringLiteral("parents"), parent, seq),
            kRows.upsert(QStringLiteral("children"),
                         {{QStringLiteral("id"), f.childId},
                          {QStringLiteral("region_id"), region},
                          {QStringLiteral("parent_id"), f.parentId},
                          {QStringLiteral("first_name"), QStringLiteral("Noor")},
                          {QStringLiteral("last_name"), f.last},
                          {QStringLiteral("birth_date"), QStringLiteral("2025-05-01")}},
                         seq),
            kRows.upsert(QStringLiteral("applications"),
                         {{QStringLiteral("id"), f.applicationId},
                          {QStringLiteral("region_id"), region},
                          {QStringLiteral("number"), f.number},
                          {QStringLiteral("child_id"), f.childId},
                          {QStringLiteral("parent_id"), f.parentId},
                          {QStringLiteral("status"), QStringLiteral("submitted")},
                          {QStringLiteral("desired_start"), QStringLiteral("2027-01-04")},
                          {QStringLiteral("channel"), QStringLiteral("counter")},
                          {QStringLiteral("preferences"), QJsonArray{}}},
                         seq)};
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsCurrentSchemaPrivately();
    void migratesPreviousVersionAndIndexesOldRows();
    void refusesNewerFile();
    void detectsCorruptionAndMovesAside();
    void backgroundCheckFindsDamageAndTheNextOpenRepairs();
    void backgroundCheckPassesASoundFile();
    void pullPageAppliesAtomicallyWithCursor();
    void deleteRemovesRowAndSearchDocument();
    void pendingLocalEditIsNotOverwritten();
    void searchByPhoneNameAndNumber();
    void outboxMidsAreNeverReused();
    void deleteExpectsTheVersionItsQueuedWritesWillMake();
    void listFiltersAndSort();
    void upgradesVersion3WithPendingEntries();
    void freshAndUpgradedFilesHaveTheSameColumns();
    void acknowledgedEntriesAreKeptThenPurged();
    void newerServerRowDropsTheParkedOne();
    void replayRequeuesWhatARestoredServerLacks();
    void replayOverAGapTakesANewClientId();
    void pulledRowKeepsUpdatedBy();
    void mergeMovesRecordsToTheExistingParent();
    void mergeRewritesEntriesThatNeverLeft();
    void mergeWaitsForAnInsertInFlight();
    void salvageCarriesOutboxAndConflictsIntoAFreshFile();

private:
    QString cachePath() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
    // Answers the pending outbox entries in order with these statuses, as a push answer does.
    static void settle(LocalCache& cache, const QVector<Protocol::MutationStatus>& statuses,
                       const QJsonObject& serverRow = {});
    static int count(LocalCache& cache, const QString& sql);
    static QStringList columnsOf(LocalCache& cache, const QString& table);
    void applyFamily(LocalCache& cache, const Family& f, qint64 seq);
    // Where most tests start: the cache at cachePath() opened, with `f` synced (seq 1).
    void openWithFamily(LocalCache& cache, const Family& f = Family());
    // The search and list tests: the cache opened with Elif Çelik (seq 1) and Jan `janLast` (seq 2) synced, their
    // applications numbered as given.
    void openWithCelikAndJan(LocalCache& cache, const QString& celikNumber, const QString& janLast,
                             const QString& janNumber);
    // Local edits of the parent's first name, one outbox entry each.
    static void rename(LocalCache& cache, const QString& parentId, const QStringList& names);
    // The cache opened with `f` synced, then a local edit of its parent (first name "Anna") while the server
    // changed it too ("Annick", seq 2): the server's row is parked beside the edit.
    void parkServerRow(LocalCache& cache, Family& f);
    // Where the merge tests start: Elif Çelik synced (`existing`, the server's parent row `theirs`), then filed
    // again here offline (`mine`) with a child (`noor`), not yet sent.
    struct Duplicate {
        Family existing = celik();
        QJsonObject theirs;
        QString mine = Uuid::v7();
        QString noor = Uuid::v7();
    };
    void fileDuplicateParent(LocalCache& cache, Duplicate* d);
    // A cache of 50 families, written to disk and closed. Then overwrites pages with garbage: from the third
    // page on (the schema's pages too), or only in the second half of the file (the schema stays readable).
    enum class Damage { None, FromPageThree, SecondHalf };
    void writeFamilies(Damage damage);

    QScopedPointer<QTemporaryDir> m_dir;
};

void TestCache::init()
{
    m_dir.reset(new QTemporaryDir);
}

void TestCache::applyFamily(LocalCache& cache, const Family& f, qint64 seq)
{
    Protocol::PullPage page;
    page.epoch = QStringLiteral("e1");
    page.cursor = QStringLiteral("c%1").arg(seq);
    page.changes = familyChanges(f, seq);
    PullApplier applier(cache);
    QString error;
    QVERIFY2(applier.apply(page, &error), qPrintable(error));
}

void TestCache::openWithFamily(LocalCache& cache, const Family& f)
{
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    applyFamily(cache, f, 1);
}

void TestCache::openWithCelikAndJan(LocalCache& cache, const QString& celikNumber, const QString& janLast,
                                    const QString& janNumber)
{
    Family celik = ::celik();
    celik.number = celikNumber;
    openWithFamily(cache, celik);
    applyFamily(cache, family(QStringLiteral("Jan"), janLast, QStringLiteral("+32499887766"), janNumber), 2);
}

void TestCache::parkServerRow(LocalCache& cache, Family& f)
{
    openWithFamily(cache, f);
    rename(cache, f.parentId, {QStringLiteral("Anna")});
    f.first = QStringLiteral("Annick");
    applyFamily(cache, f, 2);
}

void TestCache::rename(LocalCache& cache, const QString& parentId, const QStringList& names)
{
    LocalWriter writer(cache);
    QString error;
    for (const QString& name : names)
        QVERIFY2(writer.update(QStringLiteral("parents"), parentId, {{QStringLiteral("first_name"), name}}, &error),
                 qPrintable(error));
}

void TestCache::createsCurrentSchemaPrivately()
{
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    QCOMPARE(cache.schemaVersion(), CacheSchema::currentVersion());
    const QFileDevice::Permissions mode = QFile::permissions(cachePath());
    QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
    QCOMPARE(mode &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fts_parents")));
}

void TestCache::migratesPreviousVersionAndIndexesOldRows()
{
    const Family f = celik();
    {
        LocalCache cache;
        openWithFamily(cache, f);
        // Turn the file back into a version-1 cache: no search tables yet.
        QVERIFY(cache.setState(QStringLiteral("cursor"), QStringLiteral("42")));
        QSqlQuery q(cache.database());
        for (const char* column : {"listed_on", "resolved_on"}) // version 11
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE emergency_entries DROP COLUMN %1").arg(QLatin1String(column))));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX offers_location")));                  // version 9
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE regions DROP COLUMN rule_set_id"))); // version 8
        for (const char* index : {"emergency_open", "offers_application", "offers_free_place", "free_places_location"})
            QVERIFY(q.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index)))); // version 7
        QVERIFY(q.exec(QStringLiteral("DROP TABLE list_applications")));                // version 6
        QVERIFY(q.exec(QStringLiteral("DROP TABLE list_preferences")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX parents_language")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX applications_parent_status")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX applications_parent ON applications(parent_id)")));
        for (const char* index : {"parents_sort_name", "parents_municipality", "emergency_parent"})
            QVERIFY(q.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index)))); // version 5
        QVERIFY(q.exec(QStringLiteral("DROP INDEX outbox_pending")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE outbox DROP COLUMN acked_at")));
        for (const QString& table : Protocol::syncedTableNames())
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN updated_by").arg(table)));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE fts_applications")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE fts_parents")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE conflicts DROP COLUMN op")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    QCOMPARE(cache.schemaVersion(), CacheSchema::currentVersion());
    // Version 11's new fields reach the rows already here by pulling everything again.
    QVERIFY(cache.state(QStringLiteral("cursor")).isEmpty());
    // Version 12: the search tables keep two- and three-letter prefixes.
    QSqlQuery fts(cache.database());
    QVERIFY(fts.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'fts_applications'")) && fts.next());
    QVERIFY2(fts.value(0).toString().contains(QStringLiteral("prefix = '2 3'")), qPrintable(fts.value(0).toString()));
    ApplicationListQuery list(cache);
    list.setFilter({QString(), QString(), QStringLiteral("celik")});
    QCOMPARE(list.count(), 1);
    QCOMPARE(
        RecordQuery(cache).row(QStringLiteral("parents"), f.parentId).value(QStringLiteral("last_name")).toString(),
        QStringLiteral("Çelik"));
}

void TestCache::refusesNewerFile()
{
    {
        LocalCache cache;
        QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::TooNew);
    QVERIFY(cache.errorString().contains(QStringLiteral("newer version")));
    QVERIFY(!cache.isOpen());
    // Refusing must not touch the file: it still says 99.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(cachePath());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 99);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestCache::writeFamilies(Damage damage)
{
    {
        LocalCache cache;
        QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
        for (int i = 0; i < 50; ++i)
            applyFamily(cache,
                        family(QStringLiteral("An"), QStringLiteral("Peeters"),
                               QStringLiteral("+32470000%1").arg(100 + i),
                               QStringLiteral("ANT-2026-%1").arg(i, 6, 10, QLatin1Char('0'))),
                        i + 1);
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    if (damage == Damage::None)
        return;
    // SecondHalf damages rows, not the schema: where the schema's own pages lie depends on how many tables and
    // indexes the ladder made and when, and damage there stops any opening (FromPageThree covers that case).
    QList<qint64> schemaPages;
    if (damage == Damage::SecondHalf) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        db.setDatabaseName(cachePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name IN ('sqlite_schema', 'sqlite_master')")),
                 qPrintable(q.lastError().text()));
        while (q.next())
            schemaPages.append(q.value(0).toLongLong());
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        QVERIFY(!schemaPages.isEmpty());
    }
    QFile file(cachePath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8 * 4096);
    const qint64 first = damage == Damage::SecondHalf ? size / 2 / 4096 * 4096 : 4096 * 2;
    int damaged = 0;
    for (qint64 offset = first; offset < size - 4096; offset += 4096 * 3) {
        if (schemaPages.contains(offset / 4096 + 1)) // dbstat counts pages from 1
            continue;
        file.seek(offset + 100);
        file.write(QByteArray(600, '\xA5'));
        ++damaged;
    }
    QVERIFY(damaged > 0);
}

void TestCache::detectsCorruptionAndMovesAside()
{
    writeFamilies(Damage::FromPageThree);
    if (QTest::currentTestFailed())
        return;
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Corrupt);
    QVERIFY(cache.errorString().contains(QStringLiteral("damaged")));
    const QString aside = LocalCache::moveAside(cachePath());
    QVERIFY(QFile::exists(aside));
    QVERIFY(!QFile::exists(cachePath()));
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok); // a fresh file to be filled by a full pull
    QVERIFY(cache.isChecked());
}

void TestCache::backgroundCheckFindsDamageAndTheNextOpenRepairs()
{
    writeFamilies(Damage::FromPageThree);
    if (QTest::currentTestFailed())
        return;
    LocalCache cache;
    // Damage that stops the opening itself is found by checking then, even when the check was to follow.
    QCOMPARE(cache.open(cachePath(), LocalCache::Check::Deferred), LocalCache::OpenStatus::Corrupt);
    QVERIFY(cache.errorString().contains(QStringLiteral("damaged")));
    QVERIFY(QFile::remove(cachePath()));
    writeFamilies(Damage::SecondHalf);
    if (QTest::currentTestFailed())
        return;
    // Opened without the check, as the desktop client does: the window can come up at once.
    QCOMPARE(cache.open(cachePath(), LocalCache::Check::Deferred), LocalCache::OpenStatus::Ok);
    CacheCheck check;
    QSignalSpy done(&check, &CacheCheck::finished);
    check.start(cachePath());
    QVERIFY(done.wait(10000));
    QVERIFY(!done.first().first().toString().isEmpty());
    QVERIFY(CacheCheck::isMarkedDamaged(cachePath()));
    cache.close();
    // The next start checks before reading anything, however it opens, and takes the repair path.
    QCOMPARE(cache.open(cachePath(), LocalCache::Check::Deferred), LocalCache::OpenStatus::Corrupt);
    const QString aside = LocalCache::moveAside(cachePath());
    QVERIFY(QFile::exists(aside));
    QCOMPARE(cache.open(cachePath(), LocalCache::Check::Deferred), LocalCache::OpenStatus::Ok);
    QVERIFY(!CacheCheck::isMarkedDamaged(cachePath())); // the fresh file was checked and found sound
    QVERIFY(cache.isChecked());                         // so no second check in the background
}

void TestCache::backgroundCheckPassesASoundFile()
{
    writeFamilies(Damage::None);
    if (QTest::currentTestFailed())
        return;
    LocalCache cache;
    QCOMPARE(cache.open(cachePath(), LocalCache::Check::Deferred), LocalCache::OpenStatus::Ok);
    QVERIFY(!cache.isChecked()); // the caller's background check is still to come
    CacheCheck check;
    QSignalSpy done(&check, &CacheCheck::finished);
    check.start(cachePath());
    // The program goes on writing while the check reads its snapshot.
    applyFamily(cache,
                family(QStringLiteral("Bo"), QStringLiteral("Maes"), QStringLiteral("+32470999999"),
                       QStringLiteral("ANT-2026-000999")),
                99);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toString(), QString());
    QVERIFY(!CacheCheck::isMarkedDamaged(cachePath()));
    QCOMPARE(CacheCheck::damage(cachePath()), QString());
}

void TestCache::pullPageAppliesAtomicallyWithCursor()
{
    LocalCache cache;
    openWithFamily(cache);
    QCOMPARE(cache.state(QStringLiteral("cursor")), QStringLiteral("c1"));
    // A page with a bad row (unknown column type cannot fail, so break the table) rolls back entirely.
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_children BEFORE INSERT ON children BEGIN "
                                  "SELECT RAISE(ABORT, 'refused'); END")));
    Protocol::PullPage page;
    page.cursor = QStringLiteral("c2");
    page.epoch = QStringLiteral("e1");
    page.changes = familyChanges(family(QStringLiteral("Bart"), QStringLiteral("Claes"), QStringLiteral("+32470000002"),
                                        QStringLiteral("ANT-2026-000002")),
                                 2);
    PullApplier applier(cache);
    QString error;
    QVERIFY(!applier.apply(page, &error));
    QVERIFY(error.contains(QStringLiteral("refused")));
    QCOMPARE(cache.state(QStringLiteral("cursor")), QStringLiteral("c1"));
    QCOMPARE(RecordQuery(cache).rowCounts().value(QStringLiteral("parents")), 1);
}

void TestCache::deleteRemovesRowAndSearchDocument()
{
    LocalCache cache;
    Family f;
    openWithFamily(cache, f);
    ParentListQuery parents(cache);
    parents.setFilter({QString(), QString(), QStringLiteral("Peeters")});
    QCOMPARE(parents.count(), 1);
    Protocol::PullPage page;
    page.cursor = QStringLiteral("c2");
    Protocol::Change tombstone;
    tombstone.table = QStringLiteral("parents");
    tombstone.id = f.parentId;
    tombstone.deleted = true;
    page.changes.append(tombstone);
    PullApplier applier(cache);
    QString error;
    QVERIFY2(applier.apply(page, &error), qPrintable(error));
    QCOMPARE(parents.count(), 0);
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fts_parents")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestCache::pendingLocalEditIsNotOverwritten()
{
    // The server meanwhile changed the same parent; its version must wait beside the local edit.
    LocalCache cache;
    Family f;
    parkServerRow(cache, f);
    QCOMPARE(
        RecordQuery(cache).row(QStringLiteral("parents"), f.parentId).value(QStringLiteral("first_name")).toString(),
        QStringLiteral("Anna"));
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pending_server_rows")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(RecordQuery(cache).pendingChanges(), 1);
}

void TestCache::searchByPhoneNameAndNumber()
{
    LocalCache cache;
    openWithCelikAndJan(cache, QStringLiteral("ANT-2026-000123"), QStringLiteral("Janssens"),
                        QStringLiteral("ANT-2026-000124"));
    ApplicationListQuery apps(cache);
    ParentListQuery parents(cache);
    const auto countFor = [&](ListQuery& list, const QString& text) {
        list.setFilter({QString(), QString(), text});
        return list.count();
    };
    QCOMPARE(countFor(parents, QStringLiteral("0470 12 34 56")), 1);
    QCOMPARE(countFor(parents, QStringLiteral("+32 470/12.34")), 1);
    QCOMPARE(countFor(parents, QStringLiteral("0032470123")), 1);
    QCOMPARE(countFor(parents, QStringLiteral("celik")), 1);
    QCOMPARE(countFor(parents, QStringLiteral("CEL")), 1);
    QCOMPARE(countFor(parents, QStringLiteral("elif celik")), 1);
    QCOMPARE(countFor(parents, QStringLiteral("noor")), 2); // children's names
    QCOMPARE(countFor(parents, QStringLiteral("2100")), 2);
    QCOMPARE(countFor(apps, QStringLiteral("ANT-2026-000124")), 1);
    QCOMPARE(countFor(apps, QStringLiteral("ant-2026-00012")), 2);
    QCOMPARE(countFor(apps, QStringLiteral("85.07.30")), 2); // national number with dots
    QCOMPARE(countFor(apps, QStringLiteral("0499")), 1);
    QCOMPARE(countFor(apps, QStringLiteral("\"")), 2); // nothing searchable left: no filter, no error
    QCOMPARE(SearchIndex::matchExpression(QStringLiteral("a\"b*")), QStringLiteral("\"ab\"*"));
}

void TestCache::deleteExpectsTheVersionItsQueuedWritesWillMake()
{
    LocalCache cache;
    const Family f; // a synced family: its parent is at version 1 on the server
    openWithFamily(cache, f);
    LocalWriter writer(cache);
    QString error;
    const QString filed = Uuid::v7();
    QVERIFY2(writer.insert(QStringLiteral("parents"),
                           {{QStringLiteral("id"), filed},
                            {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                            {QStringLiteral("first_name"), QStringLiteral("Lotte")},
                            {QStringLiteral("last_name"), QStringLiteral("Maes")}},
                           &error),
             qPrintable(error));
    QVERIFY2(writer.remove(QStringLiteral("parents"), filed, &error), qPrintable(error));
    QVERIFY2(writer.update(QStringLiteral("parents"), f.parentId, {{QStringLiteral("notes"), QStringLiteral("Belde.")}},
                           &error),
             qPrintable(error));
    QVERIFY2(writer.remove(QStringLiteral("parents"), f.parentId, &error), qPrintable(error));
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT row_id, base_version FROM outbox WHERE op = 'delete' ORDER BY mid")));
    // Filed and deleted before any sync: the server will be at version 1 when the delete arrives.
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), filed);
    QCOMPARE(q.value(1).toLongLong(), 1);
    // Version 1 plus the queued update.
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), f.parentId);
    QCOMPARE(q.value(1).toLongLong(), 2);
}

void TestCache::outboxMidsAreNeverReused()
{
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    LocalWriter writer(cache);
    QString error;
    const QJsonObject parent{{QStringLiteral("id"), Uuid::v7()},
                             {QStringLiteral("region_id"), QStringLiteral("mechelen")},
                             {QStringLiteral("first_name"), QStringLiteral("Lotte")},
                             {QStringLiteral("last_name"), QStringLiteral("Maes")}};
    QVERIFY2(writer.insert(QStringLiteral("parents"), parent, &error), qPrintable(error));
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox")));
    QVERIFY2(writer.update(QStringLiteral("parents"), parent.value(QStringLiteral("id")).toString(),
                           {{QStringLiteral("last_name"), QStringLiteral("Wouters")}}, &error),
             qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("SELECT mid, op, payload FROM outbox")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toString(), QStringLiteral("update"));
    QVERIFY(q.value(2).toString().contains(QStringLiteral("\"old\":\"Maes\"")));
    // Invalid input changes nothing.
    QVERIFY(!writer.update(QStringLiteral("parents"), parent.value(QStringLiteral("id")).toString(),
                           {{QStringLiteral("email"), QStringLiteral("not an address")}}, &error));
    QVERIFY(error.contains(QStringLiteral("email")));
    QCOMPARE(RecordQuery(cache).pendingChanges(), 1);
}

void TestCache::listFiltersAndSort()
{
    LocalCache cache;
    openWithCelikAndJan(cache, QStringLiteral("ANT-2026-000002"), QStringLiteral("Aerts"),
                        QStringLiteral("ANT-2026-000001"));
    ApplicationListQuery apps(cache);
    apps.setSort(0, Qt::AscendingOrder);
    QVector<QVariantList> rows = apps.fetch(0, 10);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0][1].toString(), QStringLiteral("ANT-2026-000001"));
    apps.setSort(2, Qt::AscendingOrder); // parent name
    rows = apps.fetch(0, 10);
    QCOMPARE(rows[0][3].toString(), QStringLiteral("Aerts, Jan"));
    apps.setFilter({QStringLiteral("submitted"), QStringLiteral("Deurne"), QString()});
    QCOMPARE(apps.count(), 2);
    apps.setFilter({QStringLiteral("placed"), QString(), QString()});
    QCOMPARE(apps.count(), 0);
    apps.setFilter({QString(), QStringLiteral("Wilrijk"), QString()});
    QCOMPARE(apps.count(), 0);
    QCOMPARE(apps.municipalities(), QStringList{QStringLiteral("Deurne")});
    ParentListQuery parents(cache);
    parents.setFilter({QStringLiteral("submitted"), QString(), QString()});
    QCOMPARE(parents.count(), 2);
    QCOMPARE(parents.fetch(1, 10).size(), 1);
}

void TestCache::settle(LocalCache& cache, const QVector<Protocol::MutationStatus>& statuses,
                       const QJsonObject& serverRow)
{
    QString error;
    const QVector<Protocol::Mutation> queued = OutboxBatch::next(cache, 1000, &error);
    QVERIFY2(queued.size() >= statuses.size(), qPrintable(error));
    const QVector<Protocol::Mutation> sent = queued.mid(0, statuses.size());
    QVERIFY2(OutboxBatch::markSent(cache, sent, &error), qPrintable(error));
    Protocol::PushResponse response;
    for (const Protocol::Mutation& m : sent) {
        Protocol::MutationResult r;
        r.mid = m.mid;
        r.status = statuses.at(response.results.size());
        if (r.status == Protocol::MutationStatus::Duplicate)
            r.serverRow = serverRow;
        if (r.status == Protocol::MutationStatus::Rejected)
            r.reason = QStringLiteral("invalid: parent_id: the parent does not exist");
        response.results.append(r);
        response.lastMutationId = m.mid;
    }
    QVERIFY2(OutboxBatch::settle(cache, response, &error), qPrintable(error));
}

int TestCache::count(LocalCache& cache, const QString& sql)
{
    QSqlQuery q(cache.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QStringList TestCache::columnsOf(LocalCache& cache, const QString& table)
{
    QStringList names;
    QSqlQuery q(cache.database());
    if (q.exec(QStringLiteral("SELECT name, type FROM pragma_table_info('%1')").arg(table))) {
        while (q.next())
            names.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
    }
    return names;
}

namespace {

// A cache file as the previous client (schema 3) left it: made by the real ladder, filled with plain SQL.
bool writeVersion3File(const QString& path, QString* error)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        ok = db.open() && CacheSchema::migrateTo(db, 3, error);
        QSqlQuery q(db);
        ok = ok &&
             q.exec(QStringLiteral("INSERT INTO parents(id, region_id, version, updated_at, first_name, last_name) "
                                   "VALUES ('p1', 'antwerpen', 2, '2026-01-05T09:00:00Z', 'An', 'Peeters')")) &&
             q.exec(QStringLiteral("INSERT INTO outbox(table_name, op, row_id, base_version, payload, created_at) "
                                   "VALUES ('parents', 'update', 'p1', 2, "
                                   "'{\"first_name\":{\"old\":\"Ann\",\"new\":\"An\"}}', '2026-01-05T09:01:00Z')")) &&
             q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == 3;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    return ok;
}

QJsonObject parentRow(const QString& id, const QString& first, const QString& last)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("national_number"), QStringLiteral("85073003328")},
            {QStringLiteral("email"), QStringLiteral("elif.celik@telenet.be")},
            {QStringLiteral("phone"), QStringLiteral("+32470999111")},
            {QStringLiteral("notes"), QStringLiteral("Liefst 's ochtends bellen")}};
}

QJsonObject childRow(const QString& id, const QString& parentId, const QString& first)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
            {QStringLiteral("parent_id"), parentId},
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), QStringLiteral("Çelik")},
            {QStringLiteral("birth_date"), QStringLiteral("2026-02-01")}};
}

} // namespace

void TestCache::upgradesVersion3WithPendingEntries()
{
    QString error;
    QVERIFY2(writeVersion3File(cachePath(), &error), qPrintable(error));
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    QCOMPARE(cache.schemaVersion(), CacheSchema::currentVersion());
    RecordQuery records(cache);
    QCOMPARE(records.pendingChanges(), 1); // acked_at is NULL for what was waiting: still pending
    QCOMPARE(records.acknowledgedKept(), 0);
    const QJsonObject row = records.row(QStringLiteral("parents"), QStringLiteral("p1"));
    QCOMPARE(row.value(QStringLiteral("first_name")).toString(), QStringLiteral("An"));
    QVERIFY(row.contains(QStringLiteral("updated_by")) && row.value(QStringLiteral("updated_by")).isNull());
    const QVector<Protocol::Mutation> queued = OutboxBatch::next(cache, 10, &error);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().mid, 1);
    QCOMPARE(queued.first().changes.value(QStringLiteral("first_name")).toObject().value(QStringLiteral("new")),
             QJsonValue(QStringLiteral("An")));
    settle(cache, {Protocol::MutationStatus::Applied});
    QCOMPARE(records.pendingChanges(), 0);
    QCOMPARE(records.acknowledgedKept(), 1);
}

void TestCache::freshAndUpgradedFilesHaveTheSameColumns()
{
    QString error;
    const QString old = m_dir->filePath(QStringLiteral("old.sqlite"));
    QVERIFY2(writeVersion3File(old, &error), qPrintable(error));
    LocalCache upgraded;
    QCOMPARE(upgraded.open(old), LocalCache::OpenStatus::Ok);
    LocalCache fresh;
    QCOMPARE(fresh.open(cachePath()), LocalCache::OpenStatus::Ok);
    QStringList tables = Protocol::syncedTableNames();
    tables << QStringLiteral("outbox") << QStringLiteral("conflicts") << QStringLiteral("sync_state")
           << QStringLiteral("pending_server_rows");
    for (const QString& table : tables) {
        QCOMPARE(columnsOf(upgraded, table), columnsOf(fresh, table));
        if (Protocol::findTable(table))
            QVERIFY2(columnsOf(fresh, table).contains(QStringLiteral("updated_by TEXT")), qPrintable(table));
    }
    QVERIFY(columnsOf(fresh, QStringLiteral("outbox")).contains(QStringLiteral("acked_at TEXT")));
}

void TestCache::acknowledgedEntriesAreKeptThenPurged()
{
    LocalCache cache;
    Family f;
    openWithFamily(cache, f);
    rename(cache, f.parentId, {QStringLiteral("Anna")});
    QString error;
    QVERIFY2(LocalWriter(cache).update(QStringLiteral("parents"), f.parentId,
                                       {{QStringLiteral("phone"), QStringLiteral("+32470000002")}}, &error),
             qPrintable(error));
    settle(cache, {Protocol::MutationStatus::Applied, Protocol::MutationStatus::Applied});
    RecordQuery records(cache);
    QCOMPARE(records.pendingChanges(), 0);
    QCOMPARE(records.acknowledgedKept(), 2);
    QVERIFY(OutboxBatch::next(cache, 10, &error).isEmpty());
    // Acknowledged entries no longer hold back the server's row.
    f.first = QStringLiteral("Annelies");
    f.phone = QStringLiteral("+32470000002");
    applyFamily(cache, f, 2);
    QCOMPARE(records.row(QStringLiteral("parents"), f.parentId).value(QStringLiteral("first_name")).toString(),
             QStringLiteral("Annelies"));
    QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM pending_server_rows")), 0);

    QVERIFY2(OutboxReplay::purge(cache, 30, &error), qPrintable(error));
    QCOMPARE(records.acknowledgedKept(), 2); // young enough
    QSqlQuery q(cache.database());
    const QString longAgo = QDateTime::currentDateTimeUtc().addDays(-31).toString(Qt::ISODate);
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET acked_at = '%1' WHERE mid = 1").arg(longAgo)));
    QVERIFY2(OutboxReplay::purge(cache, 30, &error), qPrintable(error));
    QCOMPARE(records.acknowledgedKept(), 1);
    QCOMPARE(count(cache, QStringLiteral("SELECT mid FROM outbox")), 2);
    QVERIFY2(OutboxReplay::purge(cache, 0, &error), qPrintable(error));
    QCOMPARE(records.acknowledgedKept(), 0);
    rename(cache, f.parentId, {QStringLiteral("Ann")});
    QCOMPARE(OutboxBatch::next(cache, 10, &error).value(0).mid, 3); // never reused
}

void TestCache::newerServerRowDropsTheParkedOne()
{
    // The server's row waits beside the pending edit...
    LocalCache cache;
    Family f;
    parkServerRow(cache, f);
    QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM pending_server_rows")), 1);
    settle(cache, {Protocol::MutationStatus::Applied});
    // ...and a newer one, pulled once the edit is acknowledged, replaces it: the parked row may not undo it.
    f.first = QStringLiteral("Anna");
    applyFamily(cache, f, 3);
    QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM pending_server_rows")), 0);
    QCOMPARE(
        RecordQuery(cache).row(QStringLiteral("parents"), f.parentId).value(QStringLiteral("first_name")).toString(),
        QStringLiteral("Anna"));
}

void TestCache::replayRequeuesWhatARestoredServerLacks()
{
    LocalCache cache;
    const Family f;
    openWithFamily(cache, f);
    cache.setState(QStringLiteral("client_id"), QStringLiteral("client-1"));
    rename(cache, f.parentId, {QStringLiteral("Anna"), QStringLiteral("Anneke"), QStringLiteral("Annelies")});
    settle(cache,
           {Protocol::MutationStatus::Applied, Protocol::MutationStatus::Applied, Protocol::MutationStatus::Applied});
    QCOMPARE(RecordQuery(cache).pendingChanges(), 0);
    // The restored server remembers mutation 1 only.
    QString error;
    OutboxReplay::Outcome outcome;
    QVERIFY2(OutboxReplay::prepare(cache, 1, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.requeued, 2);
    QVERIFY(!outcome.newClientId);
    QCOMPARE(outcome.missing, 0);
    const QVector<Protocol::Mutation> queued = OutboxBatch::next(cache, 10, &error);
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).mid, 2);
    QCOMPARE(queued.at(1).mid, 3);
    QCOMPARE(queued.at(1).changes.value(QStringLiteral("first_name")).toObject().value(QStringLiteral("new")),
             QJsonValue(QStringLiteral("Annelies")));
    QCOMPARE(cache.state(QStringLiteral("client_id")), QStringLiteral("client-1"));
    // A server that knows everything gets nothing again.
    settle(cache, {Protocol::MutationStatus::Applied, Protocol::MutationStatus::Applied});
    QVERIFY2(OutboxReplay::prepare(cache, 3, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.requeued, 0);
    QCOMPARE(RecordQuery(cache).pendingChanges(), 0);
}

void TestCache::replayOverAGapTakesANewClientId()
{
    LocalCache cache;
    const Family f;
    openWithFamily(cache, f);
    cache.setState(QStringLiteral("client_id"), QStringLiteral("client-1"));
    rename(cache, f.parentId,
           {QStringLiteral("Anna"), QStringLiteral("Anneke"), QStringLiteral("Annelies"), QStringLiteral("Annemie")});
    settle(cache, {Protocol::MutationStatus::Applied, Protocol::MutationStatus::Applied,
                   Protocol::MutationStatus::Applied, Protocol::MutationStatus::Applied});
    QSqlQuery q(cache.database());
    const QString longAgo = QDateTime::currentDateTimeUtc().addDays(-40).toString(Qt::ISODate);
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET acked_at = '%1' WHERE mid <= 2").arg(longAgo)));
    QString error;
    QVERIFY2(OutboxReplay::purge(cache, 30, &error), qPrintable(error));
    QCOMPARE(RecordQuery(cache).acknowledgedKept(), 2); // mids 3 and 4
    // The restored server knows mutation 1; 2 is gone here, so 3 would be a gap for ever.
    OutboxReplay::Outcome outcome;
    QVERIFY2(OutboxReplay::prepare(cache, 1, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.requeued, 2);
    QVERIFY(outcome.newClientId);
    QCOMPARE(outcome.missing, 1);
    QVERIFY(cache.state(QStringLiteral("client_id")) != QStringLiteral("client-1"));
    QCOMPARE(cache.state(QStringLiteral("mid_base")), QStringLiteral("2"));
    const QVector<Protocol::Mutation> queued = OutboxBatch::next(cache, 10, &error);
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).mid, 1); // on the wire, counting afresh for the new client id
    QCOMPARE(queued.at(0).changes.value(QStringLiteral("first_name")).toObject().value(QStringLiteral("new")),
             QJsonValue(QStringLiteral("Annelies")));
    QCOMPARE(queued.at(1).mid, 2);
    settle(cache, {Protocol::MutationStatus::Applied, Protocol::MutationStatus::Applied});
    QCOMPARE(RecordQuery(cache).pendingChanges(), 0);
    QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM outbox WHERE mid IN (3, 4) AND acked_at IS NOT NULL")),
             2); // rows keep their local mids
    rename(cache, f.parentId, {QStringLiteral("An")});
    QCOMPARE(OutboxBatch::next(cache, 10, &error).value(0).mid, 3); // local 5
}

void TestCache::pulledRowKeepsUpdatedBy()
{
    LocalCache cache;
    Family f;
    f.updatedBy = QStringLiteral("account-els");
    openWithFamily(cache, f);
    RecordQuery records(cache);
    QCOMPARE(records.row(QStringLiteral("parents"), f.parentId).value(QStringLiteral("updated_by")).toString(),
             QStringLiteral("account-els"));
    // A local edit leaves it as the server last said: the server has not recorded this change yet.
    rename(cache, f.parentId, {QStringLiteral("Anna")});
    QCOMPARE(records.row(QStringLiteral("parents"), f.parentId).value(QStringLiteral("updated_by")).toString(),
             QStringLiteral("account-els"));
    QString error;
    const QVector<Protocol::Mutation> queued = OutboxBatch::next(cache, 10, &error);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().changes.keys(), QStringList{QStringLiteral("first_name")});
}

void TestCache::fileDuplicateParent(LocalCache& cache, Duplicate* d)
{
    openWithFamily(cache, d->existing);
    d->theirs = RecordQuery(cache).row(QStringLiteral("parents"), d->existing.parentId);
    LocalWriter writer(cache);
    QString error;
    QVERIFY2(writer.insert(QStringLiteral("parents"),
                           parentRow(d->mine, QStringLiteral("Elif"), QStringLiteral("Çelik")), &error),
             qPrintable(error));
    QVERIFY2(writer.insert(QStringLiteral("children"), childRow(d->noor, d->mine, QStringLiteral("Noor")), &error),
             qPrintable(error));
}

void TestCache::mergeMovesRecordsToTheExistingParent()
{
    LocalCache cache;
    Duplicate d; // the existing parent on the server: phone and national number, no e-mail, no notes
    fileDuplicateParent(cache, &d);
    const QString mila = Uuid::v7(), application = Uuid::v7();
    LocalWriter writer(cache);
    QString error;
    QVERIFY2(writer.insert(QStringLiteral("applications"),
                           {{QStringLiteral("id"), application},
                            {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                            {QStringLiteral("child_id"), d.noor},
                            {QStringLiteral("parent_id"), d.mine},
                            {QStringLiteral("status"), QStringLiteral("submitted")},
                            {QStringLiteral("desired_start"), QStringLiteral("2027-01-04")},
                            {QStringLiteral("channel"), QStringLiteral("counter")}},
                           &error),
             qPrintable(error));
    QVERIFY2(writer.insert(QStringLiteral("children"), childRow(mila, d.mine, QStringLiteral("Mila")), &error),
             qPrintable(error));
    // The server: the parent exists already; the children went in; the application was refused.
    settle(cache,
           {Protocol::MutationStatus::Duplicate, Protocol::MutationStatus::Applied, Protocol::MutationStatus::Rejected,
            Protocol::MutationStatus::Applied},
           d.theirs);
    RecordQuery records(cache);
    QVERIFY(records.row(QStringLiteral("parents"), d.mine).isEmpty());
    QVERIFY(records.row(QStringLiteral("applications"), application).isEmpty());
    const QVector<ConflictEntry> open = ConflictStore(cache).openEntries();
    QCOMPARE(open.size(), 2);
    const ConflictEntry duplicate = open.first();
    QCOMPARE(duplicate.kind, ConflictEntry::Kind::Duplicate);
    QVERIFY(DuplicateMerge::applies(duplicate));
    QVERIFY(!DuplicateMerge::applies(open.last()));
    DuplicateMerge merge(cache);
    QCOMPARE(merge.obstacle(duplicate), QString());
    const QJsonObject fill = merge.filledFields(duplicate);
    QCOMPARE(fill.keys(), (QStringList{QStringLiteral("email"), QStringLiteral("notes")})); // not their phone

    QVERIFY2(ConflictResolver(cache).mergeIntoExisting(duplicate, &error), qPrintable(error));
    QCOMPARE(records.conflictCount(), 0);
    for (const QString& child : {d.noor, mila})
        QCOMPARE(records.row(QStringLiteral("children"), child).value(QStringLiteral("parent_id")).toString(),
                 d.existing.parentId);
    const QJsonObject filed = records.row(QStringLiteral("applications"), application);
    QCOMPARE(filed.value(QStringLiteral("parent_id")).toString(), d.existing.parentId);
    const QJsonObject parent = records.row(QStringLiteral("parents"), d.existing.parentId);
    QCOMPARE(parent.value(QStringLiteral("email")).toString(), QStringLiteral("elif.celik@telenet.be"));
    QCOMPARE(parent.value(QStringLiteral("phone")).toString(), QStringLiteral("+32470123456"));
    const QVector<Protocol::Mutation> queued = OutboxBatch::next(cache, 10, &error);
    QCOMPARE(queued.size(), 4);
    QCOMPARE(queued.at(0).table, QStringLiteral("parents"));
    QCOMPARE(queued.at(0).op, Protocol::Mutation::Op::Update);
    QCOMPARE(queued.at(0).id, d.existing.parentId);
    QCOMPARE(queued.at(0).changes.keys(), (QStringList{QStringLiteral("email"), QStringLiteral("notes")}));
    for (int i : {1, 2}) {
        QCOMPARE(queued.at(i).table, QStringLiteral("children"));
        QCOMPARE(queued.at(i).op, Protocol::Mutation::Op::Update);
        const QJsonObject expected{
            {QStringLiteral("parent_id"),
             QJsonObject{{QStringLiteral("old"), d.mine}, {QStringLiteral("new"), d.existing.parentId}}}};
        QCOMPARE(queued.at(i).changes, expected);
    }
    QCOMPARE(queued.at(3).table, QStringLiteral("applications"));
    QCOMPARE(queued.at(3).op, Protocol::Mutation::Op::Insert);
    QCOMPARE(queued.at(3).id, application);
    QCOMPARE(queued.at(3).row.value(QStringLiteral("parent_id")).toString(), d.existing.parentId);
    QVERIFY(!queued.at(3).row.contains(QStringLiteral("version")));
}

void TestCache::mergeRewritesEntriesThatNeverLeft()
{
    LocalCache cache;
    Duplicate d;
    fileDuplicateParent(cache, &d);
    if (QTest::currentTestFailed())
        return;
    QString error;
    const qint64 childMid = OutboxBatch::next(cache, 10, &error).last().mid;
    settle(cache, {Protocol::MutationStatus::Duplicate}, d.theirs); // the round ended before the child was sent
    const ConflictEntry duplicate = ConflictStore(cache).openEntries().value(0);
    QVERIFY2(ConflictResolver(cache).mergeIntoExisting(duplicate, &error), qPrintable(error));
    RecordQuery records(cache);
    QCOMPARE(records.row(QStringLiteral("children"), d.noor).value(QStringLiteral("parent_id")).toString(),
             d.existing.parentId);
    const QVector<Protocol::Mutation> queued = OutboxBatch::next(cache, 10, &error);
    // The child's own insert, corrected where it waits (the existing parent is on the server already), then
    // the fill of the existing parent.
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).mid, childMid);
    QCOMPARE(queued.at(0).op, Protocol::Mutation::Op::Insert);
    QCOMPARE(queued.at(0).row.value(QStringLiteral("parent_id")).toString(), d.existing.parentId);
    QCOMPARE(queued.at(1).id, d.existing.parentId);
    QCOMPARE(queued.at(1).op, Protocol::Mutation::Op::Update);
    QCOMPARE(records.conflictCount(), 0);
}

void TestCache::mergeWaitsForAnInsertInFlight()
{
    LocalCache cache;
    Duplicate d;
    fileDuplicateParent(cache, &d);
    QString error;
    settle(cache, {Protocol::MutationStatus::Duplicate}, d.theirs);
    // The child's insert is on its way: applied or refused, only the answer can tell.
    const QVector<Protocol::Mutation> inFlight = OutboxBatch::next(cache, 10, &error);
    QVERIFY2(OutboxBatch::markSent(cache, inFlight, &error), qPrintable(error));
    const ConflictEntry duplicate = ConflictStore(cache).openEntries().value(0);
    QVERIFY(!DuplicateMerge(cache).obstacle(duplicate).isEmpty());
    QVERIFY(!ConflictResolver(cache).mergeIntoExisting(duplicate, &error));
    QVERIFY2(error.contains(QStringLiteral("Sync, then merge")), qPrintable(error));
    RecordQuery records(cache);
    QCOMPARE(records.conflictCount(), 1);
    QCOMPARE(records.row(QStringLiteral("children"), d.noor).value(QStringLiteral("parent_id")).toString(), d.mine);
    const QVector<Protocol::Mutation> after = OutboxBatch::next(cache, 10, &error);
    QCOMPARE(after.size(), inFlight.size());
    QCOMPARE(after.first().mid, inFlight.first().mid);
    QCOMPARE(after.first().row, inFlight.first().row);

    // An existing parent this copy does not hold cannot be merged into either.
    ConflictEntry unknown = duplicate;
    unknown.serverRow.insert(QStringLiteral("id"), Uuid::v7());
    QVERIFY(DuplicateMerge(cache).obstacle(unknown).contains(QStringLiteral("not in your offline copy")));
}

void TestCache::salvageCarriesOutboxAndConflictsIntoAFreshFile()
{
    const QString aside = m_dir->filePath(QStringLiteral("cache.sqlite.damaged"));
    {
        LocalCache cache;
        QCOMPARE(cache.open(aside), LocalCache::OpenStatus::Ok);
        cache.setState(QStringLiteral("client_id"), QStringLiteral("client-7"));
        cache.setState(QStringLiteral("mid_base"), QStringLiteral("1")); // local mid 1 went out under another id
        const Family f;
        applyFamily(cache, f, 1);
        rename(cache, f.parentId, {QStringLiteral("Anna"), QStringLiteral("Anneke"), QStringLiteral("Annelies")});
        settle(cache, {Protocol::MutationStatus::Applied, Protocol::MutationStatus::Conflict});
    }
    LocalCache fresh;
    QCOMPARE(fresh.open(cachePath()), LocalCache::OpenStatus::Ok);
    OutboxSalvage::Result result;
    QString error;
    QVERIFY2(OutboxSalvage::salvage(aside, fresh, &result, &error), qPrintable(error));
    QCOMPARE(result.pending, 1);
    QCOMPARE(result.acknowledged, 2);
    QCOMPARE(result.conflicts, 1);
    QCOMPARE(fresh.state(QStringLiteral("client_id")), QStringLiteral("client-7"));
    QCOMPARE(fresh.state(QStringLiteral("mid_base")), QStringLiteral("1"));
    RecordQuery records(fresh);
    QCOMPARE(records.pendingChanges(), 1);
    QCOMPARE(records.acknowledgedKept(), 2);
    QCOMPARE(records.conflictCount(), 1);
    const QVector<Protocol::Mutation> queued = OutboxBatch::next(fresh, 10, &error);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().mid, 3 - 1); // the same local mid under the same base: the server's count goes on
    QCOMPARE(queued.first().changes.value(QStringLiteral("first_name")).toObject().value(QStringLiteral("new")),
             QJsonValue(QStringLiteral("Annelies")));
    // The next local change continues after the salvaged mids.
    QVERIFY2(LocalWriter(fresh).insert(QStringLiteral("parents"),
                                       {{QStringLiteral("id"), Uuid::v7()},
                                        {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                                        {QStringLiteral("first_name"), QStringLiteral("Lotte")},
                                        {QStringLiteral("last_name"), QStringLiteral("Maes")}},
                                       &error),
             qPrintable(error));
    QCOMPARE(count(fresh, QStringLiteral("SELECT max(mid) FROM outbox")), 4);
}

QTEST_GUILESS_MAIN(TestCache)
#include "TestCache.moc"

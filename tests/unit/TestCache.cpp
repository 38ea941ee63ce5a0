#include "domain/Uuid.h"
#include "protocol/SyncMessages.h"
#include "store/ApplicationListQuery.h"
#include "store/CacheSchema.h"
#include "store/LocalCache.h"
#include "store/LocalWriter.h"
#include "store/ParentListQuery.h"
#include "store/PullApplier.h"
#include "store/RecordQuery.h"
#include "store/SearchIndex.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Protocol::Change upsert(const QString& table, const QJsonObject& row, qint64 seq)
{
    Protocol::Change c;
    c.table = table;
    c.id = row.value(QStringLiteral("id")).toString();
    c.version = 1;
    c.seq = seq;
    c.row = row;
    c.row.insert(QStringLiteral("version"), 1);
    return c;
}

struct Family {
    QString parentId = Uuid::v7();
    QString childId = Uuid::v7();
    QString applicationId = Uuid::v7();
};

QVector<Protocol::Change> familyChanges(const Family& f, const QString& first, const QString& last,
                                        const QString& phone, const QString& number, qint64 seq)
{
    const QString region = QStringLiteral("antwerpen");
    return {upsert(QStringLiteral("parents"),
                   {{QStringLiteral("id"), f.parentId},
                    {QStringLiteral("region_id"), region},
                    {QStringLiteral("first_name"), first},
                    {QStringLiteral("last_name"), last},
                    {QStringLiteral("phone"), phone},
                    {QStringLiteral("national_number"), QStringLiteral("85.07.30-033.28")},
                    {QStringLiteral("postcode"), QStringLiteral("2100")},
                    {QStringLiteral("municipality"), QStringLiteral("Deurne")}},
                   seq),
            upsert(QStringLiteral("children"),
                   {{QStringLiteral("id"), f.childId},
                    {QStringLiteral("region_id"), region},
                    {QStringLiteral("parent_id"), f.parentId},
                    {QStringLiteral("first_name"), QStringLiteral("Noor")},
                    {QStringLiteral("last_name"), last},
                    {QStringLiteral("birth_date"), QStringLiteral("2025-05-01")}},
                   seq),
            upsert(QStringLiteral("applications"),
                   {{QStringLiteral("id"), f.applicationId},
                    {QStringLiteral("region_id"), region},
                    {QStringLiteral("number"), number},
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
    void pullPageAppliesAtomicallyWithCursor();
    void deleteRemovesRowAndSearchDocument();
    void pendingLocalEditIsNotOverwritten();
    void searchByPhoneNameAndNumber();
    void outboxMidsAreNeverReused();
    void listFiltersAndSort();

private:
    QString cachePath() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
    void applyFamily(LocalCache& cache, const Family& f, const QString& first, const QString& last,
                     const QString& phone, const QString& number, qint64 seq);

    QScopedPointer<QTemporaryDir> m_dir;
};

void TestCache::init()
{
    m_dir.reset(new QTemporaryDir);
}

void TestCache::applyFamily(LocalCache& cache, const Family& f, const QString& first, const QString& last,
                            const QString& phone, const QString& number, qint64 seq)
{
    Protocol::PullPage page;
    page.epoch = QStringLiteral("e1");
    page.cursor = QStringLiteral("c%1").arg(seq);
    page.changes = familyChanges(f, first, last, phone, number, seq);
    PullApplier applier(cache);
    QString error;
    QVERIFY2(applier.apply(page, &error), qPrintable(error));
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
    Family f;
    {
        LocalCache cache;
        QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
        applyFamily(cache, f, QStringLiteral("Elif"), QStringLiteral("Çelik"), QStringLiteral("+32470123456"),
                    QStringLiteral("ANT-2026-000001"), 1);
        // Turn the file back into a version-1 cache: no search tables yet.
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE fts_applications")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE fts_parents")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE conflicts DROP COLUMN op")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    QCOMPARE(cache.schemaVersion(), CacheSchema::currentVersion());
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

void TestCache::detectsCorruptionAndMovesAside()
{
    {
        LocalCache cache;
        QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
        for (int i = 0; i < 50; ++i)
            applyFamily(cache, Family(), QStringLiteral("An"), QStringLiteral("Peeters"),
                        QStringLiteral("+32470000%1").arg(100 + i),
                        QStringLiteral("ANT-2026-%1").arg(i, 6, 10, QLatin1Char('0')), i + 1);
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // Overwrite pages in the middle of the file (not the header) with garbage.
    QFile file(cachePath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8 * 4096);
    for (qint64 offset = 4096 * 2; offset < size - 4096; offset += 4096 * 3) {
        file.seek(offset + 100);
        file.write(QByteArray(600, '\xA5'));
    }
    file.close();
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Corrupt);
    QVERIFY(cache.errorString().contains(QStringLiteral("damaged")));
    const QString aside = LocalCache::moveAside(cachePath());
    QVERIFY(QFile::exists(aside));
    QVERIFY(!QFile::exists(cachePath()));
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok); // a fresh file to be filled by a full pull
}

void TestCache::pullPageAppliesAtomicallyWithCursor()
{
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    applyFamily(cache, Family(), QStringLiteral("An"), QStringLiteral("Peeters"), QStringLiteral("+32470000001"),
                QStringLiteral("ANT-2026-000001"), 1);
    QCOMPARE(cache.state(QStringLiteral("cursor")), QStringLiteral("c1"));
    // A page with a bad row (unknown column type cannot fail, so break the table) rolls back entirely.
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_children BEFORE INSERT ON children BEGIN "
                                  "SELECT RAISE(ABORT, 'refused'); END")));
    Protocol::PullPage page;
    page.cursor = QStringLiteral("c2");
    page.epoch = QStringLiteral("e1");
    page.changes = familyChanges(Family(), QStringLiteral("Bart"), QStringLiteral("Claes"),
                                 QStringLiteral("+32470000002"), QStringLiteral("ANT-2026-000002"), 2);
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
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    Family f;
    applyFamily(cache, f, QStringLiteral("An"), QStringLiteral("Peeters"), QStringLiteral("+32470000001"),
                QStringLiteral("ANT-2026-000001"), 1);
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
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    Family f;
    applyFamily(cache, f, QStringLiteral("An"), QStringLiteral("Peeters"), QStringLiteral("+32470000001"),
                QStringLiteral("ANT-2026-000001"), 1);
    LocalWriter writer(cache);
    QString error;
    QVERIFY2(writer.update(QStringLiteral("parents"), f.parentId,
                           {{QStringLiteral("first_name"), QStringLiteral("Anna")}}, &error),
             qPrintable(error));
    // The server meanwhile changed the same parent; its version must wait beside the local edit.
    applyFamily(cache, f, QStringLiteral("Annick"), QStringLiteral("Peeters"), QStringLiteral("+32470000001"),
                QStringLiteral("ANT-2026-000001"), 2);
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
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    applyFamily(cache, Family(), QStringLiteral("Elif"), QStringLiteral("Çelik"), QStringLiteral("+32470123456"),
                QStringLiteral("ANT-2026-000123"), 1);
    applyFamily(cache, Family(), QStringLiteral("Jan"), QStringLiteral("Janssens"), QStringLiteral("+32499887766"),
                QStringLiteral("ANT-2026-000124"), 2);
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
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    applyFamily(cache, Family(), QStringLiteral("Elif"), QStringLiteral("Çelik"), QStringLiteral("+32470123456"),
                QStringLiteral("ANT-2026-000002"), 1);
    applyFamily(cache, Family(), QStringLiteral("Jan"), QStringLiteral("Aerts"), QStringLiteral("+32499887766"),
                QStringLiteral("ANT-2026-000001"), 2);
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

QTEST_GUILESS_MAIN(TestCache)
#include "TestCache.moc"

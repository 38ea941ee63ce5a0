#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "storage/ServerStorage.h"
#include "storage/StorageError.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresDatabase.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QDir>
#include <QtTest>

#include <memory>

// A database of an older server meets the newer one: the step of the schema ladder runs once and fills in what the
// older rows lack. Step 11 dates the emergency entries already on the list (docs/PROTOCOL.md "Offers and the
// emergency list"). On both storage dialects.
using namespace TestMutations;

class TestServerSchemaLadder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emergencyEntriesOfAnOlderDatabaseAreDated();

private:
    std::unique_ptr<SqlDatabase> connection();
    QString pushEntry(const TestAccounts::Family& f, const QString& status);

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
};

void TestServerSchemaLadder::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("loket"), QStringLiteral("counter"), {QStringLiteral("antwerpen")}}},
                               &error),
             qPrintable(error));
}

std::unique_ptr<SqlDatabase> TestServerSchemaLadder::connection()
{
    QString error;
    if (m_server.databaseUrl().isEmpty()) {
        auto db =
            std::make_unique<SqliteDatabase>(QDir(m_server.dataDir()).filePath(QStringLiteral("opvangloket.sqlite")));
        if (db->open(&error))
            return db;
    } else {
        auto db = std::make_unique<PostgresDatabase>(QUrl(m_server.databaseUrl()));
        if (db->open(&error))
            return db;
    }
    qWarning() << "connection:" << error;
    return nullptr;
}

QString TestServerSchemaLadder::pushEntry(const TestAccounts::Family& f, const QString& status)
{
    QJsonObject row = emergencyRow(QStringLiteral("antwerpen"), f.applicationId, f.parentId);
    row.insert(QStringLiteral("status"), status);
    if (status != QLatin1String("open"))
        row.insert(QStringLiteral("resolution"), QStringLiteral("unreachable"));
    const QJsonObject r = m_accounts.pushOne(QStringLiteral("loket"), insert(QStringLiteral("emergency_entries"), row));
    return str(r, "status") == QLatin1String("applied") ? str(row, "id") : QString();
}

void TestServerSchemaLadder::emergencyEntriesOfAnOlderDatabaseAreDated()
{
    const QString open =
        pushEntry(m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen")), QStringLiteral("open"));
    const QString closed = pushEntry(m_accounts.fileFamily(QStringLiteral("loket"), QStringLiteral("antwerpen")),
                                     QStringLiteral("resolved"));
    QVERIFY(!open.isEmpty() && !closed.isEmpty());
    m_server.stop();
    {
        // Back to schema version 10: no listing days, no external identities; the open entry's first write was in
        // March.
        const std::unique_ptr<SqlDatabase> db = connection();
        QVERIFY(db);
        const bool sqlite = m_server.databaseUrl().isEmpty();
        try {
            db->run(
                  QStringLiteral("UPDATE audit_events SET at = ? WHERE entity = 'emergency_entries' AND entity_id = ?"),
                  {QStringLiteral("2026-03-04T09:30:00.000Z"), open})
                .finish();
            if (sqlite) { // SQLite refuses to drop a column its triggers name; the next start makes them anew
                for (const char* t : {"insert", "update", "delete"})
                    db->exec(
                        QStringLiteral("DROP TRIGGER IF EXISTS emergency_entries_operator_%1").arg(QLatin1String(t)));
            }
            for (const char* column : {"listed_on", "resolved_on"})
                db->exec(QStringLiteral("ALTER TABLE emergency_entries DROP COLUMN %1").arg(QLatin1String(column)));
            db->exec(QStringLiteral("DROP TABLE external_identities")); // version 12
            db->exec(sqlite ? QStringLiteral("PRAGMA user_version=10")
                            : QStringLiteral("UPDATE schema_version SET version = 10 WHERE id = 1"));
        } catch (const StorageError& e) {
            QFAIL(e.what());
        }
    }
    QString error;
    const std::unique_ptr<ServerStorage> storage = StorageFactory::open(m_server.options(), &error);
    QVERIFY2(storage, qPrintable(error));
    QCOMPARE(storage->schemaVersion(), 12);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QJsonObject listed = storage->findRow(QStringLiteral("emergency_entries"), open)->row;
    QCOMPARE(str(listed, "listed_on"), QStringLiteral("2026-03-04")); // its first audited write
    QVERIFY(listed.value(QStringLiteral("resolved_on")).isNull());
    const QJsonObject resolved = storage->findRow(QStringLiteral("emergency_entries"), closed)->row;
    QCOMPARE(str(resolved, "listed_on"), today);
    QCOMPARE(str(resolved, "resolved_on"), today); // its last change
}

QTEST_MAIN(TestServerSchemaLadder)
#include "TestServerSchemaLadder.moc"

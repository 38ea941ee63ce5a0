#include "TestServer.h"
#include "domain/ApplicationStatus.h"
#include "storage/ServerStorage.h"
#include "sync/AccessScope.h"

#include <QJsonArray>
#include <QtTest>

// --demo: deterministic and complete; --demo-scale N: exactly N applications.
class TestServerDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE(); }
    void demoSeedingIsDeterministic();
    void demoSetHasEveryPart();
    void demoScaleMakesExactlyNApplications();
    void seedsOnlyAnEmptyDatabase();

private:
    static AccessScope adminScope(ServerStorage& storage)
    {
        return AccessScope::forAccount(*storage.accountByUsername(QStringLiteral("admin")));
    }
};

void TestServerDemo::demoSeedingIsDeterministic()
{
    TestServer first(TestServer::Demo);
    TestServer second(TestServer::Demo);
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY(first.dataDir() != second.dataDir());
    const QJsonObject a = first.server().digest(adminScope(first.storage()));
    const QJsonObject b = second.server().digest(adminScope(second.storage()));
    QCOMPARE(a.value(QStringLiteral("tables")), b.value(QStringLiteral("tables")));
    QCOMPARE(a.value(QStringLiteral("seq")), b.value(QStringLiteral("seq")));
    // Not only ids and versions: whole rows are identical (a sample across the set).
    const QStringList ids =
        first.storage().visibleVersions(QStringLiteral("applications"), adminScope(first.storage()));
    for (int i = 0; i < ids.size(); i += 97) {
        const QString id = ids.at(i).section(QLatin1Char(':'), 0, 0);
        QCOMPARE(first.storage().findRow(QStringLiteral("applications"), id)->row,
                 second.storage().findRow(QStringLiteral("applications"), id)->row);
    }
}

void TestServerDemo::demoSetHasEveryPart()
{
    TestServer server(TestServer::Demo);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ServerStorage& storage = server.storage();
    QCOMPARE(storage.countRows(QStringLiteral("regions")), 3);
    QCOMPARE(storage.countRows(QStringLiteral("locations")), 60);
    QCOMPARE(storage.countRows(QStringLiteral("free_places")), 100);
    QCOMPARE(storage.countRows(QStringLiteral("parents")), 2000);
    QVERIFY(storage.countRows(QStringLiteral("applications")) > 2000);
    const int emergencies = storage.countRows(QStringLiteral("emergency_entries"));
    QVERIFY2(emergencies >= 60 && emergencies <= 110, qPrintable(QString::number(emergencies)));
    QVERIFY(storage.countRows(QStringLiteral("offers")) > 10);
    const AccessScope admin = adminScope(storage);
    QSet<QString> states;
    QSet<QString> kinds;
    int numbered = 0;
    for (const QString& line : storage.visibleVersions(QStringLiteral("applications"), admin)) {
        const QJsonObject row =
            storage.findRow(QStringLiteral("applications"), line.section(QLatin1Char(':'), 0, 0))->row;
        states.insert(row.value(QStringLiteral("status")).toString());
        numbered += row.value(QStringLiteral("number"))
                            .toString()
                            .contains(QRegularExpression(QStringLiteral("^(ANT|MEC|TUR)-20\\d\\d-\\d{6}$")))
                        ? 1
                        : 0;
    }
    QCOMPARE(states.size(), ApplicationStatus::allNames().size());
    QCOMPARE(numbered, storage.countRows(QStringLiteral("applications")));
    for (const QString& line : storage.visibleVersions(QStringLiteral("locations"), admin))
        kinds.insert(storage.findRow(QStringLiteral("locations"), line.section(QLatin1Char(':'), 0, 0))
                         ->row.value(QStringLiteral("kind"))
                         .toString());
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("group"), QStringLiteral("family")}));
    for (const char* name :
         {"admin", "regie.antwerpen", "loket.antwerpen", "loket.mechelen", "loket.turnhout", "toeleider.antwerpen"})
        QVERIFY2(storage.accountByUsername(QString::fromLatin1(name)).has_value(), name);
    // One seq per family: seqs beyond the set-up equal the number of families.
    QVERIFY(storage.currentSeq() >= 2000);
    QVERIFY(server.login(QStringLiteral("loket.turnhout"), QStringLiteral("demo")).isValid());
}

void TestServerDemo::demoScaleMakesExactlyNApplications()
{
    TestServer server(TestServer::Demo, 1234);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(server.storage().countRows(QStringLiteral("applications")), 1234);
    QVERIFY(server.storage().countRows(QStringLiteral("parents")) < 1234);
}

void TestServerDemo::seedsOnlyAnEmptyDatabase()
{
    TestServer server(TestServer::Empty);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(!server.createAccount(QStringLiteral("eerste"), QStringLiteral("admin"), {}).isEmpty());
    ServerOptions options = server.options();
    options.demo = true;
    SyncServer again;
    QString error;
    QVERIFY2(again.start(options, &error), qPrintable(error));
    QCOMPARE(again.storage().countRows(QStringLiteral("parents")), 0);
    QCOMPARE(again.demoSeedSeconds(), -1.0);
}

QTEST_GUILESS_MAIN(TestServerDemo)
#include "TestServerDemo.moc"

#include "TestServer.h"
#include "domain/ApplicationStatus.h"
#include "domain/NoteLog.h"
#include "storage/ServerStorage.h"
#include "sync/AccessScope.h"

#include <QJsonArray>
#include <QtTest>

// --demo: deterministic and complete, and its offers, places and emergency list obey the offer rules; --demo-scale N:
// exactly N applications.
class TestServerDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
        QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    }
    void demoSeedingIsDeterministic();
    void demoSetHasEveryPart();
    void demoOffersObeyTheOfferRules();
    void demoPlacesAndEmergencyListLookReal();
    void demoScaleMakesExactlyNApplications();
    void seedsOnlyAnEmptyDatabase();

private:
    static AccessScope adminScope(ServerStorage& storage)
    {
        return AccessScope::forAccount(*storage.accountByUsername(QStringLiteral("admin")));
    }
    // Every row of a table, by id.
    static QHash<QString, QJsonObject> rows(ServerStorage& storage, const QString& table)
    {
        QHash<QString, QJsonObject> out;
        for (const QString& line : storage.visibleVersions(table, adminScope(storage))) {
            const QString id = line.section(QLatin1Char(':'), 0, 0);
            out.insert(id, storage.findRow(table, id)->row);
        }
        return out;
    }
    static QString str(const QJsonObject& row, const char* key) { return row.value(QLatin1String(key)).toString(); }

    TestServer m_demo{TestServer::Demo};
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
    // One family in fifteen is (or was) on the emergency list: about 6 % of the applications.
    const int emergencies = storage.countRows(QStringLiteral("emergency_entries"));
    QVERIFY2(emergencies >= 120 && emergencies <= 140, qPrintable(QString::number(emergencies)));
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

void TestServerDemo::demoOffersObeyTheOfferRules()
{
    ServerStorage& storage = m_demo.storage();
    const QHash<QString, QJsonObject> places = rows(storage, QStringLiteral("free_places"));
    const QHash<QString, QJsonObject> offers = rows(storage, QStringLiteral("offers"));
    const QHash<QString, QJsonObject> applications = rows(storage, QStringLiteral("applications"));
    const QDate today = QDate::currentDate();
    QHash<QString, int> held, accepted;
    QSet<QString> withSentOffer, states;
    for (const QJsonObject& o : offers) {
        const QString status = str(o, "status");
        states.insert(status);
        const QJsonObject place = places.value(str(o, "free_place_id"));
        const QJsonObject application = applications.value(str(o, "application_id"));
        QVERIFY(!place.isEmpty() && !application.isEmpty());
        QCOMPARE(str(place, "location_id"), str(o, "location_id"));
        QCOMPARE(str(place, "region_id"), str(o, "region_id"));
        // Offered by hand, and said so: no demo offer claims a joint allocation that never ran.
        QVERIFY(o.value(QStringLiteral("allocation_run_id")).isNull());
        QVERIFY(str(o, "explanation").contains(QStringLiteral("niet via een gezamenlijke toewijzing")));
        held[str(o, "free_place_id")] += status == QLatin1String("sent") || status == QLatin1String("accepted");
        accepted[str(o, "free_place_id")] += status == QLatin1String("accepted");
        if (status == QLatin1String("sent")) {
            withSentOffer.insert(str(o, "application_id"));
            QCOMPARE(str(application, "status"), QStringLiteral("offered"));
            QVERIFY2(QDate::fromString(str(o, "respond_by"), Qt::ISODate) > today, qPrintable(str(o, "respond_by")));
        }
        if (status == QLatin1String("accepted"))
            QVERIFY(str(application, "status") == QLatin1String("accepted") ||
                    str(application, "status") == QLatin1String("placed"));
    }
    QCOMPARE(states.size(), 6); // proposed, sent, accepted, declined, expired, withdrawn
    for (const QJsonObject& a : applications) {
        if (str(a, "status") == QLatin1String("offered"))
            QVERIFY2(withSentOffer.contains(str(a, "id")), "an offered application without a sent offer");
    }
    // Never more seats held than a place has, and each place says what its offers give it.
    QSet<QString> placeStates;
    for (const QJsonObject& p : places) {
        const int count = p.value(QStringLiteral("count")).toInt();
        const QString id = str(p, "id");
        QVERIFY(held.value(id) <= count);
        placeStates.insert(str(p, "status"));
        if (str(p, "status") == QLatin1String("withdrawn"))
            continue;
        const QString expected = accepted.value(id) >= count ? QStringLiteral("filled")
                                 : held.value(id) >= count   ? QStringLiteral("reserved")
                                                             : QStringLiteral("open");
        QCOMPARE(str(p, "status"), expected);
    }
    QCOMPARE(placeStates.size(), 4);
}

void TestServerDemo::demoPlacesAndEmergencyListLookReal()
{
    ServerStorage& storage = m_demo.storage();
    const QDate today = QDate::currentDate();
    // Places for varied ages, some not confirmed for more than four weeks.
    QSet<QString> bands;
    int toConfirm = 0;
    const QHash<QString, QJsonObject> places = rows(storage, QStringLiteral("free_places"));
    for (const QJsonObject& p : places) {
        bands.insert(QStringLiteral("%1-%2")
                         .arg(p.value(QStringLiteral("age_min_months")).toInt())
                         .arg(p.value(QStringLiteral("age_max_months")).toInt()));
        const QDateTime updated = QDateTime::fromString(str(p, "updated_at"), Qt::ISODateWithMs);
        QVERIFY(updated.isValid() && updated < QDateTime::currentDateTimeUtc());
        toConfirm += updated.date() < today.addDays(-28) ? 1 : 0;
    }
    QVERIFY2(bands.contains(QStringLiteral("0-18")) && bands.contains(QStringLiteral("12-36")) &&
                 bands.contains(QStringLiteral("18-48")),
             qPrintable(QStringList(bands.values()).join(QLatin1Char(' '))));
    QVERIFY2(toConfirm >= 5 && toConfirm <= 40, qPrintable(QString::number(toConfirm)));

    // One open entry per application, only while it is open; closed applications' entries are resolved with them.
    const QHash<QString, QJsonObject> applications = rows(storage, QStringLiteral("applications"));
    QSet<QString> listed;
    int overdue = 0, dueToday = 0, ahead = 0;
    for (const QJsonObject& e : rows(storage, QStringLiteral("emergency_entries"))) {
        const QString app = str(applications.value(str(e, "application_id")), "status");
        const QVector<Note> notes = NoteLog::parse(str(e, "notes"));
        QVERIFY(!notes.isEmpty() && !notes.first().authorId.isEmpty() && !notes.first().at.isEmpty());
        if (app == QLatin1String("placed") || app == QLatin1String("accepted"))
            QCOMPARE(str(e, "resolution"), QStringLiteral("placed"));
        if (app == QLatin1String("cancelled") || app == QLatin1String("expired"))
            QCOMPARE(str(e, "resolution"), app);
        if (str(e, "status") != QLatin1String("open"))
            continue;
        QVERIFY2(app == QLatin1String("submitted") || app == QLatin1String("in_review") ||
                     app == QLatin1String("offered"),
                 qPrintable(app));
        QVERIFY(!listed.contains(str(e, "application_id")));
        listed.insert(str(e, "application_id"));
        const QDate followUp = QDate::fromString(str(e, "follow_up_on"), Qt::ISODate);
        overdue += followUp < today ? 1 : 0;
        dueToday += followUp == today ? 1 : 0;
        ahead += followUp > today ? 1 : 0;
    }
    QVERIFY2(overdue > 0 && dueToday > 0 && ahead > overdue + dueToday,
             qPrintable(QStringLiteral("%1 overdue, %2 today, %3 ahead").arg(overdue).arg(dueToday).arg(ahead)));
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

// The last seat of a free place, offered twice while offline (docs/PROTOCOL.md "Offers and the emergency list"), with
// real processes: an opvangloket-server and two opvangloket-cli clients, each with a cache of its own. Both offer the
// place's last seat to another family in their own cache, as the desktop client does offline, then sync at the same
// time. Exactly one offer stands on the server; the other comes back rejected with the reason the client
// recognises, its row leaves the loser's cache and waits in the loser's conflicts table for a person. Both caches
// end equal to the server (`opvangloket-cli check`). On SQLite, and as _pg with the server on PostgreSQL.
#include "CliBatch.h"
#include "FaultProcesses.h"
#include "TestDatabase.h"
#include "domain/PlacementProblems.h"
#include "domain/Uuid.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// One desktop client as a real process: its profile folder, its CLI, and a look into its cache between runs.
struct Client {
    QString user;
    std::unique_ptr<QTemporaryDir> profile = std::make_unique<QTemporaryDir>();
    std::unique_ptr<CliProcess> cli;

    QString cachePath(const QUrl& server) const { return ClientProfile(profile->path()).cachePath(server, user); }
};

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

class TestFaultOffers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lastSeatOfferedOfflineByTwoClients();

private:
    bool syncAll(QString* error);
    // The first rows of `sql` (one column) in a client's cache.
    QStringList column(const Client& c, const QString& sql);
    // Writes an offer of the place's last seat to the application into the client's cache, offline.
    QString offerOffline(const Client& c, const QString& applicationId, const QString& placeId,
                         const QString& locationId);

    TestDatabase m_database; // declared before the server: dropped after it stopped
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    Client m_a;
    Client m_b;
};

void TestFaultOffers::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QString error;
    QString databaseUrl;
    QVERIFY2(m_database.prepare(&databaseUrl, &error), qPrintable(error));
    QStringList args{QStringLiteral("--demo")};
    if (!databaseUrl.isEmpty())
        args << QStringLiteral("--database") << databaseUrl;
    m_server = std::make_unique<ServerProcess>(m_serverDir.path(), args);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    // The Antwerp coordinator on one PC, the admin on another: both may offer places in Antwerp.
    m_a.user = QStringLiteral("regie.antwerpen");
    m_b.user = QStringLiteral("admin");
    for (Client* c : {&m_a, &m_b})
        c->cli = std::make_unique<CliProcess>(m_server->url(), c->profile->path(), c->user);
}

bool TestFaultOffers::syncAll(QString* error)
{
    CliBatch batch;
    batch.add(*m_a.cli, QStringLiteral("sync"));
    batch.add(*m_b.cli, QStringLiteral("sync"));
    const QVector<CliRun> runs = batch.run();
    for (const CliRun& run : runs) {
        if (run.exitCode != 0) {
            *error = QStringLiteral("sync exited %1: %2").arg(run.exitCode).arg(run.output);
            return false;
        }
    }
    return true;
}

QStringList TestFaultOffers::column(const Client& c, const QString& sql)
{
    LocalCache cache;
    if (cache.open(c.cachePath(m_server->url())) != LocalCache::OpenStatus::Ok)
        return {};
    QSqlQuery q(cache.database());
    QStringList values;
    if (q.exec(sql)) {
        while (q.next())
            values.append(q.value(0).toString());
    }
    return values;
}

QString TestFaultOffers::offerOffline(const Client& c, const QString& applicationId, const QString& placeId,
                                      const QString& locationId)
{
    LocalCache cache;
    if (cache.open(c.cachePath(m_server->url())) != LocalCache::OpenStatus::Ok)
        return QString();
    const QJsonObject row{{QStringLiteral("id"), Uuid::v7()},
                          {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                          {QStringLiteral("application_id"), applicationId},
                          {QStringLiteral("free_place_id"), placeId},
                          {QStringLiteral("location_id"), locationId},
                          {QStringLiteral("status"), QStringLiteral("sent")},
                          {QStringLiteral("respond_by"), QDate::currentDate().addDays(7).toString(Qt::ISODate)}};
    QString error;
    if (!LocalWriter(cache).insert(QStringLiteral("offers"), row, &error)) {
        qWarning() << "offering offline:" << error;
        return QString();
    }
    return str(row, "id");
}

void TestFaultOffers::lastSeatOfferedOfflineByTwoClients()
{
    QString error;
    QVERIFY2(syncAll(&error), qPrintable(error));
    // A place in Antwerp with one seat left, and two families waiting, as both copies show them.
    const QString held = QStringLiteral("(SELECT count(*) FROM offers o WHERE o.free_place_id = p.id AND o.status "
                                        "IN ('sent', 'accepted'))");
    const QStringList place = column(m_a, QStringLiteral("SELECT p.id || ' ' || p.location_id FROM free_places p "
                                                         "WHERE p.region_id = 'antwerpen' AND p.status = 'open' AND "
                                                         "p.count - %1 = 1 ORDER BY p.id LIMIT 1")
                                              .arg(held));
    QCOMPARE(place.size(), 1);
    const QString placeId = place.first().section(QLatin1Char(' '), 0, 0);
    const QString locationId = place.first().section(QLatin1Char(' '), 1, 1);
    const QStringList waiting = column(m_a, QStringLiteral("SELECT id FROM applications WHERE region_id = 'antwerpen' "
                                                           "AND status IN ('submitted', 'in_review') ORDER BY id "
                                                           "LIMIT 2"));
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(column(m_b, QStringLiteral("SELECT status FROM free_places WHERE id = '%1'").arg(placeId)),
             QStringList{QStringLiteral("open")});

    // Offline, each offers the last seat to another family.
    const QString offerA = offerOffline(m_a, waiting.at(0), placeId, locationId);
    const QString offerB = offerOffline(m_b, waiting.at(1), placeId, locationId);
    QVERIFY(!offerA.isEmpty() && !offerB.isEmpty());

    // Back online together: the first push wins.
    QVERIFY2(syncAll(&error), qPrintable(error));
    QVERIFY2(syncAll(&error), qPrintable(error)); // each pulls what the other's round brought
    const QString reason = PlacementProblems::reason(PlacementProblems::kPlaceTaken);
    QCOMPARE(reason, QStringLiteral("invalid: this place was just offered to another family"));
    const QString conflicts =
        QStringLiteral("SELECT row_id || ' ' || status || ' ' || reason FROM conflicts WHERE table_name = 'offers'");
    const QStringList conflictsA = column(m_a, conflicts);
    const QStringList conflictsB = column(m_b, conflicts);
    QCOMPARE(conflictsA.size() + conflictsB.size(), 1);
    const bool aWon = conflictsA.isEmpty();
    const Client& winner = aWon ? m_a : m_b;
    const Client& loser = aWon ? m_b : m_a;
    const QString won = aWon ? offerA : offerB;
    const QString lost = aWon ? offerB : offerA;
    QCOMPARE((aWon ? conflictsB : conflictsA).first(), lost + QStringLiteral(" rejected ") + reason);
    // The typed offer waits in the loser's conflicts to be re-targeted; the loser's cache no longer holds it.
    QVERIFY(column(loser, QStringLiteral("SELECT local_row FROM conflicts WHERE row_id = '%1'").arg(lost))
                .first()
                .contains(placeId));

    // Both copies now show the server's truth: one offer on the place, the place reserved, the winner's family
    // offered and the loser's still waiting.
    const QString ids = QStringLiteral("SELECT id FROM offers WHERE free_place_id = '%1' AND id IN ('%2', '%3')")
                            .arg(placeId, offerA, offerB);
    for (const Client* c : {&winner, &loser}) {
        QCOMPARE(column(*c, ids), QStringList{won});
        QCOMPARE(column(*c, QStringLiteral("SELECT status FROM free_places WHERE id = '%1'").arg(placeId)),
                 QStringList{QStringLiteral("reserved")});
        QCOMPARE(column(*c, QStringLiteral("SELECT status FROM applications WHERE id = '%1'")
                                .arg(aWon ? waiting.at(0) : waiting.at(1))),
                 QStringList{QStringLiteral("offered")});
        QVERIFY(column(*c, QStringLiteral("SELECT status FROM applications WHERE id = '%1'")
                               .arg(aWon ? waiting.at(1) : waiting.at(0)))
                    .first() != QLatin1String("offered"));
        QCOMPARE(column(*c, QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL")),
                 QStringList{QStringLiteral("0")});
        const CliRun check = c->cli->run(QStringLiteral("check"));
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    }
}

QTEST_GUILESS_MAIN(TestFaultOffers)
#include "TestFaultOffers.moc"

#include "TestClient.h"
#include "TestServer.h"
#include "store/records/EmergencyActions.h"
#include "store/records/OfferActions.h"
#include "store/search/OfferCandidates.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QtTest>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

// An offer made by hand at the counter, from the desktop client's own actions to the server and back: the family
// put on the emergency list, offered an open place that fits it, and accepting it. What the offer means (the
// application offered then accepted, the place reserved then filled, the entry resolved) the server writes; the
// client shows it after a sync. Runs on both storage dialects through TestServer.
class TestOfferFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counterOffersAPlaceAndTheFamilyAccepts();

private:
    void sync(TestClient& c);

    TestServer m_server{TestServer::Demo};
};

void TestOfferFlow::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestOfferFlow::sync(TestClient& c)
{
    QString error;
    QVERIFY2(c.session->sync().syncBlocking(&error), qPrintable(error));
}

void TestOfferFlow::counterOffersAPlaceAndTheFamilyAccepts()
{
    auto c = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("loket.antwerpen"));
    QVERIFY(c->session);
    sync(*c);
    // An open place of the demo that fits at least one family waiting for a place.
    QString placeId, applicationId;
    for (const QJsonObject& place :
         c->records().rowsWhere(QStringLiteral("free_places"), QStringLiteral("status"), QStringLiteral("open"))) {
        const QVector<OfferCandidates::Family> families = OfferCandidates(c->cache()).forPlace(str(place, "id"));
        for (const OfferCandidates::Family& f : families) {
            if (!EmergencyActions(c->cache(), QString(), QString()).openEntryOf(f.applicationId).isEmpty())
                continue; // one not on the list yet: it goes on it first
            placeId = str(place, "id");
            applicationId = f.applicationId;
            break;
        }
        if (!placeId.isEmpty())
            break;
    }
    QVERIFY2(!placeId.isEmpty(), "the demo data has no open place that fits a waiting family");
    const int seats = c->records().row(QStringLiteral("free_places"), placeId).value(QLatin1String("count")).toInt();

    const QString author = c->session->account().id;
    EmergencyActions list(c->cache(), author, QStringLiteral("Loket Antwerpen"));
    EmergencyActions::NewEntry entry;
    entry.applicationId = applicationId;
    entry.urgency = 1;
    entry.reason = QStringLiteral("work_start");
    entry.followUpOn = QDate::currentDate().addDays(2);
    QString entryId, offerId, error;
    QVERIFY2(list.add(entry, &entryId, &error), qPrintable(error));
    QVERIFY2(OfferActions(c->cache()).offer(applicationId, placeId, QDate::currentDate().addDays(7), &offerId, &error),
             qPrintable(error));
    sync(*c);
    QCOMPARE(c->records().pendingChanges(), 0);
    QCOMPARE(c->records().conflictCount(), 0);
    // The server made the application offered (and the place reserved when this was its last seat).
    QCOMPARE(str(c->records().row(QStringLiteral("applications"), applicationId), "status"), QStringLiteral("offered"));
    QCOMPARE(str(c->records().row(QStringLiteral("free_places"), placeId), "status"),
             seats == 1 ? QStringLiteral("reserved") : QStringLiteral("open"));
    QCOMPARE(str(c->records().row(QStringLiteral("offers"), offerId), "status"), QStringLiteral("sent"));

    QVERIFY2(OfferActions(c->cache()).recordAnswer(offerId, QStringLiteral("accepted"), &error), qPrintable(error));
    sync(*c);
    QCOMPARE(c->records().conflictCount(), 0);
    QCOMPARE(str(c->records().row(QStringLiteral("applications"), applicationId), "status"),
             QStringLiteral("accepted"));
    const QJsonObject resolved = c->records().row(QStringLiteral("emergency_entries"), entryId);
    QCOMPARE(str(resolved, "status"), QStringLiteral("resolved"));
    QCOMPARE(str(resolved, "resolution"), QStringLiteral("placed"));
    if (seats == 1)
        QCOMPARE(str(c->records().row(QStringLiteral("free_places"), placeId), "status"), QStringLiteral("filled"));
    // The family is no longer among those the place can be offered to.
    for (const OfferCandidates::Family& f : OfferCandidates(c->cache()).forPlace(placeId))
        QVERIFY(f.applicationId != applicationId);
}

QTEST_GUILESS_MAIN(TestOfferFlow)
#include "TestOfferFlow.moc"

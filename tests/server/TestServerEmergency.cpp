#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "domain/PlacementProblems.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>
#include <QtTest>

// The emergency list's rules on the server (docs/PROTOCOL.md "Offers and the emergency list"): one open entry per
// application (a second is a `duplicate` carrying the open one), and an application that reaches placed, cancelled
// or expired has its open entry resolved in the same transaction, whoever wrote it. On both storage dialects.
using namespace TestMutations;

namespace {

const QString kAntwerpen = QStringLiteral("antwerpen");
const QString kMechelen = QStringLiteral("mechelen");
const QString kApplications = QStringLiteral("applications");
const QString kEntries = QStringLiteral("emergency_entries");
const QString kOffers = QStringLiteral("offers");

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace

class TestServerEmergency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondOpenEntryIsADuplicateCarryingTheOpenOne();
    void placedApplicationResolvesItsEntry();
    void cancelledApplicationResolvesItsEntryAndWithdrawsItsOffers();
    void expiredApplicationResolvesItsEntry();
    void theDaysOnTheListAreTheServers();

private:
    using Family = TestAccounts::Family;
    Family family(const QString& region = kAntwerpen)
    {
        return m_accounts.fileFamily(region == kAntwerpen ? QStringLiteral("loket") : QStringLiteral("mech"), region);
    }
    // Puts the family's application on the list (open) and returns the entry's id.
    QString putOnTheList(const Family& f);
    QJsonObject setStatus(const QString& user, const QString& table, const QString& id, const QString& to,
                          const QJsonObject& more = QJsonObject());
    QJsonObject stored(const QString& table, const QString& id) { return m_server.storedRow(table, id); }
    void verifyResolved(const QString& entryId, const QString& resolution, qint64 seq);

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
};

void TestServerEmergency::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("admin"), QStringLiteral("admin"), {}},
                                {QStringLiteral("regie"), QStringLiteral("coordinator"), {kAntwerpen}},
                                {QStringLiteral("loket"), QStringLiteral("counter"), {kAntwerpen}},
                                {QStringLiteral("mech"), QStringLiteral("counter"), {kMechelen}}},
                               &error),
             qPrintable(error));
}

QString TestServerEmergency::putOnTheList(const Family& f)
{
    const QString region = str(stored(kApplications, f.applicationId), "region_id");
    const QJsonObject row = emergencyRow(region, f.applicationId, f.parentId);
    const QJsonObject r = m_accounts.pushOne(region == kAntwerpen ? QStringLiteral("loket") : QStringLiteral("mech"),
                                             insert(kEntries, row));
    if (str(r, "status") != QLatin1String("applied"))
        qWarning() << "putting on the list:" << r;
    return str(row, "id");
}

QJsonObject TestServerEmergency::setStatus(const QString& user, const QString& table, const QString& id,
                                           const QString& to, const QJsonObject& more)
{
    const QJsonObject row = stored(table, id);
    QJsonObject changes = more;
    changes.insert(QStringLiteral("status"), change(row.value(QStringLiteral("status")), to));
    return m_accounts.pushOne(user, update(table, id, row.value(QStringLiteral("version")).toInteger(), changes));
}

void TestServerEmergency::verifyResolved(const QString& entryId, const QString& resolution, qint64 seq)
{
    const QJsonObject entry = stored(kEntries, entryId);
    QCOMPARE(str(entry, "status"), QStringLiteral("resolved"));
    QCOMPARE(str(entry, "resolution"), resolution);
    QCOMPARE(m_server.storage().findRow(kEntries, entryId)->seq, seq); // in the closing write's transaction
    QCOMPARE(str(entry, "resolved_on"), today());
}

void TestServerEmergency::secondOpenEntryIsADuplicateCarryingTheOpenOne()
{
    const Family f = family();
    const QString first = putOnTheList(f);
    const QJsonObject open = stored(kEntries, first);
    const QJsonObject again = emergencyRow(kAntwerpen, f.applicationId, f.parentId);
    const QJsonObject r = m_accounts.pushOne(QStringLiteral("regie"), insert(kEntries, again));
    QCOMPARE(str(r, "status"), QStringLiteral("duplicate"));
    QCOMPARE(str(r, "reason"), QString::fromLatin1(PlacementProblems::kSecondOpenEntry));
    QCOMPARE(r.value(QStringLiteral("server_row")).toObject(), open); // the whole open row, never a bare id
    QVERIFY(stored(kEntries, str(again, "id")).isEmpty());

    // A closed entry beside the open one is history, not a duplicate.
    QJsonObject history = emergencyRow(kAntwerpen, f.applicationId, f.parentId);
    history.insert(QStringLiteral("status"), QStringLiteral("resolved"));
    history.insert(QStringLiteral("resolution"), QStringLiteral("unreachable"));
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("loket"), insert(kEntries, history)), "status"),
             QStringLiteral("applied"));
    // Reopening it while the other is open is refused; once that one is resolved, it may be reopened.
    const QString reopen = PlacementProblems::reason("status", PlacementProblems::kSecondOpenEntry);
    QCOMPARE(str(setStatus(QStringLiteral("loket"), kEntries, str(history, "id"), QStringLiteral("open")), "reason"),
             reopen);
    QCOMPARE(str(setStatus(QStringLiteral("loket"), kEntries, first, QStringLiteral("resolved"),
                           {{QStringLiteral("resolution"), change(QJsonValue(), QStringLiteral("care_elsewhere"))}}),
                 "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(setStatus(QStringLiteral("loket"), kEntries, str(history, "id"), QStringLiteral("open")), "status"),
             QStringLiteral("applied"));

    // Only entries the caller may see count: another region's listed application answers like a missing one.
    const Family other = family(kMechelen);
    putOnTheList(other);
    const QJsonObject foreign = emergencyRow(kAntwerpen, other.applicationId, other.parentId);
    const QJsonObject refused = m_accounts.pushOne(QStringLiteral("loket"), insert(kEntries, foreign));
    QCOMPARE(str(refused, "status"), QStringLiteral("rejected")); // the application does not exist for it
    QVERIFY(!refused.contains(QStringLiteral("server_row")));
}

void TestServerEmergency::placedApplicationResolvesItsEntry()
{
    const Family f = family();
    // Through review, an offer sent and accepted (which resolves the entry as placed), then placed: an entry put on
    // the list after the acceptance is resolved when care starts.
    QCOMPARE(
        str(setStatus(QStringLiteral("loket"), kApplications, f.applicationId, QStringLiteral("in_review")), "status"),
        QStringLiteral("applied"));
    const QJsonObject location = locationRow(kAntwerpen);
    const QJsonObject place = freePlaceRow(kAntwerpen, str(location, "id"));
    QJsonObject offer = offerRow(kAntwerpen, f.applicationId, str(place, "id"), str(location, "id"));
    offer.insert(QStringLiteral("status"), QStringLiteral("sent"));
    m_accounts.pushAll(QStringLiteral("regie"), {insert(QStringLiteral("locations"), location),
                                                 insert(QStringLiteral("free_places"), place), insert(kOffers, offer)});
    const QString before = putOnTheList(f);
    const QJsonObject accepted =
        setStatus(QStringLiteral("loket"), kOffers, str(offer, "id"), QStringLiteral("accepted"));
    QCOMPARE(str(accepted, "status"), QStringLiteral("applied"));
    verifyResolved(before, QStringLiteral("placed"), accepted.value(QStringLiteral("seq")).toInteger());

    const QString after = putOnTheList(f);
    const QJsonObject placed =
        setStatus(QStringLiteral("loket"), kApplications, f.applicationId, QStringLiteral("placed"));
    QCOMPARE(str(placed, "status"), QStringLiteral("applied"));
    verifyResolved(after, QStringLiteral("placed"), placed.value(QStringLiteral("seq")).toInteger());
    QCOMPARE(str(stored(kEntries, after), "updated_by"), m_accounts.accountId(QStringLiteral("loket")));
}

void TestServerEmergency::cancelledApplicationResolvesItsEntryAndWithdrawsItsOffers()
{
    const Family f = family();
    const QString entry = putOnTheList(f);
    const QJsonObject location = locationRow(kAntwerpen);
    const QJsonObject place = freePlaceRow(kAntwerpen, str(location, "id"));
    QJsonObject offer = offerRow(kAntwerpen, f.applicationId, str(place, "id"), str(location, "id"));
    offer.insert(QStringLiteral("status"), QStringLiteral("sent"));
    m_accounts.pushAll(QStringLiteral("regie"), {insert(QStringLiteral("locations"), location),
                                                 insert(QStringLiteral("free_places"), place), insert(kOffers, offer)});
    QCOMPARE(str(stored(QStringLiteral("free_places"), str(place, "id")), "status"), QStringLiteral("reserved"));
    const QJsonObject cancelled =
        setStatus(QStringLiteral("loket"), kApplications, f.applicationId, QStringLiteral("cancelled"),
                  {{QStringLiteral("closed_reason"), change(QJsonValue(), QStringLiteral("found care elsewhere"))}});
    QCOMPARE(str(cancelled, "status"), QStringLiteral("applied"));
    const qint64 seq = cancelled.value(QStringLiteral("seq")).toInteger();
    verifyResolved(entry, QStringLiteral("cancelled"), seq);
    // Its seat is given back.
    QCOMPARE(str(stored(kOffers, str(offer, "id")), "status"), QStringLiteral("withdrawn"));
    QCOMPARE(str(stored(QStringLiteral("free_places"), str(place, "id")), "status"), QStringLiteral("open"));
    // Every client sees it by the pull: the entry comes at the cancelling write's seq.
    bool pulled = false;
    for (const QJsonObject& c : m_server.pullAll(m_accounts.token(QStringLiteral("regie")))) {
        if (str(c, "id") == entry)
            pulled = c.value(QStringLiteral("seq")).toInteger() == seq &&
                     str(c.value(QStringLiteral("row")).toObject(), "status") == QLatin1String("resolved");
    }
    QVERIFY(pulled);
}

void TestServerEmergency::expiredApplicationResolvesItsEntry()
{
    const Family f = family();
    const QString entry = putOnTheList(f);
    const QJsonObject expired =
        setStatus(QStringLiteral("loket"), kApplications, f.applicationId, QStringLiteral("expired"),
                  {{QStringLiteral("closed_reason"), change(QJsonValue(), QStringLiteral("no answer"))}});
    QCOMPARE(str(expired, "status"), QStringLiteral("applied"));
    verifyResolved(entry, QStringLiteral("expired"), expired.value(QStringLiteral("seq")).toInteger());
    // A refused close resolves nothing.
    const Family g = family();
    const QString open = putOnTheList(g);
    QCOMPARE(
        str(setStatus(QStringLiteral("loket"), kApplications, g.applicationId, QStringLiteral("cancelled")), "status"),
        QStringLiteral("rejected")); // no closing reason
    QCOMPARE(str(stored(kEntries, open), "status"), QStringLiteral("open"));
}

QTEST_GUILESS_MAIN(TestServerEmergency)
#include "TestServerEmergency.moc"

void TestServerEmergency::theDaysOnTheListAreTheServers()
{
    // listed_on and resolved_on follow the status, stamped by the server; whatever a client sends for them is ignored.
    const Family f = family();
    QJsonObject row = emergencyRow(kAntwerpen, f.applicationId, f.parentId);
    row.insert(QStringLiteral("listed_on"), QStringLiteral("2001-02-03"));
    row.insert(QStringLiteral("resolved_on"), QStringLiteral("2001-02-04"));
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("loket"), insert(kEntries, row)), "status"),
             QStringLiteral("applied"));
    const QString id = str(row, "id");
    QCOMPARE(str(stored(kEntries, id), "listed_on"), today());
    QVERIFY(stored(kEntries, id).value(QStringLiteral("resolved_on")).isNull());

    const QJsonObject moved =
        m_accounts.pushOne(QStringLiteral("loket"),
                           update(kEntries, id, stored(kEntries, id).value(QStringLiteral("version")).toInteger(),
                                  {{QStringLiteral("listed_on"), change(today(), QStringLiteral("2001-02-03"))}}));
    QCOMPARE(str(moved, "status"), QStringLiteral("applied"));
    QCOMPARE(str(stored(kEntries, id), "listed_on"), today());

    QCOMPARE(str(setStatus(QStringLiteral("loket"), kEntries, id, QStringLiteral("withdrawn")), "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(stored(kEntries, id), "resolved_on"), today());
    QCOMPARE(str(stored(kEntries, id), "listed_on"), today());
    // Reopened: on the list again from today, no longer resolved.
    QCOMPARE(str(setStatus(QStringLiteral("loket"), kEntries, id, QStringLiteral("open")), "status"),
             QStringLiteral("applied"));
    QVERIFY(stored(kEntries, id).value(QStringLiteral("resolved_on")).isNull());
    QCOMPARE(str(stored(kEntries, id), "listed_on"), today());

    // An entry filed closed (history) was on and off the list the day it was written.
    QJsonObject closed = emergencyRow(kAntwerpen, f.applicationId, f.parentId);
    closed.insert(QStringLiteral("status"), QStringLiteral("resolved"));
    closed.insert(QStringLiteral("resolution"), QStringLiteral("unreachable"));
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("loket"), insert(kEntries, closed)), "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(stored(kEntries, str(closed, "id")), "resolved_on"), today());
}

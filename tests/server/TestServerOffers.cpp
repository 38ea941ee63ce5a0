#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "domain/PlacementProblems.h"
#include "domain/Uuid.h"
#include "service/SyncServer.h"
#include "storage/ServerStorage.h"
#include "sync/OfferExpiry.h"

#include <QJsonArray>
#include <QtTest>

// What an offer means, as the server enforces it (docs/PROTOCOL.md "Offers and the emergency list"): a place carries
// at most `count` sent or accepted offers (the last seat goes to the first push, the second is refused with the
// reason the client recognises), an application is offered only while it has a sent offer, and what follows a sent,
// accepted, declined or expired offer is written by the server in the same transaction and at the same seq, so
// every client pulls it. On both storage dialects.
using namespace TestMutations;

namespace {

const QString kAntwerpen = QStringLiteral("antwerpen");
const QString kOffers = QStringLiteral("offers");
const QString kApplications = QStringLiteral("applications");
const QString kPlaces = QStringLiteral("free_places");
const QString kEntries = QStringLiteral("emergency_entries");

struct Place {
    QString id;
    QString locationId;
};

} // namespace

class TestServerOffers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sentOfferMakesTheApplicationOfferedAndReservesThePlace();
    void placeCarriesAtMostCountOffers();
    void lastSeatRaceFirstPushWins();
    void offeredNeedsASentOffer();
    void acceptingFillsThePlaceWithdrawsOtherOffersAndResolvesTheEntry();
    void declineReturnsTheApplicationUnlessAnotherOfferIsSent();
    void offerStepsAreEnforced();
    void expiryRoundExpiresOffersPastTheirDate();
    void referrerChangesNoStateAndNoOffer();

private:
    using Family = TestAccounts::Family;
    Family family() { return m_accounts.fileFamily(QStringLiteral("loket"), kAntwerpen); }
    Place place(int count);
    // An offer row of the application for the place, in `status`, to be answered within `days`.
    QJsonObject offerRow(const QString& applicationId, const Place& p, const QString& status, int days = 7) const;
    // Pushes the offer as `user` and returns the result.
    QJsonObject offer(const QString& user, const QString& applicationId, const Place& p,
                      const QString& status = QStringLiteral("sent"), QString* id = nullptr, int days = 7);
    // Changes the status of a stored row as `user`, from what is stored now.
    QJsonObject setStatus(const QString& user, const QString& table, const QString& id, const QString& to,
                          const QJsonObject& more = QJsonObject());
    QString status(const QString& table, const QString& id) { return str(m_server.storedRow(table, id), "status"); }
    // How many offers of the place are sent or accepted.
    int seatsHeld(const QString& placeId);

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
};

void TestServerOffers::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("admin"), QStringLiteral("admin"), {}},
                                {QStringLiteral("regie"), QStringLiteral("coordinator"), {kAntwerpen}},
                                {QStringLiteral("regie2"), QStringLiteral("coordinator"), {kAntwerpen}},
                                {QStringLiteral("loket"), QStringLiteral("counter"), {kAntwerpen}},
                                {QStringLiteral("ref"), QStringLiteral("referrer"), {kAntwerpen}}},
                               &error),
             qPrintable(error));
}

Place TestServerOffers::place(int count)
{
    const QJsonObject location = locationRow(kAntwerpen);
    QJsonObject row = freePlaceRow(kAntwerpen, str(location, "id"));
    row.insert(QStringLiteral("count"), count);
    const QJsonArray r = m_accounts.pushAll(QStringLiteral("admin"),
                                            {insert(QStringLiteral("locations"), location), insert(kPlaces, row)});
    if (str(r.at(1).toObject(), "status") != QLatin1String("applied"))
        qWarning() << "setting up a place:" << r;
    return {str(row, "id"), str(location, "id")};
}

QJsonObject TestServerOffers::offerRow(const QString& applicationId, const Place& p, const QString& status,
                                       int days) const
{
    QJsonObject row = TestMutations::offerRow(kAntwerpen, applicationId, p.id, p.locationId);
    row.insert(QStringLiteral("status"), status);
    row.insert(QStringLiteral("respond_by"), QDate::currentDate().addDays(days).toString(Qt::ISODate));
    return row;
}

QJsonObject TestServerOffers::offer(const QString& user, const QString& applicationId, const Place& p,
                                    const QString& status, QString* id, int days)
{
    const QJsonObject row = offerRow(applicationId, p, status, days);
    if (id)
        *id = str(row, "id");
    return m_accounts.pushOne(user, insert(kOffers, row));
}

QJsonObject TestServerOffers::setStatus(const QString& user, const QString& table, const QString& id, const QString& to,
                                        const QJsonObject& more)
{
    const QJsonObject row = m_server.storedRow(table, id);
    QJsonObject changes = more;
    changes.insert(QStringLiteral("status"), change(row.value(QStringLiteral("status")), to));
    return m_accounts.pushOne(user, update(table, id, row.value(QStringLiteral("version")).toInteger(), changes));
}

int TestServerOffers::seatsHeld(const QString& placeId)
{
    int held = 0;
    for (const StoredRow& o : m_server.storage().rowsNaming(kOffers, QStringLiteral("free_place_id"), placeId))
        held += str(o.row, "status") == QLatin1String("sent") || str(o.row, "status") == QLatin1String("accepted");
    return held;
}

void TestServerOffers::sentOfferMakesTheApplicationOfferedAndReservesThePlace()
{
    const Place p = place(2);
    const Family a = family();
    const Family b = family();
    const QJsonObject first = offer(QStringLiteral("regie"), a.applicationId, p);
    QCOMPARE(str(first, "status"), QStringLiteral("applied"));
    QCOMPARE(status(kApplications, a.applicationId), QStringLiteral("offered"));
    QCOMPARE(status(kPlaces, p.id), QStringLiteral("open")); // one of its two seats is held
    const QJsonObject second = offer(QStringLiteral("regie"), b.applicationId, p);
    QCOMPARE(str(second, "status"), QStringLiteral("applied"));
    QCOMPARE(status(kApplications, b.applicationId), QStringLiteral("offered"));
    QCOMPARE(status(kPlaces, p.id), QStringLiteral("reserved"));

    // The rows that follow are written by the pusher, at the offer's seq, and reach every client by the pull.
    const QJsonObject application = m_server.storedRow(kApplications, b.applicationId);
    QCOMPARE(str(application, "updated_by"), m_accounts.accountId(QStringLiteral("regie")));
    QCOMPARE(application.value(QStringLiteral("version")).toInteger(), 2);
    const qint64 seq = second.value(QStringLiteral("seq")).toInteger();
    QSet<QString> atSeq;
    for (const QJsonObject& c : m_server.pullAll(m_accounts.token(QStringLiteral("loket")))) {
        if (c.value(QStringLiteral("seq")).toInteger() == seq)
            atSeq.insert(str(c, "table") + QLatin1Char(' ') + str(c, "id"));
    }
    QVERIFY(atSeq.contains(QStringLiteral("applications ") + b.applicationId));
    QVERIFY(atSeq.contains(QStringLiteral("free_places ") + p.id));
    QVERIFY(
        atSeq.contains(QStringLiteral("offers ") + str(second.value(QStringLiteral("server_row")).toObject(), "id")));
}

void TestServerOffers::placeCarriesAtMostCountOffers()
{
    const Place p = place(1);
    const Family a = family();
    const Family b = family();
    QString aOffer;
    QCOMPARE(str(offer(QStringLiteral("regie"), a.applicationId, p, QStringLiteral("sent"), &aOffer), "status"),
             QStringLiteral("applied"));
    QString refused;
    const QJsonObject r = offer(QStringLiteral("regie"), b.applicationId, p, QStringLiteral("sent"), &refused);
    QCOMPARE(str(r, "status"), QStringLiteral("rejected"));
    QCOMPARE(str(r, "reason"), PlacementProblems::reason(PlacementProblems::kPlaceTaken));
    QCOMPARE(str(r, "reason"), QStringLiteral("invalid: this place was just offered to another family"));
    QVERIFY(m_server.storedRow(kOffers, refused).isEmpty());
    QCOMPARE(status(kApplications, b.applicationId), QStringLiteral("submitted"));
    QCOMPARE(seatsHeld(p.id), 1);

    // A proposed offer holds no seat; sending it while the seat is taken is refused the same way.
    QString proposed;
    QCOMPARE(str(offer(QStringLiteral("regie"), b.applicationId, p, QStringLiteral("proposed"), &proposed), "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(setStatus(QStringLiteral("regie"), kOffers, proposed, QStringLiteral("sent")), "reason"),
             PlacementProblems::reason(PlacementProblems::kPlaceTaken));
    QCOMPARE(status(kOffers, proposed), QStringLiteral("proposed"));
    // Once the first family declines, the seat is free again.
    QCOMPARE(str(setStatus(QStringLiteral("loket"), kOffers, aOffer, QStringLiteral("declined")), "status"),
             QStringLiteral("applied"));
    QCOMPARE(status(kPlaces, p.id), QStringLiteral("open"));
    QCOMPARE(str(setStatus(QStringLiteral("regie"), kOffers, proposed, QStringLiteral("sent")), "status"),
             QStringLiteral("applied"));
    QCOMPARE(status(kPlaces, p.id), QStringLiteral("reserved"));
    QCOMPARE(seatsHeld(p.id), 1);

    // The count never drops below the seats held; a new count settles the place's status anew.
    const Place two = place(2);
    QCOMPARE(str(offer(QStringLiteral("regie"), family().applicationId, two), "status"), QStringLiteral("applied"));
    QCOMPARE(str(offer(QStringLiteral("regie"), family().applicationId, two), "status"), QStringLiteral("applied"));
    QCOMPARE(status(kPlaces, two.id), QStringLiteral("reserved"));
    const auto setCount = [&](int from, int to) {
        const qint64 version = m_server.storedRow(kPlaces, two.id).value(QStringLiteral("version")).toInteger();
        return m_accounts.pushOne(QStringLiteral("loket"),
                                  update(kPlaces, two.id, version, {{QStringLiteral("count"), change(from, to)}}));
    };
    QCOMPARE(str(setCount(2, 1), "reason"), PlacementProblems::reason("count", PlacementProblems::kCountBelowOffers));
    QCOMPARE(str(setCount(2, 3), "status"), QStringLiteral("applied"));
    QCOMPARE(status(kPlaces, two.id), QStringLiteral("open"));
    QCOMPARE(str(setCount(3, 2), "status"), QStringLiteral("applied"));
    QCOMPARE(status(kPlaces, two.id), QStringLiteral("reserved"));
}

void TestServerOffers::lastSeatRaceFirstPushWins()
{
    // Two coordinators, both offline, each offer the last seat of a place to another family from the same copy.
    const Place p = place(1);
    const Family a = family();
    const Family b = family();
    const QJsonObject mine = offerRow(a.applicationId, p, QStringLiteral("sent"));
    const QJsonObject theirs = offerRow(b.applicationId, p, QStringLiteral("sent"));
    // Back online: the first push wins, the second is refused and writes nothing.
    const QJsonObject won = m_accounts.pushOne(QStringLiteral("regie"), insert(kOffers, mine));
    const QJsonObject lost = m_accounts.pushOne(QStringLiteral("regie2"), insert(kOffers, theirs));
    QCOMPARE(str(won, "status"), QStringLiteral("applied"));
    QCOMPARE(str(lost, "status"), QStringLiteral("rejected"));
    QCOMPARE(str(lost, "reason"), QStringLiteral("invalid: this place was just offered to another family"));
    QCOMPARE(lost.value(QStringLiteral("seq")).toInteger(), 0); // it wrote nothing
    QCOMPARE(m_server.storage().rowsNaming(kOffers, QStringLiteral("free_place_id"), p.id).size(), 1);
    QCOMPARE(seatsHeld(p.id), 1);
    QCOMPARE(status(kPlaces, p.id), QStringLiteral("reserved"));
    QCOMPARE(status(kApplications, a.applicationId), QStringLiteral("offered"));
    QCOMPARE(status(kApplications, b.applicationId), QStringLiteral("submitted"));
    // The same race inside one batch: the batch's second offer finds the seat taken by its first.
    const Place q = place(1);
    const QJsonArray both = m_accounts.pushAll(QStringLiteral("regie"),
                                               {insert(kOffers, offerRow(a.applicationId, q, QStringLiteral("sent"))),
                                                insert(kOffers, offerRow(b.applicationId, q, QStringLiteral("sent")))});
    QCOMPARE(str(both.at(0).toObject(), "status"), QStringLiteral("applied"));
    QCOMPARE(str(both.at(1).toObject(), "reason"), PlacementProblems::reason(PlacementProblems::kPlaceTaken));
    QCOMPARE(seatsHeld(q.id), 1);
}

void TestServerOffers::offeredNeedsASentOffer()
{
    const Family f = family();
    QCOMPARE(
        str(setStatus(QStringLiteral("loket"), kApplications, f.applicationId, QStringLiteral("in_review")), "status"),
        QStringLiteral("applied"));
    const QString offered = PlacementProblems::reason("status", PlacementProblems::kOfferedNeedsSentOffer);
    QCOMPARE(
        str(setStatus(QStringLiteral("loket"), kApplications, f.applicationId, QStringLiteral("offered")), "reason"),
        offered);
    const Place p = place(1);
    QString id;
    QCOMPARE(str(offer(QStringLiteral("regie"), f.applicationId, p, QStringLiteral("proposed"), &id), "status"),
             QStringLiteral("applied"));
    QCOMPARE(status(kApplications, f.applicationId), QStringLiteral("in_review")); // proposed: not told yet
    QCOMPARE(
        str(setStatus(QStringLiteral("loket"), kApplications, f.applicationId, QStringLiteral("offered")), "reason"),
        offered);
    QCOMPARE(str(setStatus(QStringLiteral("regie"), kOffers, id, QStringLiteral("sent")), "status"),
             QStringLiteral("applied"));
    QCOMPARE(status(kApplications, f.applicationId), QStringLiteral("offered"));
}

void TestServerOffers::acceptingFillsThePlaceWithdrawsOtherOffersAndResolvesTheEntry()
{
    const Family f = family();
    const QJsonObject entry = emergencyRow(kAntwerpen, f.applicationId, f.parentId);
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("loket"), insert(kEntries, entry)), "status"),
             QStringLiteral("applied"));
    const Place chosen = place(1);
    const Place other = place(1);
    const Place later = place(2);
    QString accepted, alsoSent, proposed;
    offer(QStringLiteral("regie"), f.applicationId, chosen, QStringLiteral("sent"), &accepted);
    offer(QStringLiteral("regie"), f.applicationId, other, QStringLiteral("sent"), &alsoSent);
    offer(QStringLiteral("regie"), f.applicationId, later, QStringLiteral("proposed"), &proposed);
    QCOMPARE(status(kPlaces, other.id), QStringLiteral("reserved"));

    // The counter records the family's yes: the offer's status alone.
    const QJsonObject r = setStatus(QStringLiteral("loket"), kOffers, accepted, QStringLiteral("accepted"));
    QCOMPARE(str(r, "status"), QStringLiteral("applied"));
    QCOMPARE(status(kApplications, f.applicationId), QStringLiteral("accepted"));
    QCOMPARE(status(kPlaces, chosen.id), QStringLiteral("filled"));
    QCOMPARE(status(kOffers, alsoSent), QStringLiteral("withdrawn"));
    QCOMPARE(status(kPlaces, other.id), QStringLiteral("open")); // its seat is free again
    QCOMPARE(status(kOffers, proposed), QStringLiteral("withdrawn"));
    QCOMPARE(status(kPlaces, later.id), QStringLiteral("open"));
    const QJsonObject resolved = m_server.storedRow(kEntries, str(entry, "id"));
    QCOMPARE(str(resolved, "status"), QStringLiteral("resolved"));
    QCOMPARE(str(resolved, "resolution"), QStringLiteral("placed"));
    // All in the accepting mutation's transaction: one seq.
    const qint64 seq = r.value(QStringLiteral("seq")).toInteger();
    for (const auto& [table, id] : QList<QPair<QString, QString>>{{kApplications, f.applicationId},
                                                                  {kPlaces, chosen.id},
                                                                  {kOffers, alsoSent},
                                                                  {kPlaces, other.id},
                                                                  {kEntries, str(entry, "id")}})
        QCOMPARE(m_server.storage().findRow(table, id)->seq, seq);
    // Placed follows when care starts; the accepted offer stays as it is.
    QCOMPARE(
        str(setStatus(QStringLiteral("loket"), kApplications, f.applicationId, QStringLiteral("placed")), "status"),
        QStringLiteral("applied"));
    QCOMPARE(str(setStatus(QStringLiteral("loket"), kOffers, accepted, QStringLiteral("declined")), "reason"),
             PlacementProblems::reason("status", PlacementProblems::kOfferStep));
}

void TestServerOffers::declineReturnsTheApplicationUnlessAnotherOfferIsSent()
{
    const Family f = family();
    const Place p = place(1);
    const Place q = place(1);
    QString first, second;
    offer(QStringLiteral("regie"), f.applicationId, p, QStringLiteral("sent"), &first);
    offer(QStringLiteral("regie"), f.applicationId, q, QStringLiteral("sent"), &second);
    QCOMPARE(str(setStatus(QStringLiteral("loket"), kOffers, first, QStringLiteral("declined")), "status"),
             QStringLiteral("applied"));
    QCOMPARE(status(kApplications, f.applicationId), QStringLiteral("offered")); // the other offer still stands
    QCOMPARE(status(kPlaces, p.id), QStringLiteral("open"));
    QCOMPARE(status(kPlaces, q.id), QStringLiteral("reserved"));
    QCOMPARE(str(setStatus(QStringLiteral("regie"), kOffers, second, QStringLiteral("withdrawn")), "status"),
             QStringLiteral("applied"));
    QCOMPARE(status(kApplications, f.applicationId), QStringLiteral("in_review"));
    QCOMPARE(status(kPlaces, q.id), QStringLiteral("open"));
}

void TestServerOffers::offerStepsAreEnforced()
{
    const Family f = family();
    const Place p = place(1);
    QCOMPARE(str(offer(QStringLiteral("regie"), f.applicationId, p, QStringLiteral("accepted")), "reason"),
             PlacementProblems::reason("status", PlacementProblems::kNewOffer));
    QString id;
    QCOMPARE(str(offer(QStringLiteral("regie"), f.applicationId, p, QStringLiteral("sent"), &id), "status"),
             QStringLiteral("applied"));
    const QString step = PlacementProblems::reason("status", PlacementProblems::kOfferStep);
    QCOMPARE(str(setStatus(QStringLiteral("regie"), kOffers, id, QStringLiteral("proposed")), "reason"), step);
    // A sent offer keeps its place and is withdrawn, never deleted.
    const Place elsewhere = place(1);
    const QJsonObject stored = m_server.storedRow(kOffers, id);
    const qint64 version = stored.value(QStringLiteral("version")).toInteger();
    QCOMPARE(
        str(m_accounts.pushOne(QStringLiteral("regie"),
                               update(kOffers, id, version,
                                      {{QStringLiteral("free_place_id"), change(p.id, elsewhere.id)},
                                       {QStringLiteral("location_id"), change(p.locationId, elsewhere.locationId)}})),
            "reason"),
        PlacementProblems::reason("free_place_id", PlacementProblems::kOfferKeepsItsPlace));
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("admin"), remove(kOffers, id, version)), "reason"),
             PlacementProblems::reason("status", PlacementProblems::kWithdrawNotDelete));
    QVERIFY(!m_server.storedRow(kOffers, id).isEmpty());
    // Only an offered application accepts: one a counter took back to review does not.
    QCOMPARE(
        str(setStatus(QStringLiteral("loket"), kApplications, f.applicationId, QStringLiteral("in_review")), "status"),
        QStringLiteral("applied"));
    QCOMPARE(str(setStatus(QStringLiteral("loket"), kOffers, id, QStringLiteral("accepted")), "reason"),
             PlacementProblems::reason("status", PlacementProblems::kAcceptNeedsOffered));
    QCOMPARE(str(setStatus(QStringLiteral("loket"), kOffers, id, QStringLiteral("declined")), "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(setStatus(QStringLiteral("regie"), kOffers, id, QStringLiteral("sent")), "reason"), step);
    // A proposed offer may be deleted; a withdrawn place is offered to nobody.
    QString proposed;
    offer(QStringLiteral("regie"), f.applicationId, p, QStringLiteral("proposed"), &proposed);
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("admin"), remove(kOffers, proposed, 1)), "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(setStatus(QStringLiteral("regie"), kPlaces, elsewhere.id, QStringLiteral("withdrawn")), "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(offer(QStringLiteral("regie"), f.applicationId, elsewhere), "reason"),
             PlacementProblems::reason("free_place_id", PlacementProblems::kPlaceWithdrawn));
    // A closed application waits for no place.
    QCOMPARE(str(setStatus(QStringLiteral("loket"), kApplications, f.applicationId, QStringLiteral("cancelled"),
                           {{QStringLiteral("closed_reason"), change(QJsonValue(), QStringLiteral("moved away"))}}),
                 "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(offer(QStringLiteral("regie"), f.applicationId, p), "reason"),
             PlacementProblems::reason("application_id", PlacementProblems::kNotWaiting));
    QCOMPARE(seatsHeld(p.id), 0);
}

void TestServerOffers::expiryRoundExpiresOffersPastTheirDate()
{
    const Family f = family();
    const Place p = place(1);
    QString id;
    QCOMPARE(str(offer(QStringLiteral("regie"), f.applicationId, p, QStringLiteral("sent"), &id, 60), "status"),
             QStringLiteral("applied"));
    const QDate respondBy = QDate::fromString(str(m_server.storedRow(kOffers, id), "respond_by"), Qt::ISODate);
    QCOMPARE(respondBy, QDate::currentDate().addDays(60));
    OfferExpiry& expiry = m_server.server().offerExpiry();
    QDateTime now(respondBy.addDays(-1), QTime(12, 0));
    expiry.setClock([&now] { return now; });
    expiry.runOnce(); // the earlier tests' offers, due within a week
    QCOMPARE(status(kOffers, id), QStringLiteral("sent"));
    now = now.addDays(1);
    QCOMPARE(expiry.runOnce(), 0); // the respond-by day itself is still in time
    QCOMPARE(status(kOffers, id), QStringLiteral("sent"));
    now = now.addDays(1);
    QCOMPARE(expiry.runOnce(), 1);
    const QJsonObject expired = m_server.storedRow(kOffers, id);
    QCOMPARE(str(expired, "status"), QStringLiteral("expired"));
    QCOMPARE(expired.value(QStringLiteral("updated_by")), QJsonValue()); // the server's own write
    QCOMPARE(status(kApplications, f.applicationId), QStringLiteral("in_review"));
    QCOMPARE(status(kPlaces, p.id), QStringLiteral("open"));
    QCOMPARE(m_server.storage().findRow(kApplications, f.applicationId)->seq,
             m_server.storage().findRow(kOffers, id)->seq);
    QCOMPARE(expiry.runOnce(), 0); // once
    // Clients pull it like any other change.
    bool seen = false;
    for (const QJsonObject& c : m_server.pullAll(m_accounts.token(QStringLiteral("loket")))) {
        if (str(c, "id") == id)
            seen = str(c.value(QStringLiteral("row")).toObject(), "status") == QLatin1String("expired");
    }
    QVERIFY(seen);
}

void TestServerOffers::referrerChangesNoStateAndNoOffer()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("ref"), kAntwerpen);
    const Place p = place(1);
    QVERIFY(str(setStatus(QStringLiteral("ref"), kApplications, f.applicationId, QStringLiteral("in_review")), "reason")
                .startsWith(QLatin1String("forbidden:")));
    QVERIFY(str(offer(QStringLiteral("ref"), f.applicationId, p), "reason").startsWith(QLatin1String("forbidden:")));
    QString id;
    QCOMPARE(str(offer(QStringLiteral("regie"), f.applicationId, p, QStringLiteral("sent"), &id), "status"),
             QStringLiteral("applied"));
    // The family's answer is the counter's to record: a referrer does not see offers at all.
    QCOMPARE(str(setStatus(QStringLiteral("ref"), kOffers, id, QStringLiteral("accepted")), "status"),
             QStringLiteral("gone"));
    QCOMPARE(status(kOffers, id), QStringLiteral("sent"));
    QCOMPARE(status(kApplications, f.applicationId), QStringLiteral("offered"));
}

QTEST_GUILESS_MAIN(TestServerOffers)
#include "TestServerOffers.moc"

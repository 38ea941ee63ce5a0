#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "domain/Uuid.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>
#include <QtTest>

// The joint allocation over HTTP (docs/PROTOCOL.md "Rule sets", "Allocation"): the rule sets, a region's rule set
// chosen by its coordinator, a draft that changes nothing and explains every application, the same seed giving the
// same draft, confirmation into sent offers, offered applications, reserved places and offer mails in one
// transaction, the stale draft refused with nothing written, discard, role and region refusals, bad input. On both
// storage dialects.
using namespace TestMutations;

namespace {

const QString kAntwerpen = QStringLiteral("antwerpen");
const QString kMechelen = QStringLiteral("mechelen");

QString desiredStart()
{
    return QDate::currentDate().addMonths(9).toString(Qt::ISODate); // TestMutations::applicationRow's
}

} // namespace

class TestServerAllocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ruleSetsAreListedForEveryone();
    void regionRuleSetIsChosenByItsCoordinator();
    void countersReferrersAndOtherRegionsAreRefused();
    void badInputIsRefusedAndChangesNothing();
    void draftChangesNothingAndExplainsEveryApplication();
    void confirmMakesOffersMailsAndReservesPlaces();
    void staleDraftIsRefusedWithNothingWritten();
    void discardLeavesOnlyTheAuditTrail();

private:
    // A one-location place with `count` seats starting on the applications' desired start.
    QString place(int count, QString* locationId);
    // Files a family whose application prefers `locations`, with the given priority grounds.
    QString family(const QStringList& locations, const QJsonObject& priority = QJsonObject());
    HttpReply post(const QString& user, const QString& path, const QJsonObject& body)
    {
        return m_server.http().post(path, body, m_accounts.token(user));
    }
    HttpReply get(const QString& user, const QString& path)
    {
        return m_server.http().get(path, m_accounts.token(user));
    }
    // A fresh region state for one test: every open application of Antwerp cancelled, so runs see only its own.
    void closeOpenApplications();
    int offersOfRun(const QString& runId);

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
};

void TestServerAllocation::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("admin"), QStringLiteral("admin"), {}},
                                {QStringLiteral("regie"), QStringLiteral("coordinator"), {kAntwerpen}},
                                {QStringLiteral("regie.mechelen"), QStringLiteral("coordinator"), {kMechelen}},
                                {QStringLiteral("loket"), QStringLiteral("counter"), {kAntwerpen}},
                                {QStringLiteral("ref"), QStringLiteral("referrer"), {kAntwerpen}}},
                               &error),
             qPrintable(error));
    for (const QString& region : {kAntwerpen, kMechelen}) {
        const QJsonObject row{{QStringLiteral("id"), region},
                              {QStringLiteral("region_id"), region},
                              {QStringLiteral("name"), region.toUpper()},
                              {QStringLiteral("municipalities"), QJsonArray()}};
        QCOMPARE(str(m_accounts.pushOne(QStringLiteral("admin"), insert(QStringLiteral("regions"), row)), "status"),
                 QStringLiteral("applied"));
    }
}

QString TestServerAllocation::place(int count, QString* locationId)
{
    const QJsonObject location = locationRow(kAntwerpen);
    QJsonObject row = freePlaceRow(kAntwerpen, str(location, "id"));
    row.insert(QStringLiteral("count"), count);
    row.insert(QStringLiteral("available_from"), desiredStart());
    const QJsonArray r = m_accounts.pushAll(QStringLiteral("admin"), {insert(QStringLiteral("locations"), location),
                                                                      insert(QStringLiteral("free_places"), row)});
    if (str(r.at(1).toObject(), "status") != QLatin1String("applied"))
        qWarning() << "setting up a place:" << r;
    *locationId = str(location, "id");
    return str(row, "id");
}

QString TestServerAllocation::family(const QStringList& locations, const QJsonObject& priority)
{
    const QJsonObject parent = parentRow(kAntwerpen);
    const QJsonObject child = childRow(kAntwerpen, str(parent, "id"));
    QJsonObject application = applicationRow(kAntwerpen, str(parent, "id"), str(child, "id"));
    application.insert(QStringLiteral("preferences"), QJsonArray::fromStringList(locations));
    application.insert(QStringLiteral("priority"), priority);
    const QJsonArray r = m_accounts.pushAll(
        QStringLiteral("loket"), {insert(QStringLiteral("parents"), parent), insert(QStringLiteral("children"), child),
                                  insert(QStringLiteral("applications"), application)});
    if (str(r.at(2).toObject(), "status") != QLatin1String("applied"))
        qWarning() << "filing a family:" << r;
    return str(application, "id");
}

void TestServerAllocation::closeOpenApplications()
{
    for (const StoredRow& row : m_server.storage().rowsOfRegion(QStringLiteral("applications"), kAntwerpen)) {
        const QString status = str(row.row, "status");
        if (status != QLatin1String("submitted") && status != QLatin1String("in_review"))
            continue;
        m_accounts.pushOne(QStringLiteral("admin"),
                           update(QStringLiteral("applications"), str(row.row, "id"), 0,
                                  {{QStringLiteral("status"), change(status, QStringLiteral("cancelled"))},
                                   {QStringLiteral("closed_reason"), change(QJsonValue(), QStringLiteral("test"))}}));
    }
}

int TestServerAllocation::offersOfRun(const QString& runId)
{
    int n = 0;
    for (const StoredRow& row : m_server.storage().rowsOfRegion(QStringLiteral("offers"), kAntwerpen))
        n += str(row.row, "allocation_run_id") == runId ? 1 : 0;
    return n;
}

void TestServerAllocation::ruleSetsAreListedForEveryone()
{
    for (const QString& user : {QStringLiteral("loket"), QStringLiteral("ref"), QStringLiteral("regie")}) {
        const HttpReply reply = get(user, QStringLiteral("/api/v1/rule-sets"));
        QCOMPARE(reply.status, 200);
        const QJsonArray sets = reply.json.value(QStringLiteral("rule_sets")).toArray();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(str(sets.at(0).toObject(), "id"), QStringLiteral("vl-2019"));
        QCOMPARE(str(sets.at(1).toObject(), "valid_to"), QStringLiteral("2025-04-29"));
        QVERIFY(!sets.at(1).toObject().value(QStringLiteral("tiers")).toArray().isEmpty());
    }
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/rule-sets")).status, 401);
}

void TestServerAllocation::regionRuleSetIsChosenByItsCoordinator()
{
    const auto set = [&](const QString& user, const QString& region, const QJsonValue& to,
                         const QString& field = QStringLiteral("rule_set_id")) {
        const QJsonObject row = m_server.storedRow(QStringLiteral("regions"), region);
        return m_accounts.pushOne(
            user, update(QStringLiteral("regions"), region, 0, {{field, change(row.value(field), to)}}));
    };
    QCOMPARE(str(set(QStringLiteral("regie"), kAntwerpen, QStringLiteral("vl-2024")), "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(m_server.storedRow(QStringLiteral("regions"), kAntwerpen), "rule_set_id"), QStringLiteral("vl-2024"));
    // Another region's row is not even visible to this coordinator: "gone", and unchanged.
    QCOMPARE(str(set(QStringLiteral("regie"), kMechelen, QStringLiteral("vl-2024")), "status"), QStringLiteral("gone"));
    QVERIFY(m_server.storedRow(QStringLiteral("regions"), kMechelen).value(QStringLiteral("rule_set_id")).isNull());
    QVERIFY(str(set(QStringLiteral("loket"), kAntwerpen, QStringLiteral("vl-2019")), "reason")
                .startsWith(QStringLiteral("forbidden")));
    QVERIFY(
        str(set(QStringLiteral("regie"), kAntwerpen, QStringLiteral("Nieuwe naam"), QStringLiteral("name")), "reason")
            .startsWith(QStringLiteral("forbidden")));
    const QJsonObject unknown = set(QStringLiteral("regie"), kAntwerpen, QStringLiteral("vl-1999"));
    QCOMPARE(str(unknown, "status"), QStringLiteral("rejected"));
    QVERIFY(str(unknown, "reason").contains(QStringLiteral("rule_set_id")));
    QCOMPARE(str(set(QStringLiteral("admin"), kAntwerpen, QStringLiteral("vl-2019")), "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(m_server.storedRow(QStringLiteral("regions"), kAntwerpen), "rule_set_id"), QStringLiteral("vl-2019"));
}

void TestServerAllocation::countersReferrersAndOtherRegionsAreRefused()
{
    const QJsonObject body{{QStringLiteral("region_id"), kAntwerpen}};
    QCOMPARE(post(QStringLiteral("loket"), QStringLiteral("/api/v1/allocation/runs"), body).status, 403);
    QCOMPARE(post(QStringLiteral("ref"), QStringLiteral("/api/v1/allocation/runs"), body).status, 403);
    QCOMPARE(post(QStringLiteral("regie.mechelen"), QStringLiteral("/api/v1/allocation/runs"), body).status, 403);
    QCOMPARE(get(QStringLiteral("loket"), QStringLiteral("/api/v1/allocation/runs?region_id=antwerpen")).status, 403);
    const HttpReply made = post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs"), body);
    QCOMPARE(made.status, 201);
    const QString run = QStringLiteral("/api/v1/allocation/runs/") + str(made.json, "id");
    QCOMPARE(get(QStringLiteral("regie.mechelen"), run).status, 403);
    QCOMPARE(get(QStringLiteral("loket"), run).status, 403);
    const QJsonObject respond{{QStringLiteral("respond_by"), QDate::currentDate().addDays(7).toString(Qt::ISODate)}};
    QCOMPARE(post(QStringLiteral("loket"), run + QStringLiteral("/confirm"), respond).status, 403);
    QCOMPARE(post(QStringLiteral("regie.mechelen"), run + QStringLiteral("/discard"), {}).status, 403);
    QCOMPARE(str(get(QStringLiteral("admin"), run).json, "status"), QStringLiteral("draft")); // still untouched
    QCOMPARE(post(QStringLiteral("admin"), run + QStringLiteral("/discard"), {}).status, 200);
}

void TestServerAllocation::badInputIsRefusedAndChangesNothing()
{
    const QString runs = QStringLiteral("/api/v1/allocation/runs");
    const qint64 seq = m_server.storage().currentSeq();
    const int before = m_server.storage().allocationRuns(kAntwerpen).size();
    const QList<QPair<QJsonObject, QString>> cases{
        {{{QStringLiteral("region_id"), QStringLiteral("gent")}}, QStringLiteral("region_id")},
        {{{QStringLiteral("region_id"), kAntwerpen}, {QStringLiteral("seed"), -1}}, QStringLiteral("seed")},
        {{{QStringLiteral("region_id"), kAntwerpen}, {QStringLiteral("seed"), 1.5}}, QStringLiteral("seed")},
        {{{QStringLiteral("region_id"), kAntwerpen}, {QStringLiteral("rule_set_id"), QStringLiteral("vl-1999")}},
         QStringLiteral("rule_set_id")},
        {{{QStringLiteral("region_id"), kAntwerpen}, {QStringLiteral("as_of"), QStringLiteral("morgen")}},
         QStringLiteral("as_of")}};
    for (const auto& c : cases) {
        const HttpReply reply = post(QStringLiteral("regie"), runs, c.first);
        QCOMPARE(reply.status, 422);
        QVERIFY2(reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .startsWith(c.second),
                 reply.body.constData());
    }
    QCOMPARE(m_server.http().postRaw(runs, "[1,2", m_accounts.token(QStringLiteral("regie"))).status, 400);
    QCOMPARE(get(QStringLiteral("regie"), runs + QStringLiteral("/") + Uuid::v7()).status, 404);
    QCOMPARE(get(QStringLiteral("regie"), runs + QStringLiteral("?region_id=")).status, 422);
    const HttpReply made = post(QStringLiteral("regie"), runs, {{QStringLiteral("region_id"), kAntwerpen}});
    const QString id = str(made.json, "id");
    QCOMPARE(post(QStringLiteral("regie"), runs + QStringLiteral("/") + id + QStringLiteral("/confirm"),
                  {{QStringLiteral("respond_by"), QStringLiteral("2020-01-01")}})
                 .status,
             422);
    QCOMPARE(m_server.storage().currentSeq(), seq);
    QCOMPARE(m_server.storage().allocationRuns(kAntwerpen).size(), before + 1); // only the good draft
    QCOMPARE(post(QStringLiteral("regie"), runs + QStringLiteral("/") + id + QStringLiteral("/discard"), {}).status,
             200);
}

void TestServerAllocation::draftChangesNothingAndExplainsEveryApplication()
{
    closeOpenApplications();
    QString one, two;
    const QString small = place(1, &one);
    place(1, &two);
    const QString worker = family({one, two}, {{QStringLiteral("work_or_training"), true}});
    const QString other = family({one});
    const QString third = family({two});
    const QString none = family({}); // no preference: no eligible place
    const qint64 seq = m_server.storage().currentSeq();
    const QJsonObject body{{QStringLiteral("region_id"), kAntwerpen}, {QStringLiteral("seed"), 20261207}};
    const HttpReply draft = post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs"), body);
    QCOMPARE(draft.status, 201);
    QCOMPARE(m_server.storage().currentSeq(), seq); // a draft writes no synced row
    QCOMPARE(str(draft.json, "status"), QStringLiteral("draft"));
    QCOMPARE(str(draft.json, "rule_set_id"), QStringLiteral("vl-2019")); // the region's
    QCOMPARE(draft.json.value(QStringLiteral("seed")).toInteger(), 20261207);
    const QJsonArray assignments = draft.json.value(QStringLiteral("assignments")).toArray();
    QCOMPARE(assignments.size(), 4);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& a : assignments)
        byId.insert(str(a.toObject(), "application_id"), a.toObject());
    QCOMPARE(str(byId.value(worker), "free_place_id"), small); // tier 2 beats tier 3 at the first location
    QCOMPARE(str(byId.value(worker).value(QStringLiteral("reason")).toObject(), "code"), QStringLiteral("matched"));
    QCOMPARE(str(byId.value(other).value(QStringLiteral("reason")).toObject(), "code"), QStringLiteral("outranked"));
    QVERIFY(byId.value(other).value(QStringLiteral("free_place_id")).isNull());
    QCOMPARE(str(byId.value(third), "location_id"), two);
    QCOMPARE(str(byId.value(none).value(QStringLiteral("reason")).toObject(), "code"),
             QStringLiteral("no_eligible_place"));
    for (const QJsonObject& a : qAsConst(byId)) {
        const QJsonObject text = a.value(QStringLiteral("reason")).toObject().value(QStringLiteral("text")).toObject();
        QVERIFY(!str(text, "nl").isEmpty() && !str(text, "fr").isEmpty() && !str(text, "en").isEmpty());
        QVERIFY(a.value(QStringLiteral("lottery")).toDouble() >= 0 &&
                a.value(QStringLiteral("lottery")).toDouble() < 1);
    }
    const QJsonObject summary = draft.json.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("matched")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("unmatched")).toInt(), 2);
    // The same seed on the same data: the same assignments, byte for byte.
    const HttpReply again = post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs"), body);
    QCOMPARE(again.json.value(QStringLiteral("assignments")), draft.json.value(QStringLiteral("assignments")));
    QVERIFY(str(again.json, "id") != str(draft.json, "id"));
    const HttpReply listed =
        get(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs?region_id=antwerpen"));
    QCOMPARE(listed.status, 200);
    const QJsonObject newest = listed.json.value(QStringLiteral("runs")).toArray().first().toObject();
    QCOMPARE(str(newest, "id"), str(again.json, "id"));
    QVERIFY(!newest.contains(QStringLiteral("assignments")));
    QCOMPARE(str(newest, "created_by"), m_accounts.accountId(QStringLiteral("regie")));
    for (const QString& id : {str(draft.json, "id"), str(again.json, "id")})
        post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs/%1/discard").arg(id), {});
}

void TestServerAllocation::confirmMakesOffersMailsAndReservesPlaces()
{
    closeOpenApplications();
    QString location;
    const QString full = place(1, &location);
    QString second;
    const QString half = place(2, &second);
    const QString a = family({location});
    const QString b = family({second});
    // Left without a place: one with social reasons is proposed for the emergency list, one without is not.
    const QString urgent = family({}, {{QStringLiteral("social_reasons"), true}});
    family({});
    const HttpReply draft = post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs"),
                                 {{QStringLiteral("region_id"), kAntwerpen}});
    QCOMPARE(draft.status, 201);
    const QString id = str(draft.json, "id");
    const QString respondBy = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    const HttpReply confirmed =
        post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs/%1/confirm").arg(id),
             {{QStringLiteral("respond_by"), respondBy}});
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(str(confirmed.json, "status"), QStringLiteral("confirmed"));
    QCOMPARE(confirmed.json.value(QStringLiteral("offers")).toInt(), 2);
    QCOMPARE(str(confirmed.json, "confirmed_by"), m_accounts.accountId(QStringLiteral("regie")));
    const QJsonArray proposals = confirmed.json.value(QStringLiteral("emergency_proposals")).toArray();
    QCOMPARE(proposals.size(), 1);
    QCOMPARE(str(proposals.first().toObject(), "application_id"), urgent);
    QCOMPARE(proposals.first().toObject().value(QStringLiteral("reasons")).toArray(),
             QJsonArray{QStringLiteral("social_reasons")});
    QCOMPARE(offersOfRun(id), 2);
    for (const StoredRow& offer : m_server.storage().rowsOfRegion(QStringLiteral("offers"), kAntwerpen)) {
        if (str(offer.row, "allocation_run_id") != id)
            continue;
        QCOMPARE(str(offer.row, "status"), QStringLiteral("sent"));
        QCOMPARE(str(offer.row, "respond_by"), respondBy);
        QVERIFY(str(offer.row, "explanation").startsWith(QStringLiteral("Plaats bij")));
    }
    QCOMPARE(str(m_server.storedRow(QStringLiteral("applications"), a), "status"), QStringLiteral("offered"));
    QCOMPARE(str(m_server.storedRow(QStringLiteral("applications"), b), "status"), QStringLiteral("offered"));
    QCOMPARE(str(m_server.storedRow(QStringLiteral("free_places"), full), "status"), QStringLiteral("reserved"));
    QCOMPARE(str(m_server.storedRow(QStringLiteral("free_places"), half), "status"), QStringLiteral("open")); // 1 of 2
    int mails = 0;
    for (const StoredRow& message : m_server.storage().rowsOfRegion(QStringLiteral("messages"), kAntwerpen)) {
        const QString app = str(message.row, "application_id");
        mails += (app == a || app == b) && str(message.row, "template") == QLatin1String("offer_made") ? 1 : 0;
    }
    QCOMPARE(mails, 2);
    // The offers reach the counter's client by pull like any row.
    int pulled = 0;
    for (const QJsonObject& change : m_server.pullAll(m_accounts.token(QStringLiteral("loket"))))
        pulled += str(change, "table") == QLatin1String("offers") &&
                          str(change.value(QStringLiteral("row")).toObject(), "allocation_run_id") == id
                      ? 1
                      : 0;
    QCOMPARE(pulled, 2);
    QCOMPARE(post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs/%1/confirm").arg(id),
                  {{QStringLiteral("respond_by"), respondBy}})
                 .errorCode(),
             QStringLiteral("not_draft"));
    QStringList actions;
    for (const AuditRecord& r : m_server.storage().auditOf(QStringLiteral("allocation_runs"), id))
        actions.append(r.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("allocation.draft"), QStringLiteral("allocation.confirm")}));
}

void TestServerAllocation::staleDraftIsRefusedWithNothingWritten()
{
    closeOpenApplications();
    QString location;
    const QString placeId = place(2, &location);
    const QString a = family({location});
    family({location});
    const HttpReply draft = post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs"),
                                 {{QStringLiteral("region_id"), kAntwerpen}});
    const QString id = str(draft.json, "id");
    // A counter changes one application of the run meanwhile.
    const QJsonObject row = m_server.storedRow(QStringLiteral("applications"), a);
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("loket"),
                                    update(QStringLiteral("applications"), a, 0,
                                           {{QStringLiteral("start_flexibility_weeks"),
                                             change(row.value(QStringLiteral("start_flexibility_weeks")), 2)}})),
                 "status"),
             QStringLiteral("applied"));
    const qint64 seq = m_server.storage().currentSeq();
    const HttpReply refused =
        post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs/%1/confirm").arg(id),
             {{QStringLiteral("respond_by"), QDate::currentDate().addDays(7).toString(Qt::ISODate)}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("stale"));
    QCOMPARE(m_server.storage().currentSeq(), seq);
    QCOMPARE(offersOfRun(id), 0);
    QCOMPARE(str(m_server.storedRow(QStringLiteral("free_places"), placeId), "status"), QStringLiteral("open"));
    QCOMPARE(str(get(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs/") + id).json, "status"),
             QStringLiteral("draft"));
    // A seat offered by hand meanwhile (the place's row unchanged) is caught by the offer rules: stale too.
    const HttpReply fresh = post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs"),
                                 {{QStringLiteral("region_id"), kAntwerpen}});
    QJsonObject byHand = offerRow(kAntwerpen, a, placeId, location);
    byHand.insert(QStringLiteral("status"), QStringLiteral("sent"));
    byHand.insert(QStringLiteral("respond_by"), QDate::currentDate().addDays(7).toString(Qt::ISODate));
    const QJsonObject first = m_accounts.pushOne(QStringLiteral("loket"), insert(QStringLiteral("offers"), byHand));
    QCOMPARE(str(first, "status"), QStringLiteral("applied"));
    const HttpReply late =
        post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs/%1/confirm").arg(str(fresh.json, "id")),
             {{QStringLiteral("respond_by"), QDate::currentDate().addDays(7).toString(Qt::ISODate)}});
    QCOMPARE(late.status, 409);
    QCOMPARE(late.errorCode(), QStringLiteral("stale"));
    QCOMPARE(offersOfRun(str(fresh.json, "id")), 0);
}

void TestServerAllocation::discardLeavesOnlyTheAuditTrail()
{
    const HttpReply draft =
        post(QStringLiteral("admin"), QStringLiteral("/api/v1/allocation/runs"),
             {{QStringLiteral("region_id"), kAntwerpen}, {QStringLiteral("rule_set_id"), QStringLiteral("vl-2024")}});
    QCOMPARE(draft.status, 201);
    QCOMPARE(str(draft.json, "rule_set_id"), QStringLiteral("vl-2024"));
    const QString id = str(draft.json, "id");
    const qint64 seq = m_server.storage().currentSeq();
    const HttpReply discarded =
        post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs/%1/discard").arg(id), {});
    QCOMPARE(discarded.status, 200);
    QCOMPARE(str(discarded.json, "status"), QStringLiteral("discarded"));
    QCOMPARE(str(discarded.json, "discarded_by"), m_accounts.accountId(QStringLiteral("regie")));
    QCOMPARE(m_server.storage().currentSeq(), seq);
    QCOMPARE(offersOfRun(id), 0);
    QCOMPARE(
        post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs/%1/discard").arg(id), {}).errorCode(),
        QStringLiteral("not_draft"));
    QCOMPARE(post(QStringLiteral("regie"), QStringLiteral("/api/v1/allocation/runs/%1/confirm").arg(id),
                  {{QStringLiteral("respond_by"), QDate::currentDate().addDays(7).toString(Qt::ISODate)}})
                 .errorCode(),
             QStringLiteral("not_draft"));
    QCOMPARE(m_server.storage().auditOf(QStringLiteral("allocation_runs"), id).size(), 2);
}

QTEST_GUILESS_MAIN(TestServerAllocation)
#include "TestServerAllocation.moc"

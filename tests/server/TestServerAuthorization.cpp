#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "auth/AccountAdmin.h"
#include "domain/Uuid.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QWebSocket>
#include <QtTest>

#include <map>
#include <memory>

// The authorisation matrix (docs/PROTOCOL.md "Who may write what" and "References"): every role × every synced
// table × insert, update and delete × a row of its own region, a row of another region, and an own-region row
// that names another region's row, each against the outcome the rules give, written down here independently of
// the server's code. Then the reads (pull, digest, history, notify) and a disabled account.
using namespace TestMutations;

namespace {

const QString kAntwerpen = QStringLiteral("antwerpen");
const QString kMechelen = QStringLiteral("mechelen");
const QStringList kTables{QStringLiteral("locations"),    QStringLiteral("free_places"),
                          QStringLiteral("parents"),      QStringLiteral("children"),
                          QStringLiteral("applications"), QStringLiteral("emergency_entries"),
                          QStringLiteral("offers"),       QStringLiteral("messages")};
const QStringList kFamilyTables{QStringLiteral("parents"), QStringLiteral("children"), QStringLiteral("applications")};

enum class Target { Own, Other, ForeignReference };

// The rules, as a person would read them off docs/PROTOCOL.md.
bool mayWrite(const QString& role, const QString& table)
{
    if (role == QLatin1String("admin") || role == QLatin1String("coordinator"))
        return true;
    if (role == QLatin1String("counter"))
        return table != QLatin1String("locations"); // offers too: counters offer places by hand
    return kFamilyTables.contains(table);           // referrer
}

bool maySee(const QString& role, const QString& table)
{
    return role != QLatin1String("referrer") || kFamilyTables.contains(table) || table == QLatin1String("locations") ||
           table == QLatin1String("regions");
}

// "applied", "gone", "forbidden" or "invalid" (the last two: rejected with that reason prefix).
QString expected(const QString& role, const QString& table, const QString& op, Target target)
{
    if (target == Target::ForeignReference)
        return mayWrite(role, table) ? QStringLiteral("invalid") : QStringLiteral("forbidden");
    if (op == QLatin1String("insert"))
        return target == Target::Own && mayWrite(role, table) ? QStringLiteral("applied") : QStringLiteral("forbidden");
    if (target == Target::Other || !maySee(role, table))
        return QStringLiteral("gone");
    if (op == QLatin1String("delete"))
        return mayWrite(role, table) && role != QLatin1String("referrer") ? QStringLiteral("applied")
                                                                          : QStringLiteral("forbidden");
    return mayWrite(role, table) ? QStringLiteral("applied") : QStringLiteral("forbidden");
}

// Every UUID in a text as "<id>": two refusals that differ only in the id they echo are the same answer.
QString withoutIds(QString text)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    return text.replace(uuid, QStringLiteral("<id>"));
}

} // namespace

class TestServerAuthorization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writes_data();
    void writes();
    void stateChanges_data();
    void stateChanges();
    void regionsAreReferenceData();
    void accountsAreNeverPushed();
    void readsShowOnlyWhatTheRoleMaySee();
    void notifyPokesOnlyWhoMaySee();
    void disabledAccountIsRefusedEverywhere();

private:
    using Family = TestAccounts::Family;
    Family family(const QString& region, const QString& maker);
    QString create(const QString& table, const QString& region, const QString& maker);
    // A new row of `table` in `region` whose references are new rows in `referenceRegion` (family rows made by
    // `maker`, the rest by the admin).
    QJsonObject freshRow(const QString& table, const QString& region, const QString& maker,
                         const QString& referenceRegion);
    QJsonObject changeOf(const QString& table, const QJsonObject& row) const;
    QJsonObject stored(const QString& table, const QString& id) { return m_server.storedRow(table, id); }
    void checkOutcome(const QJsonObject& result, const QString& expect);

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
    QHash<QString, QString> m_roleOf;   // user name → role
    QHash<QString, QString> m_regionOf; // user name → its (first) region
    QSet<QString> m_filedByReferrer;    // ids of the family rows the referrer filed
};

void TestServerAuthorization::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QList<TestAccounts::Spec> accounts{{QStringLiteral("admin"), QStringLiteral("admin"), {}},
                                             {QStringLiteral("regie"), QStringLiteral("coordinator"), {kAntwerpen}},
                                             {QStringLiteral("loket"), QStringLiteral("counter"), {kAntwerpen}},
                                             {QStringLiteral("mech"), QStringLiteral("counter"), {kMechelen}},
                                             {QStringLiteral("ref"), QStringLiteral("referrer"), {kAntwerpen}}};
    QString error;
    QVERIFY2(m_accounts.addAll(accounts, &error), qPrintable(error));
    for (const TestAccounts::Spec& a : accounts) {
        m_roleOf.insert(a.username, a.role);
        m_regionOf.insert(a.username, a.regions.value(0, kAntwerpen));
    }
    for (const QString& region : {kAntwerpen, kMechelen}) {
        const QJsonObject row{{QStringLiteral("id"), region},
                              {QStringLiteral("region_id"), region},
                              {QStringLiteral("name"), region.toUpper()},
                              {QStringLiteral("municipalities"), QJsonArray()}};
        QCOMPARE(str(m_accounts.pushOne(QStringLiteral("admin"), insert(QStringLiteral("regions"), row)), "status"),
                 QStringLiteral("applied"));
    }
}

TestServerAuthorization::Family TestServerAuthorization::family(const QString& region, const QString& maker)
{
    const Family f = m_accounts.fileFamily(maker, region);
    if (maker == QLatin1String("ref"))
        m_filedByReferrer += QSet<QString>{f.parentId, f.childId, f.applicationId};
    return f;
}

QString TestServerAuthorization::create(const QString& table, const QString& region, const QString& maker)
{
    const QString by = kFamilyTables.contains(table) ? maker : QStringLiteral("admin");
    const QJsonObject row = freshRow(table, region, by, region);
    const QJsonObject r = m_accounts.pushOne(by, insert(table, row));
    if (str(r, "status") != QLatin1String("applied"))
        qWarning() << "setting up" << table << r;
    if (by == QLatin1String("ref"))
        m_filedByReferrer.insert(str(row, "id"));
    return str(row, "id");
}

QJsonObject TestServerAuthorization::freshRow(const QString& table, const QString& region, const QString& maker,
                                              const QString& referenceRegion)
{
    if (table == QLatin1String("locations"))
        return locationRow(region);
    if (table == QLatin1String("free_places"))
        return freePlaceRow(region, create(QStringLiteral("locations"), referenceRegion, maker));
    if (table == QLatin1String("parents"))
        return parentRow(region);
    if (table == QLatin1String("children"))
        return childRow(region, create(QStringLiteral("parents"), referenceRegion, maker));
    const Family f = family(referenceRegion, kFamilyTables.contains(table) ? maker : QStringLiteral("admin"));
    if (table == QLatin1String("applications")) {
        // A second child of the family, so the application is not a duplicate of the family's own.
        const QJsonObject child = childRow(referenceRegion, f.parentId);
        m_accounts.pushOne(maker, insert(QStringLiteral("children"), child));
        if (maker == QLatin1String("ref"))
            m_filedByReferrer.insert(str(child, "id"));
        return applicationRow(region, f.parentId, str(child, "id"));
    }
    if (table == QLatin1String("emergency_entries"))
        return emergencyRow(region, f.applicationId, f.parentId);
    if (table == QLatin1String("messages"))
        return messageRow(region, f.parentId, f.applicationId);
    const QJsonObject location = locationRow(referenceRegion);
    const QJsonObject place = freePlaceRow(referenceRegion, str(location, "id"));
    m_accounts.pushAll(QStringLiteral("admin"),
                       {insert(QStringLiteral("locations"), location), insert(QStringLiteral("free_places"), place)});
    return offerRow(region, f.applicationId, str(place, "id"), str(location, "id"));
}

QJsonObject TestServerAuthorization::changeOf(const QString& table, const QJsonObject& row) const
{
    const auto one = [&row](const char* field, const QJsonValue& next) {
        return QJsonObject{{QLatin1String(field), change(row.value(QLatin1String(field)), next)}};
    };
    if (table == QLatin1String("locations"))
        return one("name", QStringLiteral("Kinderdagverblijf Maan"));
    if (table == QLatin1String("free_places"))
        return one("count", 2);
    if (table == QLatin1String("parents"))
        return one("street", QStringLiteral("Kerkstraat"));
    if (table == QLatin1String("children"))
        return one("last_name", QStringLiteral("Peeters"));
    if (table == QLatin1String("applications"))
        return one("start_flexibility_weeks", 4);
    if (table == QLatin1String("emergency_entries"))
        return one("urgency", 1);
    if (table == QLatin1String("offers"))
        return one("status", QStringLiteral("withdrawn"));
    return one("subject", QStringLiteral("Uw aanvraag, aangevuld"));
}

void TestServerAuthorization::checkOutcome(const QJsonObject& result, const QString& expect)
{
    const QString status = str(result, "status");
    if (expect == QLatin1String("applied") || expect == QLatin1String("gone")) {
        QVERIFY2(status == expect, qPrintable(QStringLiteral("%1 (%2)").arg(status, str(result, "reason"))));
        return;
    }
    QCOMPARE(status, QStringLiteral("rejected"));
    QVERIFY2(str(result, "reason").startsWith(expect + QLatin1Char(':')), qPrintable(str(result, "reason")));
}

void TestServerAuthorization::writes_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("target");
    const QStringList users{QStringLiteral("admin"), QStringLiteral("regie"), QStringLiteral("loket"),
                            QStringLiteral("mech"), QStringLiteral("ref")};
    const QList<QPair<Target, const char*>> targets{
        {Target::Own, "own"}, {Target::Other, "other-region"}, {Target::ForeignReference, "names-other-region"}};
    for (const QString& user : users) {
        for (const QString& table : kTables) {
            for (const char* op : {"insert", "update", "delete"}) {
                for (const auto& [target, name] : targets) {
                    // The admin has no other region; a reference is named by inserts, and locations name none.
                    if (user == QLatin1String("admin") && target == Target::Other)
                        continue;
                    // Parents name only a referrer's account (see TestServerReferences).
                    if (target == Target::ForeignReference &&
                        (qstrcmp(op, "insert") != 0 || table == QLatin1String("locations") ||
                         table == QLatin1String("parents")))
                        continue;
                    QTest::addRow("%s/%s/%s/%s", qPrintable(user), qPrintable(table), op, name)
                        << user << table << QString::fromLatin1(op) << int(target);
                }
            }
        }
    }
}

void TestServerAuthorization::writes()
{
    QFETCH(QString, user);
    QFETCH(QString, table);
    QFETCH(QString, op);
    QFETCH(int, target);
    const Target t = Target(target);
    const QString own = m_regionOf.value(user);
    const QString other = own == kAntwerpen ? kMechelen : kAntwerpen;
    const QString role = m_roleOf.value(user);
    const QString expect = expected(role, table, op, t);
    const QString maker = user == QLatin1String("ref") ? user : QStringLiteral("admin");

    if (op == QLatin1String("insert")) {
        const QJsonObject row = t == Target::Own     ? freshRow(table, own, maker, own)
                                : t == Target::Other ? freshRow(table, other, QStringLiteral("admin"), other)
                                                     : freshRow(table, own, QStringLiteral("admin"), other);
        const QJsonObject result = m_accounts.pushOne(user, insert(table, row));
        if (user == QLatin1String("ref"))
            m_filedByReferrer.insert(str(row, "id"));
        checkOutcome(result, expect);
        QCOMPARE(stored(table, str(row, "id")).isEmpty(), str(result, "status") != QLatin1String("applied"));
        if (t == Target::ForeignReference && expect == QLatin1String("invalid") && role != QLatin1String("admin")) {
            // Another region's row answers exactly like an id nobody has.
            QJsonObject unknown = row;
            unknown.insert(QStringLiteral("id"), Uuid::v7());
            for (auto it = unknown.begin(); it != unknown.end(); ++it) {
                if (it.key().endsWith(QLatin1String("_id")) && it.key() != QLatin1String("region_id"))
                    it.value() = Uuid::v7();
            }
            const QJsonObject answer = m_accounts.pushOne(user, insert(table, unknown));
            QCOMPARE(withoutIds(str(result, "reason")), withoutIds(str(answer, "reason")));
            QVERIFY(str(result, "reason").endsWith(QLatin1String("does not exist")));
        }
        return;
    }
    const QString region = t == Target::Own ? own : other;
    const QString id = create(table, region, t == Target::Own ? maker : QStringLiteral("admin"));
    const QJsonObject before = stored(table, id);
    QVERIFY(!before.isEmpty());
    const qint64 version = before.value(QStringLiteral("version")).toInteger();
    const QJsonObject mutation = op == QLatin1String("update") ? update(table, id, version, changeOf(table, before))
                                                               : remove(table, id, version);
    const QJsonObject result = m_accounts.pushOne(user, mutation);
    checkOutcome(result, expect);
    QVERIFY(!result.contains(QStringLiteral("server_row")) || expect == QLatin1String("applied"));
    const QJsonObject after = stored(table, id);
    if (str(result, "status") != QLatin1String("applied"))
        QCOMPARE(after, before);
    else if (op == QLatin1String("delete"))
        QVERIFY(after.isEmpty());
    else
        QCOMPARE(after.value(QStringLiteral("version")).toInteger(), version + 1);
}

// Who moves an application along its states and records a family's answer to an offer (docs/PROTOCOL.md "Who may
// write what"): staff do; a referrer changes no application state, not even of what it filed, and sees no offer.
void TestServerAuthorization::stateChanges_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("expect");
    for (const char* user : {"admin", "regie", "loket", "ref"}) {
        const bool referrer = qstrcmp(user, "ref") == 0;
        QTest::addRow("%s/application-status", user)
            << QString::fromLatin1(user) << QStringLiteral("applications")
            << (referrer ? QStringLiteral("forbidden") : QStringLiteral("applied"));
        QTest::addRow("%s/offer-answer", user) << QString::fromLatin1(user) << QStringLiteral("offers")
                                               << (referrer ? QStringLiteral("gone") : QStringLiteral("applied"));
    }
}

void TestServerAuthorization::stateChanges()
{
    QFETCH(QString, user);
    QFETCH(QString, table);
    QFETCH(QString, expect);
    const Family f = family(kAntwerpen, user == QLatin1String("ref") ? user : QStringLiteral("admin"));
    QString id = f.applicationId;
    QString from = QStringLiteral("submitted");
    QString to = QStringLiteral("in_review");
    if (table == QLatin1String("offers")) {
        const QJsonObject location = locationRow(kAntwerpen);
        const QJsonObject place = freePlaceRow(kAntwerpen, str(location, "id"));
        QJsonObject offer = offerRow(kAntwerpen, f.applicationId, str(place, "id"), str(location, "id"));
        offer.insert(QStringLiteral("status"), QStringLiteral("sent"));
        m_accounts.pushAll(QStringLiteral("admin"),
                           {insert(QStringLiteral("locations"), location), insert(QStringLiteral("free_places"), place),
                            insert(QStringLiteral("offers"), offer)});
        id = str(offer, "id");
        from = QStringLiteral("sent");
        to = QStringLiteral("declined");
    }
    const QJsonObject before = stored(table, id);
    QCOMPARE(str(before, "status"), from);
    const QJsonObject result =
        m_accounts.pushOne(user, update(table, id, before.value(QStringLiteral("version")).toInteger(),
                                        {{QStringLiteral("status"), change(from, to)}}));
    checkOutcome(result, expect);
    QCOMPARE(str(stored(table, id), "status"), expect == QLatin1String("applied") ? to : from);
}

void TestServerAuthorization::regionsAreReferenceData()
{
    const QJsonObject antwerpen = stored(QStringLiteral("regions"), kAntwerpen);
    const QJsonObject rename =
        update(QStringLiteral("regions"), kAntwerpen, antwerpen.value(QStringLiteral("version")).toInteger(),
               {{QStringLiteral("name"), change(str(antwerpen, "name"), QStringLiteral("Antwerpen"))}});
    for (const char* user : {"regie", "loket", "mech", "ref"}) {
        const QJsonObject r = m_accounts.pushOne(QString::fromLatin1(user), rename);
        QVERIFY2(str(r, "reason").startsWith(QLatin1String("forbidden:")) || str(r, "status") == QLatin1String("gone"),
                 user);
        QCOMPARE(stored(QStringLiteral("regions"), kAntwerpen), antwerpen);
    }
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("admin"), rename), "status"), QStringLiteral("applied"));

    // Ids are the region slugs: anything else is refused, also for the admin.
    const QJsonObject made{{QStringLiteral("id"), Uuid::v7()},
                           {QStringLiteral("region_id"), QStringLiteral("turnhout")},
                           {QStringLiteral("name"), QStringLiteral("Turnhout")}};
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("admin"), insert(QStringLiteral("regions"), made)), "status"),
             QStringLiteral("rejected"));
    const QJsonObject turnhout{{QStringLiteral("id"), QStringLiteral("turnhout")},
                               {QStringLiteral("region_id"), QStringLiteral("turnhout")},
                               {QStringLiteral("name"), QStringLiteral("Stadsregio Turnhout")}};
    QVERIFY(str(m_accounts.pushOne(QStringLiteral("regie"), insert(QStringLiteral("regions"), turnhout)), "reason")
                .startsWith(QLatin1String("forbidden:")));
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("admin"), insert(QStringLiteral("regions"), turnhout)), "status"),
             QStringLiteral("applied"));

    // Nobody deletes a region that has rows; an empty one the admin may.
    const QJsonObject kept =
        m_accounts.pushOne(QStringLiteral("admin"), remove(QStringLiteral("regions"), kMechelen, 1));
    QCOMPARE(str(kept, "status"), QStringLiteral("rejected"));
    QVERIFY(!stored(QStringLiteral("regions"), kMechelen).isEmpty());
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("admin"),
                                    remove(QStringLiteral("regions"), QStringLiteral("turnhout"), 1)),
                 "status"),
             QStringLiteral("applied"));
}

void TestServerAuthorization::accountsAreNeverPushed()
{
    const QString id = m_accounts.accountId(QStringLiteral("loket"));
    const QJsonObject row = m_server.storage().accountById(id)->toSyncRow();
    const QJsonObject made{{QStringLiteral("id"), Uuid::v7()},
                           {QStringLiteral("region_id"), kAntwerpen},
                           {QStringLiteral("username"), QStringLiteral("nieuw")},
                           {QStringLiteral("role"), QStringLiteral("admin")}};
    for (const char* user : {"admin", "regie", "loket", "ref"}) {
        const QString who = QString::fromLatin1(user);
        const QJsonArray r = m_accounts.pushAll(
            who, {insert(QStringLiteral("accounts"), made),
                  update(QStringLiteral("accounts"), id, row.value(QStringLiteral("version")).toInteger(),
                         {{QStringLiteral("role"), change(QStringLiteral("counter"), QStringLiteral("admin"))}}),
                  remove(QStringLiteral("accounts"), id, row.value(QStringLiteral("version")).toInteger())});
        for (const QJsonValue& v : r) {
            const QString status = str(v.toObject(), "status");
            QVERIFY2(str(v.toObject(), "reason").startsWith(QLatin1String("forbidden:")) ||
                         (status == QLatin1String("gone") && who == QLatin1String("ref")),
                     qPrintable(who + QLatin1Char(' ') + status));
        }
    }
    QCOMPARE(m_server.storage().accountById(id)->role, QStringLiteral("counter"));
    QVERIFY(!m_server.storage().accountByUsername(QStringLiteral("nieuw")));
}

void TestServerAuthorization::readsShowOnlyWhatTheRoleMaySee()
{
    create(QStringLiteral("offers"), kMechelen, QStringLiteral("admin")); // rows in both regions of every table
    create(QStringLiteral("offers"), kAntwerpen, QStringLiteral("admin"));
    for (const QString& user : m_roleOf.keys()) {
        const QString role = m_roleOf.value(user);
        bool ok = false;
        const QVector<QJsonObject> changes = m_server.pullAll(m_accounts.token(user), 500, &ok);
        QVERIFY(ok);
        QHash<QString, QSet<QString>> seen;
        for (const QJsonObject& c : changes) {
            const QString table = str(c, "table");
            const QJsonObject row = c.value(QStringLiteral("row")).toObject();
            if (str(c, "op") == QLatin1String("delete"))
                seen[table].remove(str(c, "id"));
            else
                seen[table].insert(str(c, "id"));
            if (role == QLatin1String("admin") || table == QLatin1String("accounts") || row.isEmpty())
                continue;
            QVERIFY2(maySee(role, table), qPrintable(user + QLatin1Char(' ') + table));
            QCOMPARE(str(row, "region_id"), m_regionOf.value(user));
            if (role == QLatin1String("referrer") && kFamilyTables.contains(table))
                QVERIFY2(m_filedByReferrer.contains(str(c, "id")), qPrintable(table));
        }
        for (const QString& table : kTables) {
            if (maySee(role, table))
                QVERIFY2(!seen.value(table).isEmpty(), qPrintable(user + QLatin1Char(' ') + table)); // not vacuous
        }
        // The digest counts what the pull brought, table by table.
        const HttpReply digest = m_server.http().get(QStringLiteral("/api/v1/sync/digest"), m_accounts.token(user));
        QCOMPARE(digest.status, 200);
        const QJsonObject tables = digest.json.value(QStringLiteral("tables")).toObject();
        for (const QString& table : kTables)
            QCOMPARE(tables.value(table).toObject().value(QStringLiteral("count")).toInt(),
                     int(seen.value(table).size()));
    }
    // History of another region's row reads like that of a row that never existed.
    const QString mechelenParent = create(QStringLiteral("parents"), kMechelen, QStringLiteral("admin"));
    const HttpReply other = m_server.http().get(QStringLiteral("/api/v1/history?table=parents&id=") + mechelenParent,
                                                m_accounts.token(QStringLiteral("loket")));
    const HttpReply unknown = m_server.http().get(QStringLiteral("/api/v1/history?table=parents&id=") + Uuid::v7(),
                                                  m_accounts.token(QStringLiteral("loket")));
    QCOMPARE(other.status, 404);
    QCOMPARE(other.body, unknown.body);
    QCOMPARE(m_server.http()
                 .get(QStringLiteral("/api/v1/history?table=parents&id=") + mechelenParent,
                      m_accounts.token(QStringLiteral("mech")))
                 .status,
             200);
}

// A poke carries no data, but that it comes at all tells that something changed: only accounts that may see one of
// the commit's rows are poked.
void TestServerAuthorization::notifyPokesOnlyWhoMaySee()
{
    QUrl url(m_server.baseUrl());
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/sync/notify"));
    std::map<QString, std::unique_ptr<QWebSocket>> sockets;
    std::map<QString, std::unique_ptr<QSignalSpy>> messages;
    for (const QString& user : m_roleOf.keys()) {
        auto socket = std::make_unique<QWebSocket>();
        auto spy = std::make_unique<QSignalSpy>(socket.get(), &QWebSocket::textMessageReceived);
        QNetworkRequest request(url);
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_accounts.token(user).toLatin1());
        socket->open(request);
        QVERIFY2(spy->wait(5000), qPrintable(user)); // {"type":"ready"}
        spy->clear();
        sockets[user] = std::move(socket);
        messages[user] = std::move(spy);
    }
    const auto pokedAfter = [&](const QString& pusher, const QJsonObject& mutation) {
        for (auto& [user, spy] : messages)
            spy->clear();
        QCOMPARE(str(m_accounts.pushOne(pusher, mutation), "status"), QStringLiteral("applied"));
        QTRY_VERIFY_WITH_TIMEOUT(!messages.at(pusher)->isEmpty(), 5000);
        QTest::qWait(300); // the pokes of one commit are sent together; give the others the same chance
    };
    pokedAfter(QStringLiteral("admin"), insert(QStringLiteral("parents"), parentRow(kMechelen)));
    for (const auto& [user, spy] : messages) {
        const bool seesMechelen = user == QLatin1String("admin") || user == QLatin1String("mech");
        QVERIFY2(spy->isEmpty() != seesMechelen, qPrintable(user));
    }
    pokedAfter(QStringLiteral("regie"), insert(QStringLiteral("parents"), parentRow(kAntwerpen)));
    for (const auto& [user, spy] : messages) {
        // The referrer sees only what it filed.
        const bool seesIt = user != QLatin1String("mech") && user != QLatin1String("ref");
        QVERIFY2(spy->isEmpty() != seesIt, qPrintable(user));
    }
}

void TestServerAuthorization::disabledAccountIsRefusedEverywhere()
{
    QString error;
    QVERIFY2(m_accounts.add(QStringLiteral("weg"), QStringLiteral("counter"), {kAntwerpen}, &error), qPrintable(error));
    const QString token = m_accounts.token(QStringLiteral("weg"));
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/sync/digest"), token).status, 200);
    QVERIFY2(AccountAdmin(m_server.storage()).setActive(QStringLiteral("weg"), false, &error), qPrintable(error));
    // Its token still names it, so the answer is 403 account_disabled (docs/PROTOCOL.md "Transport"), not 401.
    const QJsonObject parent = parentRow(kAntwerpen);
    const HttpReply pushed = m_accounts.push(QStringLiteral("weg"), {insert(QStringLiteral("parents"), parent)});
    QCOMPARE(pushed.status, 403);
    QCOMPARE(pushed.errorCode(), QStringLiteral("account_disabled"));
    QVERIFY(stored(QStringLiteral("parents"), str(parent, "id")).isEmpty());
    for (const QString& path : {QStringLiteral("/api/v1/sync/pull"), QStringLiteral("/api/v1/sync/digest"),
                                QStringLiteral("/api/v1/history?table=parents&id=") + Uuid::v7()}) {
        const HttpReply reply = m_server.http().get(path, token);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("account_disabled"));
    }
    QVERIFY(!m_server.login(QStringLiteral("weg"), QStringLiteral("secret")).isValid());
}

QTEST_GUILESS_MAIN(TestServerAuthorization)
#include "TestServerAuthorization.moc"

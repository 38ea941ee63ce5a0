#include "TestMutations.h"
#include "TestReplica.h"
#include "TestServer.h"
#include "domain/InfoSheet.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

// Locations' info sheets (docs/PROTOCOL.md "Info sheets"): only a coordinator of the region or an admin changes a
// location; the sheet's shape is checked; GET /public/locations shows published locations only, their public
// fields only, in the language asked with the Dutch text where it has none, with an ETag; and a location that
// stops being published leaves the referrers' caches (a scope exit), and comes back when published again.
using namespace TestMutations;

namespace {
const QString kLocations = QStringLiteral("locations");
const QString kAntwerpen = QStringLiteral("antwerpen");
const QString kPublic = QStringLiteral("/api/v1/public/locations");

QJsonObject sheet(const QJsonObject& nl, const QJsonObject& fr = {})
{
    QJsonObject out{{QStringLiteral("nl"), nl}};
    if (!fr.isEmpty())
        out.insert(QStringLiteral("fr"), fr);
    return out;
}
} // namespace

class TestServerInfoSheets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coordinatorAndAdminChangeLocations();
    void counterStaffAndReferrersMayNot();
    void theSheetsShapeIsChecked();
    void publicListingShowsPublishedLocationsOnly();
    void publicListingFallsBackToDutchPerField();
    void etagAnswers304UntilSomethingChanges();
    void badRegionOrLanguageIs400();
    void nothingPersonalIsPublic();
    void unpublishedLeavesTheReferrersCache();

private:
    QJsonObject pushOne(const QString& user, const QJsonObject& mutation);
    // Changes fields of a location as `user` from the row as the server holds it now; the push result.
    QJsonObject changeLocation(const QString& user, const QString& id, const QJsonObject& newValues);
    QJsonArray publicLocations(const QString& query, HttpReply* reply = nullptr);
    QStringList publicIds(const QString& query);

    TestServer m_server{TestServer::Demo};
    QHash<QString, QString> m_tokens;
    QHash<QString, qint64> m_mids;
    QVector<QJsonObject> m_antwerpLocations; // as the admin pulled them at the start
    QVector<QJsonObject> m_parents;
};

void TestServerInfoSheets::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const char* user : {"admin", "regie.antwerpen", "loket.antwerpen", "toeleider.antwerpen", "loket.mechelen"}) {
        const TestServer::Session s = m_server.login(QString::fromLatin1(user), QStringLiteral("demo"));
        QVERIFY2(s.isValid(), user);
        m_tokens.insert(QString::fromLatin1(user), s.accessToken);
    }
    bool ok = false;
    for (const QJsonObject& c : m_server.pullAll(m_tokens.value(QStringLiteral("admin")), 5000, &ok)) {
        const QJsonObject row = c.value(QStringLiteral("row")).toObject();
        if (str(c, "table") == kLocations && str(row, "region_id") == kAntwerpen)
            m_antwerpLocations.append(row);
        if (str(c, "table") == QLatin1String("parents"))
            m_parents.append(row);
    }
    QVERIFY(ok);
    QVERIFY(m_antwerpLocations.size() >= 10);
    QVERIFY(!m_parents.isEmpty());
    int unpublished = 0;
    for (const QJsonObject& row : qAsConst(m_antwerpLocations))
        unpublished += row.value(QStringLiteral("published")).toBool() ? 0 : 1;
    QVERIFY2(unpublished > 0, "the demo has no unpublished location in Antwerp");
}

QJsonObject TestServerInfoSheets::pushOne(const QString& user, const QJsonObject& mutation)
{
    const qint64 mid = ++m_mids[user];
    const HttpReply r =
        m_server.push(m_tokens.value(user), QStringLiteral("client-") + user, QJsonArray{withMid(mutation, mid)});
    if (r.status != 200)
        qWarning() << "push answered" << r.status << r.body;
    return r.json.value(QStringLiteral("results")).toArray().first().toObject();
}

QJsonObject TestServerInfoSheets::changeLocation(const QString& user, const QString& id, const QJsonObject& newValues)
{
    const QJsonObject current = m_server.storedRow(kLocations, id);
    QJsonObject changes;
    for (auto it = newValues.begin(); it != newValues.end(); ++it)
        changes.insert(it.key(), change(current.value(it.key()), it.value()));
    return pushOne(user, update(kLocations, id, current.value(QStringLiteral("version")).toInteger(), changes));
}

QJsonArray TestServerInfoSheets::publicLocations(const QString& query, HttpReply* reply)
{
    const HttpReply r = m_server.http().get(kPublic + QLatin1Char('?') + query);
    if (reply)
        *reply = r;
    if (r.status != 200)
        qWarning() << "public locations answered" << r.status << r.body;
    return r.json.value(QStringLiteral("locations")).toArray();
}

QStringList TestServerInfoSheets::publicIds(const QString& query)
{
    QStringList ids;
    for (const QJsonValue& v : publicLocations(query))
        ids.append(str(v.toObject(), "id"));
    return ids;
}

void TestServerInfoSheets::coordinatorAndAdminChangeLocations()
{
    const QString id = str(m_antwerpLocations.at(0), "id");
    const QJsonObject newSheet = sheet({{QStringLiteral("description"), QStringLiteral("Nieuwe tekst")}},
                                       {{QStringLiteral("description"), QStringLiteral("Nouveau texte")}});
    QCOMPARE(str(changeLocation(QStringLiteral("regie.antwerpen"), id, {{QStringLiteral("info"), newSheet}}), "status"),
             QStringLiteral("applied"));
    QCOMPARE(m_server.storedRow(kLocations, id).value(QStringLiteral("info")).toObject(), newSheet);
    const bool published = m_server.storedRow(kLocations, id).value(QStringLiteral("published")).toBool();
    QCOMPARE(str(changeLocation(QStringLiteral("admin"), id, {{QStringLiteral("published"), !published}}), "status"),
             QStringLiteral("applied"));
    QCOMPARE(m_server.storedRow(kLocations, id).value(QStringLiteral("published")).toBool(), !published);
    QCOMPARE(str(changeLocation(QStringLiteral("admin"), id, {{QStringLiteral("published"), published}}), "status"),
             QStringLiteral("applied"));
}

void TestServerInfoSheets::counterStaffAndReferrersMayNot()
{
    // A published location, so the referrer sees it and is refused for its role, not answered "gone".
    QString id;
    for (const QJsonObject& row : qAsConst(m_antwerpLocations)) {
        if (row.value(QStringLiteral("published")).toBool())
            id = str(row, "id");
    }
    QVERIFY(!id.isEmpty());
    const QJsonObject before = m_server.storedRow(kLocations, id);
    const QJsonObject newSheet = sheet({{QStringLiteral("description"), QStringLiteral("Niet van mij")}});
    for (const QString& user : {QStringLiteral("loket.antwerpen"), QStringLiteral("toeleider.antwerpen")}) {
        const QJsonObject info = changeLocation(user, id, {{QStringLiteral("info"), newSheet}});
        QCOMPARE(str(info, "status"), QStringLiteral("rejected"));
        QVERIFY2(
            str(info, "reason").startsWith(QLatin1String("forbidden: only a coordinator of the region or an admin")),
            qPrintable(str(info, "reason")));
        const QJsonObject publish = changeLocation(user, id, {{QStringLiteral("published"), false}});
        QCOMPARE(str(publish, "status"), QStringLiteral("rejected"));
        QVERIFY(str(publish, "reason").startsWith(QLatin1String("forbidden:")));
    }
    // Counter staff of another region do not even see it.
    QCOMPARE(
        str(changeLocation(QStringLiteral("loket.mechelen"), id, {{QStringLiteral("published"), false}}), "status"),
        QStringLiteral("gone"));
    QCOMPARE(m_server.storedRow(kLocations, id), before);
}

void TestServerInfoSheets::theSheetsShapeIsChecked()
{
    const QString id = str(m_antwerpLocations.at(1), "id");
    const QJsonObject before = m_server.storedRow(kLocations, id);
    const QString user = QStringLiteral("regie.antwerpen");
    const auto reasonFor = [&](const QJsonValue& info) {
        const QJsonObject r = changeLocation(user, id, {{QStringLiteral("info"), info}});
        return str(r, "status") == QLatin1String("rejected") ? str(r, "reason") : QStringLiteral("applied");
    };
    QVERIFY(reasonFor(
                QJsonObject{{QStringLiteral("de"), QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}}}})
                .startsWith(QLatin1String("invalid: info.de: is not a language")));
    QVERIFY(reasonFor(sheet({{QStringLiteral("price"), QStringLiteral("5 euro")}}))
                .startsWith(QLatin1String("invalid: info.nl.price: is not a field")));
    QVERIFY(reasonFor(sheet({{QStringLiteral("contact"), 12}}))
                .startsWith(QLatin1String("invalid: info.nl.contact: must be text")));
    QVERIFY(reasonFor(sheet({{QStringLiteral("tariff"), QString(InfoSheet::kMaxField + 1, QLatin1Char('x'))}}))
                .startsWith(QLatin1String("invalid: info.nl.tariff: is longer than 500")));
    QVERIFY(
        reasonFor(sheet({{QStringLiteral("description"), QString(InfoSheet::kMaxDescription + 1, QLatin1Char('x'))}}))
            .startsWith(QLatin1String("invalid: info.nl.description: is longer than 4000")));
    QCOMPARE(m_server.storedRow(kLocations, id), before);
    // A sheet from before the fields (one text per language) is still a sheet: its text is the description.
    QCOMPARE(reasonFor(QJsonObject{{QStringLiteral("nl"), QStringLiteral("Oude tekst")}}), QStringLiteral("applied"));
    QCOMPARE(reasonFor(sheet({{QStringLiteral("description"), QString(InfoSheet::kMaxDescription, QLatin1Char('y'))}})),
             QStringLiteral("applied"));
}

void TestServerInfoSheets::publicListingShowsPublishedLocationsOnly()
{
    HttpReply reply;
    const QJsonArray locations = publicLocations(QStringLiteral("region_id=antwerpen&lang=nl"), &reply);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), QByteArrayLiteral("public, max-age=60"));
    QVERIFY(!reply.header("ETag").isEmpty());
    QCOMPARE(str(reply.json, "lang"), QStringLiteral("nl"));
    QSet<QString> expected;
    for (const QJsonObject& row : qAsConst(m_antwerpLocations)) {
        if (m_server.storedRow(kLocations, str(row, "id")).value(QStringLiteral("published")).toBool())
            expected.insert(str(row, "id"));
    }
    QSet<QString> got;
    QStringList names;
    const QSet<QString> keys{QStringLiteral("id"),
                             QStringLiteral("region_id"),
                             QStringLiteral("name"),
                             QStringLiteral("kind"),
                             QStringLiteral("organiser"),
                             QStringLiteral("street"),
                             QStringLiteral("house_number"),
                             QStringLiteral("postcode"),
                             QStringLiteral("municipality"),
                             QStringLiteral("lat"),
                             QStringLiteral("lon"),
                             QStringLiteral("capacity"),
                             QStringLiteral("age_min_months"),
                             QStringLiteral("age_max_months"),
                             QStringLiteral("opening_hours"),
                             QStringLiteral("tariff"),
                             QStringLiteral("languages"),
                             QStringLiteral("phone"),
                             QStringLiteral("email"),
                             QStringLiteral("info"),
                             QStringLiteral("info_languages")};
    for (const QJsonValue& v : locations) {
        const QJsonObject location = v.toObject();
        got.insert(str(location, "id"));
        names.append(str(location, "name"));
        const QStringList locationKeys = location.keys();
        QCOMPARE(QSet<QString>(locationKeys.begin(), locationKeys.end()), keys);
    }
    QCOMPARE(got, expected);
    QVERIFY(got.size() < m_antwerpLocations.size());
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
    // No token needed, and a token that is no good changes nothing (nor does the one-time password gate).
    const HttpReply withBadToken =
        m_server.http().get(kPublic + QStringLiteral("?region_id=antwerpen"), QStringLiteral("not-a-token"));
    QCOMPARE(withBadToken.status, 200);
    QCOMPARE(withBadToken.body, reply.body);
}

void TestServerInfoSheets::publicListingFallsBackToDutchPerField()
{
    const QString id = str(m_antwerpLocations.at(2), "id");
    QCOMPARE(str(changeLocation(QStringLiteral("regie.antwerpen"), id,
                                {{QStringLiteral("published"), true},
                                 {QStringLiteral("info"),
                                  sheet({{QStringLiteral("description"), QStringLiteral("Een warme plek")},
                                         {QStringLiteral("opening_hours"), QStringLiteral("7 tot 18 uur")}},
                                        {{QStringLiteral("description"), QStringLiteral("Un endroit chaleureux")}})}}),
                 "status"),
             QStringLiteral("applied"));
    HttpReply reply;
    QJsonObject location;
    for (const QJsonValue& v : publicLocations(QStringLiteral("region_id=antwerpen&lang=fr"), &reply)) {
        if (str(v.toObject(), "id") == id)
            location = v.toObject();
    }
    QVERIFY(!location.isEmpty());
    QCOMPARE(str(reply.json, "lang"), QStringLiteral("fr"));
    const QJsonObject info = location.value(QStringLiteral("info")).toObject();
    const QJsonObject served = location.value(QStringLiteral("info_languages")).toObject();
    QCOMPARE(str(info, "description"), QStringLiteral("Un endroit chaleureux"));
    QCOMPARE(str(served, "description"), QStringLiteral("fr"));
    QCOMPARE(str(info, "opening_hours"), QStringLiteral("7 tot 18 uur"));
    QCOMPARE(str(served, "opening_hours"), QStringLiteral("nl"));
    QVERIFY(!info.contains(QStringLiteral("tariff")) && !served.contains(QStringLiteral("tariff")));
}

void TestServerInfoSheets::etagAnswers304UntilSomethingChanges()
{
    HttpReply first;
    publicLocations(QStringLiteral("region_id=antwerpen&lang=en"), &first);
    const QByteArray etag = first.header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    const QString path = kPublic + QStringLiteral("?region_id=antwerpen&lang=en");
    const HttpReply same = m_server.http().getWithHeaders(path, {{QByteArrayLiteral("If-None-Match"), etag}});
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.header("ETag"), etag);
    QCOMPARE(m_server.http().getWithHeaders(path, {{QByteArrayLiteral("If-None-Match"), "\"other\""}}).status, 200);
    // The same body for another language is another body: another tag.
    HttpReply nl;
    publicLocations(QStringLiteral("region_id=antwerpen&lang=nl"), &nl);
    QVERIFY(nl.header("ETag") != etag);

    const QString id = publicIds(QStringLiteral("region_id=antwerpen&lang=en")).first();
    QCOMPARE(
        str(changeLocation(QStringLiteral("regie.antwerpen"), id, {{QStringLiteral("published"), false}}), "status"),
        QStringLiteral("applied"));
    const HttpReply after = m_server.http().getWithHeaders(path, {{QByteArrayLiteral("If-None-Match"), etag}});
    QCOMPARE(after.status, 200);
    QVERIFY(after.header("ETag") != etag);
    QVERIFY(!publicIds(QStringLiteral("region_id=antwerpen&lang=en")).contains(id));
    QCOMPARE(
        str(changeLocation(QStringLiteral("regie.antwerpen"), id, {{QStringLiteral("published"), true}}), "status"),
        QStringLiteral("applied"));
    QVERIFY(publicIds(QStringLiteral("region_id=antwerpen&lang=en")).contains(id));
    // Published again with nothing else changed: the same body, so the first tag is good again.
    QCOMPARE(m_server.http().getWithHeaders(path, {{QByteArrayLiteral("If-None-Match"), etag}}).status, 304);
}

void TestServerInfoSheets::badRegionOrLanguageIs400()
{
    for (const QString& query :
         {QStringLiteral("region_id=gent&lang=nl"), QStringLiteral("lang=nl"),
          QStringLiteral("region_id=antwerpen&lang=de"), QStringLiteral("region_id=antwerpen&lang=")}) {
        const HttpReply r = m_server.http().get(kPublic + QLatin1Char('?') + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("malformed"));
    }
    QCOMPARE(m_server.http().send("POST", kPublic + QStringLiteral("?region_id=antwerpen"), "{}", QString()).status,
             405);
}

void TestServerInfoSheets::nothingPersonalIsPublic()
{
    for (const QString& region :
         {QStringLiteral("antwerpen"), QStringLiteral("mechelen"), QStringLiteral("turnhout")}) {
        HttpReply reply;
        const QJsonArray locations = publicLocations(QStringLiteral("region_id=") + region, &reply);
        QVERIFY(!locations.isEmpty());
        // A childminder's location is named after her (public by design); any other trace of a person is not.
        QJsonArray unnamed;
        for (const QJsonValue& v : locations) {
            QJsonObject location = v.toObject();
            location.remove(QStringLiteral("name"));
            unnamed.append(location);
        }
        const QString body = QString::fromUtf8(QJsonDocument(unnamed).toJson(QJsonDocument::Compact));
        for (const QJsonObject& parent : qAsConst(m_parents)) {
            const QString name = str(parent, "first_name") + QLatin1Char(' ') + str(parent, "last_name");
            QVERIFY2(!body.contains(name), qPrintable(name));
            for (const char* field : {"email", "national_number", "phone", "id"}) {
                const QString value = str(parent, field);
                QVERIFY2(value.isEmpty() || !body.contains(value), field);
            }
        }
        for (const char* word :
             {"\"parent_id\"", "\"child_id\"", "\"national_number\"", "\"notes\"", "\"updated_by\"", "\"version\""})
            QVERIFY2(!body.contains(QLatin1String(word)), word);
    }
}

void TestServerInfoSheets::unpublishedLeavesTheReferrersCache()
{
    QString id;
    for (const QJsonObject& row : qAsConst(m_antwerpLocations)) {
        if (m_server.storedRow(kLocations, str(row, "id")).value(QStringLiteral("published")).toBool())
            id = str(row, "id");
    }
    TestReplica referrer(m_server.http(), m_tokens.value(QStringLiteral("toeleider.antwerpen")));
    TestReplica coordinator(m_server.http(), m_tokens.value(QStringLiteral("regie.antwerpen")));
    referrer.pull();
    coordinator.pull();
    QVERIFY(referrer.has(kLocations, id));
    QVERIFY(coordinator.has(kLocations, id));

    QCOMPARE(
        str(changeLocation(QStringLiteral("regie.antwerpen"), id, {{QStringLiteral("published"), false}}), "status"),
        QStringLiteral("applied"));
    const QVector<QJsonObject> referrerChanges = referrer.pull();
    QVERIFY(!referrer.has(kLocations, id));
    QCOMPARE(referrerChanges.size(), 1);
    QCOMPARE(str(referrerChanges.first(), "op"), QStringLiteral("delete"));
    // Staff of the region keep it, marked unpublished: an upsert, never a delete.
    const QVector<QJsonObject> staffChanges = coordinator.pull();
    QCOMPARE(staffChanges.size(), 1);
    QCOMPARE(str(staffChanges.first(), "op"), QStringLiteral("upsert"));
    QVERIFY(!coordinator.row(kLocations, id).value(QStringLiteral("published")).toBool());
    QString difference;
    QVERIFY2(referrer.matchesDigest(&difference), qPrintable(difference));
    // A referrer starting afresh never gets it.
    TestReplica fresh(m_server.http(), m_tokens.value(QStringLiteral("toeleider.antwerpen")));
    fresh.pull();
    QVERIFY(!fresh.has(kLocations, id));

    QCOMPARE(str(changeLocation(QStringLiteral("admin"), id, {{QStringLiteral("published"), true}}), "status"),
             QStringLiteral("applied"));
    const QVector<QJsonObject> back = referrer.pull();
    QVERIFY(referrer.has(kLocations, id));
    QCOMPARE(back.size(), 1);
    QCOMPARE(str(back.first(), "op"), QStringLiteral("upsert"));
    QVERIFY2(referrer.matchesDigest(&difference), qPrintable(difference));
    TestReplica fresh2(m_server.http(), m_tokens.value(QStringLiteral("toeleider.antwerpen")));
    fresh2.pull();
    QVERIFY(fresh2.has(kLocations, id));
}

QTEST_MAIN(TestServerInfoSheets)
#include "TestServerInfoSheets.moc"

#include "TestServer.h"
#include "domain/Uuid.h"
#include "protocol/CompactPageReader.h"
#include "protocol/TableSchema.h"
#include "storage/ServerStorage.h"
#include "sync/AccessScope.h"
#include "sync/PullCursor.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

// GET /sync/pull over the demo data: scoping by account, paging, whole seqs, cursors.
class TestServerPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counterSeesOnlyItsRegion();
    void referrerSeesOnlyWhatItFiled();
    void pagingWithConcurrentWritesMissesNothing();
    void pageNeverSplitsASeq();
    void limitIsClampedAndValidated();
    void countOnFirstPageGivesExactRemaining();
    void badCursorIs400AndForeignCursorIs410();
    void deletesArriveAsTombstones();
    void compactPagesCarryTheJsonPages();
    void compactPageOnlyWhenAskedFor();

private:
    // id:version per table after applying the changes in order, as a client cache would.
    static QHash<QString, QStringList> replay(const QVector<QJsonObject>& changes);
    QHash<QString, QStringList> serverState(const QString& username);
    // One round from the start with count=1 on its first page: remaining + first page == all received.
    static void checkRemaining(TestHttp& http, const QString& token, int limit);
    HttpReply pullPage(const QString& token, const QString& cursor, int limit);
    QString endCursor(const QString& token);

    TestServer m_server{TestServer::Demo};
    QHash<QString, TestServer::Session> m_sessions;
};

void TestServerPull::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const char* name : {"admin", "loket.mechelen", "toeleider.antwerpen", "regie.antwerpen"}) {
        const TestServer::Session s = m_server.login(QString::fromLatin1(name), QStringLiteral("demo"));
        QVERIFY2(s.isValid(), qPrintable(m_server.errorString()));
        m_sessions.insert(QString::fromLatin1(name), s);
    }
}

QHash<QString, QStringList> TestServerPull::replay(const QVector<QJsonObject>& changes)
{
    QHash<QString, QHash<QString, qint64>> rows;
    for (const QJsonObject& c : changes) {
        const QString table = c.value(QStringLiteral("table")).toString();
        const QString id = c.value(QStringLiteral("id")).toString();
        if (c.value(QStringLiteral("op")).toString() == QLatin1String("delete"))
            rows[table].remove(id);
        else
            rows[table].insert(id, c.value(QStringLiteral("version")).toInteger());
    }
    QHash<QString, QStringList> out;
    for (auto t = rows.begin(); t != rows.end(); ++t) {
        QStringList lines;
        for (auto r = t->begin(); r != t->end(); ++r)
            lines.append(r.key() + QLatin1Char(':') + QString::number(r.value()));
        lines.sort();
        if (!lines.isEmpty())
            out.insert(t.key(), lines);
    }
    return out;
}

QHash<QString, QStringList> TestServerPull::serverState(const QString& username)
{
    const AccessScope scope = AccessScope::forAccount(*m_server.storage().accountByUsername(username));
    QHash<QString, QStringList> out;
    for (const QString& table : Protocol::syncedTableNames()) {
        const QStringList lines = m_server.storage().visibleVersions(table, scope);
        if (!lines.isEmpty())
            out.insert(table, lines);
    }
    return out;
}

HttpReply TestServerPull::pullPage(const QString& token, const QString& cursor, int limit)
{
    QString path = QStringLiteral("/api/v1/sync/pull?limit=%1").arg(limit);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    return m_server.http().get(path, token);
}

QString TestServerPull::endCursor(const QString& token)
{
    QString cursor;
    for (int i = 0; i < 100; ++i) {
        const HttpReply r = pullPage(token, cursor, 5000);
        if (r.status != 200)
            return QString();
        cursor = r.json.value(QStringLiteral("cursor")).toString();
        if (!r.json.value(QStringLiteral("has_more")).toBool())
            return cursor;
    }
    return QString();
}

void TestServerPull::counterSeesOnlyItsRegion()
{
    bool ok = false;
    const QVector<QJsonObject> changes =
        m_server.pullAll(m_sessions.value(QStringLiteral("loket.mechelen")).accessToken, 1000, &ok);
    QVERIFY(ok);
    QVERIFY(changes.size() > 500);
    QSet<QString> tables;
    for (const QJsonObject& c : changes) {
        const QJsonObject row = c.value(QStringLiteral("row")).toObject();
        tables.insert(c.value(QStringLiteral("table")).toString());
        if (c.value(QStringLiteral("table")).toString() == QLatin1String("accounts"))
            QVERIFY(row.value(QStringLiteral("region_ids")).toArray().contains(QStringLiteral("mechelen")));
        else
            QCOMPARE(row.value(QStringLiteral("region_id")).toString(), QStringLiteral("mechelen"));
    }
    QVERIFY(tables.contains(QStringLiteral("applications")) && tables.contains(QStringLiteral("locations")));
    QCOMPARE(replay(changes), serverState(QStringLiteral("loket.mechelen")));
    // Accounts are reduced to the picker fields.
    for (const QJsonObject& c : changes) {
        if (c.value(QStringLiteral("table")).toString() == QLatin1String("accounts")) {
            const QJsonObject row = c.value(QStringLiteral("row")).toObject();
            QVERIFY(!row.contains(QStringLiteral("email")) && !row.contains(QStringLiteral("password_hash")));
        }
    }
}

void TestServerPull::referrerSeesOnlyWhatItFiled()
{
    bool ok = false;
    const TestServer::Session s = m_sessions.value(QStringLiteral("toeleider.antwerpen"));
    const QVector<QJsonObject> changes = m_server.pullAll(s.accessToken, 1000, &ok);
    QVERIFY(ok);
    const QString me = s.account.value(QStringLiteral("id")).toString();
    int parents = 0;
    for (const QJsonObject& c : changes) {
        const QString table = c.value(QStringLiteral("table")).toString();
        const QJsonObject row = c.value(QStringLiteral("row")).toObject();
        QVERIFY2(QStringList({QStringLiteral("regions"), QStringLiteral("locations"), QStringLiteral("parents"),
                              QStringLiteral("children"), QStringLiteral("applications")})
                     .contains(table),
                 qPrintable(table));
        if (table == QLatin1String("locations"))
            QVERIFY(row.value(QStringLiteral("published")).toBool());
        if (table == QLatin1String("parents")) {
            ++parents;
            QCOMPARE(row.value(QStringLiteral("referrer_account_id")).toString(), me);
        }
        if (table == QLatin1String("applications"))
            QCOMPARE(row.value(QStringLiteral("referrer_account_id")).toString(), me);
    }
    QCOMPARE(parents, 30);
    QCOMPARE(replay(changes), serverState(QStringLiteral("toeleider.antwerpen")));
}

void TestServerPull::pagingWithConcurrentWritesMissesNothing()
{
    const QString adminToken = m_sessions.value(QStringLiteral("admin")).accessToken;
    const QString writerToken = m_sessions.value(QStringLiteral("regie.antwerpen")).accessToken;
    QVector<QJsonObject> all;
    QString cursor;
    qint64 lastSeq = 0;
    qint64 mid = 1;
    QStringList pulledParents;
    for (int page = 0; page < 1000; ++page) {
        const HttpReply r = pullPage(adminToken, cursor, 250);
        QCOMPARE(r.status, 200);
        QSet<QString> inPage;
        for (const QJsonValue& v : r.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString key = c.value(QStringLiteral("table")).toString() + QLatin1Char('/') +
                                c.value(QStringLiteral("id")).toString();
            QVERIFY2(!inPage.contains(key), "a row appears twice in one page");
            inPage.insert(key);
            QVERIFY(c.value(QStringLiteral("seq")).toInteger() >= lastSeq);
            lastSeq = c.value(QStringLiteral("seq")).toInteger();
            if (c.value(QStringLiteral("table")).toString() == QLatin1String("parents") &&
                c.value(QStringLiteral("row")).toObject().value(QStringLiteral("region_id")).toString() ==
                    QLatin1String("antwerpen"))
                pulledParents.append(c.value(QStringLiteral("id")).toString());
            all.append(c);
        }
        cursor = r.json.value(QStringLiteral("cursor")).toString();
        if (!r.json.value(QStringLiteral("has_more")).toBool())
            break;
        // Between pages another device writes: a new parent, and an update of a row already pulled.
        if (page % 3 == 1 && !pulledParents.isEmpty()) {
            const QJsonObject parent{{QStringLiteral("id"), Uuid::v7()},
                                     {QStringLiteral("region_id"), QStringLiteral("antwerpen")},
                                     {QStringLiteral("first_name"), QStringLiteral("Noor")},
                                     {QStringLiteral("last_name"), QStringLiteral("El Amrani")}};
            const QString target = pulledParents.at(page % pulledParents.size());
            const QJsonObject stored = m_server.storage().findRow(QStringLiteral("parents"), target)->row;
            const QJsonArray mutations{
                QJsonObject{{QStringLiteral("mid"), mid},
                            {QStringLiteral("table"), QStringLiteral("parents")},
                            {QStringLiteral("op"), QStringLiteral("insert")},
                            {QStringLiteral("id"), parent.value(QStringLiteral("id"))},
                            {QStringLiteral("row"), parent}},
                QJsonObject{
                    {QStringLiteral("mid"), mid + 1},
                    {QStringLiteral("table"), QStringLiteral("parents")},
                    {QStringLiteral("op"), QStringLiteral("update")},
                    {QStringLiteral("id"), target},
                    {QStringLiteral("changes"),
                     QJsonObject{{QStringLiteral("notes"),
                                  QJsonObject{{QStringLiteral("old"), stored.value(QStringLiteral("notes"))},
                                              {QStringLiteral("new"), QStringLiteral("page %1").arg(page)}}}}}}};
            mid += 2;
            const HttpReply w = m_server.push(writerToken, QStringLiteral("concurrent-writer"), mutations);
            QCOMPARE(w.status, 200);
            QCOMPARE(w.json.value(QStringLiteral("results"))
                         .toArray()
                         .at(1)
                         .toObject()
                         .value(QStringLiteral("status"))
                         .toString(),
                     QStringLiteral("applied"));
        }
    }
    QVERIFY(mid > 5); // writes really happened between pages
    QCOMPARE(replay(all), serverState(QStringLiteral("admin")));
}

void TestServerPull::pageNeverSplitsASeq()
{
    const QString token = m_sessions.value(QStringLiteral("admin")).accessToken;
    QString cursor;
    qint64 previousLast = 0;
    int pages = 0;
    bool sawLargeSeq = false;
    for (; pages < 200; ++pages) {
        const HttpReply r = pullPage(token, cursor, 7);
        QCOMPARE(r.status, 200);
        const QJsonArray changes = r.json.value(QStringLiteral("changes")).toArray();
        if (changes.isEmpty())
            break;
        const qint64 first = changes.first().toObject().value(QStringLiteral("seq")).toInteger();
        const qint64 last = changes.last().toObject().value(QStringLiteral("seq")).toInteger();
        QVERIFY2(first > previousLast, "a seq continued on the next page");
        if (changes.size() > 7) {
            QCOMPARE(first,
                     last); // a page exceeds the limit only when it holds one seq larger than the limit
            sawLargeSeq = true;
        }
        previousLast = last;
        cursor = r.json.value(QStringLiteral("cursor")).toString();
        if (!r.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    QVERIFY(pages > 3);
    QVERIFY(sawLargeSeq); // the demo locations (60 rows) are one seq
}

void TestServerPull::limitIsClampedAndValidated()
{
    const QString token = m_sessions.value(QStringLiteral("admin")).accessToken;
    const HttpReply big = pullPage(token, QString(), 999999);
    QCOMPARE(big.status, 200);
    QVERIFY(big.json.value(QStringLiteral("changes")).toArray().size() <= 5000 + 100);
    QVERIFY(big.json.value(QStringLiteral("has_more")).toBool());
    const HttpReply zero = pullPage(token, QString(), 0);
    QCOMPARE(zero.status, 200);
    QCOMPARE(zero.json.value(QStringLiteral("changes")).toArray().size(), 3); // seq 1: the three regions
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/sync/pull?limit=abc"), token).status, 400);
}

// count=1 on the first page of a round: "remaining" is what the following pages bring, exactly (rows and
// tombstones), for scopes by region, by filer and everything. On a server of its own: the tombstone it makes
// must not meet deletesArriveAsTombstones' purge.
void TestServerPull::countOnFirstPageGivesExactRemaining()
{
    TestServer server(TestServer::Demo);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QHash<QString, QString> tokens;
    for (const char* name : {"admin", "loket.mechelen", "toeleider.antwerpen", "regie.antwerpen"}) {
        const TestServer::Session s = server.login(QString::fromLatin1(name), QStringLiteral("demo"));
        QVERIFY2(s.isValid(), qPrintable(server.errorString()));
        tokens.insert(QString::fromLatin1(name), s.accessToken);
    }
    // A tombstone in Mechelen, so that tombstones are counted as well.
    const AccessScope mechelen =
        AccessScope::forAccount(*server.storage().accountByUsername(QStringLiteral("loket.mechelen")));
    const QString line = server.storage().visibleVersions(QStringLiteral("emergency_entries"), mechelen).first();
    const HttpReply del =
        server.push(tokens.value(QStringLiteral("admin")), QStringLiteral("count-deleter"),
                    {QJsonObject{{QStringLiteral("mid"), 1},
                                 {QStringLiteral("table"), QStringLiteral("emergency_entries")},
                                 {QStringLiteral("op"), QStringLiteral("delete")},
                                 {QStringLiteral("id"), line.section(QLatin1Char(':'), 0, 0)},
                                 {QStringLiteral("base_version"), line.section(QLatin1Char(':'), 1).toLongLong()}}});
    QCOMPARE(
        del.json.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("applied"));
    const QList<QPair<QString, int>> rounds{{QStringLiteral("admin"), 700},
                                            {QStringLiteral("regie.antwerpen"), 500},
                                            {QStringLiteral("loket.mechelen"), 500},
                                            {QStringLiteral("toeleider.antwerpen"), 40}};
    for (const auto& [name, limit] : rounds) {
        checkRemaining(server.http(), tokens.value(name), limit);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("for ") + name));
    }
    const QString token = tokens.value(QStringLiteral("admin"));
    QCOMPARE(server.http().get(QStringLiteral("/api/v1/sync/pull?count=yes"), token).status, 400);
    QVERIFY(!server.http()
                 .get(QStringLiteral("/api/v1/sync/pull?limit=5&count=0"), token)
                 .json.contains(QStringLiteral("remaining")));
}

void TestServerPull::checkRemaining(TestHttp& http, const QString& token, int limit)
{
    const QString path = QStringLiteral("/api/v1/sync/pull?limit=%1").arg(limit);
    const HttpReply first = http.get(path + QStringLiteral("&count=1"), token);
    QCOMPARE(first.status, 200);
    QVERIFY(first.json.contains(QStringLiteral("remaining")));
    const qint64 remaining = first.json.value(QStringLiteral("remaining")).toInteger();
    const qint64 firstPage = first.json.value(QStringLiteral("changes")).toArray().size();
    qint64 later = 0;
    QString cursor = first.json.value(QStringLiteral("cursor")).toString();
    bool more = first.json.value(QStringLiteral("has_more")).toBool();
    int pages = 1;
    for (; more && pages < 500; ++pages) {
        const HttpReply r =
            http.get(path + QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)), token);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.contains(QStringLiteral("remaining"))); // only when asked
        later += r.json.value(QStringLiteral("changes")).toArray().size();
        cursor = r.json.value(QStringLiteral("cursor")).toString();
        more = r.json.value(QStringLiteral("has_more")).toBool();
    }
    QVERIFY(pages > 2);
    QCOMPARE(remaining + firstPage, firstPage + later);
    const HttpReply end = http.get(QStringLiteral("/api/v1/sync/pull?count=1&cursor=") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(cursor)),
                                   token);
    QCOMPARE(end.json.value(QStringLiteral("remaining")).toInteger(-1), 0);
}

void TestServerPull::badCursorIs400AndForeignCursorIs410()
{
    const QString token = m_sessions.value(QStringLiteral("admin")).accessToken;
    const HttpReply bad = pullPage(token, QStringLiteral("%%%not-a-cursor"), 10);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("malformed"));
    const HttpReply first = pullPage(token, QString(), 10);
    PullCursor cursor;
    QVERIFY(PullCursor::decode(first.json.value(QStringLiteral("cursor")).toString(), &cursor));
    QCOMPARE(cursor.epoch, first.json.value(QStringLiteral("epoch")).toString());
    cursor.epoch = QStringLiteral("0123456789abcdef0123456789abcdef");
    const HttpReply restored = pullPage(token, cursor.encode(), 10);
    QCOMPARE(restored.status, 410);
    QCOMPARE(restored.errorCode(), QStringLiteral("resync_required"));
    // A cursor made under another account's scope cannot be reused.
    const HttpReply mechelen = pullPage(m_sessions.value(QStringLiteral("loket.mechelen")).accessToken, QString(), 10);
    QCOMPARE(pullPage(token, mechelen.json.value(QStringLiteral("cursor")).toString(), 10).status, 410);
}

void TestServerPull::deletesArriveAsTombstones()
{
    const QString token = m_sessions.value(QStringLiteral("regie.antwerpen")).accessToken;
    const QString cursor = endCursor(token);
    QVERIFY(!cursor.isEmpty());
    // Delete one emergency entry of Antwerp, then pull from the end: exactly one tombstone without row.
    const AccessScope scope =
        AccessScope::forAccount(*m_server.storage().accountByUsername(QStringLiteral("regie.antwerpen")));
    const QString line = m_server.storage().visibleVersions(QStringLiteral("emergency_entries"), scope).first();
    const QString id = line.section(QLatin1Char(':'), 0, 0);
    const qint64 version = line.section(QLatin1Char(':'), 1).toLongLong();
    const HttpReply del = m_server.push(token, QStringLiteral("deleter"),
                                        {QJsonObject{{QStringLiteral("mid"), 1},
                                                     {QStringLiteral("table"), QStringLiteral("emergency_entries")},
                                                     {QStringLiteral("op"), QStringLiteral("delete")},
                                                     {QStringLiteral("id"), id},
                                                     {QStringLiteral("base_version"), version}}});
    QCOMPARE(
        del.json.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("applied"));
    const HttpReply after = pullPage(token, cursor, 100);
    const QJsonArray changes = after.json.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject c = changes.at(0).toObject();
    QCOMPARE(c.value(QStringLiteral("op")).toString(), QStringLiteral("delete"));
    QCOMPARE(c.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(c.value(QStringLiteral("version")).toInteger(), version + 1);
    QVERIFY(!c.contains(QStringLiteral("row")));
    // Once the tombstone is purged (retention passed), a cursor from before it must resync.
    QCOMPARE(m_server.storage().purgeTombstones(QDateTime::currentDateTimeUtc().addDays(1)), 1);
    const HttpReply stale = pullPage(token, cursor, 100);
    QCOMPARE(stale.status, 410);
    QCOMPARE(stale.errorCode(), QStringLiteral("resync_required"));
    QCOMPARE(pullPage(token, after.json.value(QStringLiteral("cursor")).toString(), 100).status, 200);
    // A client starting from scratch after the purge is never sent back to the start: its first cursors lie
    // below the purge point, but nothing it holds was deleted before it read it.
    QString fresh;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const HttpReply page = pullPage(token, fresh, 50);
        QCOMPARE(page.status, 200);
        fresh = page.json.value(QStringLiteral("cursor")).toString();
        more = page.json.value(QStringLiteral("has_more")).toBool();
    }
    QVERIFY(pages > 2);
    // Mechelen never hears of it.
    const HttpReply mech = pullPage(m_sessions.value(QStringLiteral("loket.mechelen")).accessToken, QString(), 5000);
    for (const QJsonValue& v : mech.json.value(QStringLiteral("changes")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("id")).toString() != id);
}

// The compact page (docs/PROTOCOL.md "Pull, compact pages") of every step of a round holds what the JSON page of the
// same step holds: header, changes in order, every value of every row, tombstones; on PostgreSQL too, whose
// jsonb comes back in its own layout.
void TestServerPull::compactPagesCarryTheJsonPages()
{
    const QString token = m_sessions.value(QStringLiteral("regie.antwerpen")).accessToken;
    const AccessScope scope =
        AccessScope::forAccount(*m_server.storage().accountByUsername(QStringLiteral("regie.antwerpen")));
    const QString line = m_server.storage().visibleVersions(QStringLiteral("emergency_entries"), scope).first();
    const HttpReply del =
        m_server.push(token, QStringLiteral("compact-deleter"),
                      {QJsonObject{{QStringLiteral("mid"), 1},
                                   {QStringLiteral("table"), QStringLiteral("emergency_entries")},
                                   {QStringLiteral("op"), QStringLiteral("delete")},
                                   {QStringLiteral("id"), line.section(QLatin1Char(':'), 0, 0)},
                                   {QStringLiteral("base_version"), line.section(QLatin1Char(':'), 1).toLongLong()}}});
    QCOMPARE(del.status, 200);
    QString cursor;
    int tombstones = 0, rows = 0;
    for (bool more = true; more;) {
        QString path = QStringLiteral("/api/v1/sync/pull?limit=2000&count=1&client_id=compact-deleter");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const HttpReply json = m_server.http().get(path, token);
        const HttpReply cbor =
            m_server.http().send("GET", path, QByteArray(), token, 20000, {{"Accept", "application/cbor"}});
        QCOMPARE(json.status, 200);
        QCOMPARE(cbor.status, 200);
        QCOMPARE(cbor.header("Content-Type"), QByteArray("application/cbor"));
        QVERIFY(cbor.body.size() * 10 < json.body.size() * 6); // the point of it: about half (52 % here)
        CompactPageReader reader(cbor.body);
        Protocol::PullPage header;
        QString error;
        QVERIFY2(reader.readHeader(&header, &error), qPrintable(error));
        QCOMPARE(header.epoch, json.json.value(QStringLiteral("epoch")).toString());
        QCOMPARE(header.cursor, json.json.value(QStringLiteral("cursor")).toString());
        QCOMPARE(header.hasMore, json.json.value(QStringLiteral("has_more")).toBool());
        QCOMPARE(header.remaining, json.json.value(QStringLiteral("remaining")).toInteger());
        QCOMPARE(header.lastMutationId, 1);
        const QJsonArray changes = json.json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(reader.changeCount(), changes.size());
        for (const QJsonValue& v : changes) {
            QVERIFY2(reader.next(&error), qPrintable(error));
            QCOMPARE(reader.toChange().toJson(), v.toObject());
            (reader.toChange().deleted ? tombstones : rows) += 1;
        }
        QVERIFY(!reader.next(&error));
        QVERIFY(error.isEmpty());
        cursor = header.cursor;
        more = header.hasMore;
    }
    QVERIFY(rows > 1000);
    QCOMPARE(tombstones, 1);
}

void TestServerPull::compactPageOnlyWhenAskedFor()
{
    const QString token = m_sessions.value(QStringLiteral("loket.mechelen")).accessToken;
    const QString path = QStringLiteral("/api/v1/sync/pull?limit=5");
    const QList<QPair<QByteArray, QByteArray>> cases{
        {QByteArray(), "application/json"},
        {"application/json", "application/json"},
        {"*/*", "application/json"},
        {"application/cbor", "application/cbor"},
        {"Application/CBOR ; q=0.8, application/json", "application/cbor"}};
    for (const auto& [accept, expected] : cases) {
        QHash<QByteArray, QByteArray> headers;
        if (!accept.isEmpty())
            headers.insert("Accept", accept);
        const HttpReply r = m_server.http().send("GET", path, QByteArray(), token, 20000, headers);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), expected);
    }
    // Errors stay JSON whatever was asked for: the client reads them the one way.
    const HttpReply bad = m_server.http().send("GET", QStringLiteral("/api/v1/sync/pull?limit=abc"), QByteArray(),
                                               token, 20000, {{"Accept", "application/cbor"}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("malformed"));
}

QTEST_GUILESS_MAIN(TestServerPull)
#include "TestServerPull.moc"

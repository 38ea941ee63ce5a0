#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestServer.h"
#include "auth/AccountAdmin.h"
#include "domain/NoteLog.h"
#include "domain/Uuid.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>
#include <QtTest>

using namespace TestMutations;

// GET /api/v1/history (docs/PROTOCOL.md "History") over HTTP: the writes of one row with the changed field
// names, under the same scope rules as pull; plus the note-log merge of concurrent appends and the state
// machine check of application updates (docs/PROTOCOL.md "Push").
class TestServerHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyListsEachWriteWithItsFields();
    void rowsTheCallerMayNotSeeAnswer404();
    void malformedRequestsAre400();
    void referrerSeesTheHistoryOfWhatItFiledOnly();
    void concurrentNotesAreBothKept();
    void editedNotesStillConflict();
    void forbiddenStateChangesAreRejected();

private:
    using Family = TestAccounts::Family;
    HttpReply history(const QString& who, const QString& table, const QString& id);
    QJsonObject stored(const QString& table, const QString& id) { return m_server.storedRow(table, id); }

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
};

namespace {

QSet<QString> names(const QJsonValue& array)
{
    QSet<QString> set;
    for (const QJsonValue& v : array.toArray())
        set.insert(v.toString());
    return set;
}

} // namespace

void TestServerHistory::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    Account lotte;
    lotte.username = QStringLiteral("loket.ant");
    lotte.displayName = QStringLiteral("Lotte Van Damme");
    lotte.role = QStringLiteral("counter");
    lotte.regionIds = {QStringLiteral("antwerpen")};
    QString error;
    QVERIFY2(!AccountAdmin(m_server.storage()).create(lotte, QStringLiteral("secret"), &error).isEmpty(),
             qPrintable(error));
    QVERIFY2(m_accounts.signIn(lotte.username, &error), qPrintable(error));
    QVERIFY2(
        m_accounts.addAll({{QStringLiteral("regie.ant"), QStringLiteral("coordinator"), {QStringLiteral("antwerpen")}},
                           {QStringLiteral("loket.mec"), QStringLiteral("counter"), {QStringLiteral("mechelen")}},
                           {QStringLiteral("toeleider"), QStringLiteral("referrer"), {QStringLiteral("antwerpen")}}},
                          &error),
        qPrintable(error));
}

HttpReply TestServerHistory::history(const QString& who, const QString& table, const QString& id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("table"), table);
    query.addQueryItem(QStringLiteral("id"), id);
    return m_server.http().get(QStringLiteral("/api/v1/history?") + query.toString(QUrl::FullyEncoded),
                               m_accounts.token(who));
}

void TestServerHistory::historyListsEachWriteWithItsFields()
{
    const QString lotte = QStringLiteral("loket.ant");
    const Family f = m_accounts.fileFamily(lotte, QStringLiteral("antwerpen"));
    const QString apps = QStringLiteral("applications");
    QCOMPARE(str(m_accounts.pushOne(lotte, update(apps, f.applicationId, 1,
                                                  {{QStringLiteral("status"), change(QStringLiteral("submitted"),
                                                                                     QStringLiteral("in_review"))}})),
                 "status"),
             QStringLiteral("applied"));
    const QString later = QDate::currentDate().addMonths(10).toString(Qt::ISODate);
    const QJsonObject second = m_accounts.pushOne(
        QStringLiteral("regie.ant"),
        update(apps, f.applicationId, 2,
               {{QStringLiteral("desired_start"), change(str(stored(apps, f.applicationId), "desired_start"), later)},
                {QStringLiteral("start_flexibility_weeks"), change(QJsonValue(), 4)}}));
    QCOMPARE(str(second, "status"), QStringLiteral("applied"));
    // A push that changes nothing (already equal) and a refused one are not history.
    m_accounts.pushOne(
        lotte, update(apps, f.applicationId, 3,
                      {{QStringLiteral("status"), change(QStringLiteral("submitted"), QStringLiteral("in_review"))}}));
    QCOMPARE(str(m_accounts.pushOne(lotte, update(apps, f.applicationId, 3,
                                                  {{QStringLiteral("status"),
                                                    change(QStringLiteral("in_review"), QStringLiteral("placed"))}})),
                 "status"),
             QStringLiteral("rejected"));

    const HttpReply reply = history(lotte, apps, f.applicationId);
    QCOMPARE(reply.status, 200);
    QCOMPARE(str(reply.json, "id"), f.applicationId);
    const QJsonArray entries = reply.json.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 3);
    const QJsonObject created = entries.at(0).toObject();
    QCOMPARE(str(created, "action"), QStringLiteral("insert"));
    QCOMPARE(created.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(str(created, "account_id"), m_accounts.accountId(lotte));
    QCOMPARE(str(created, "account_name"), QStringLiteral("Lotte Van Damme"));
    QVERIFY(names(created.value(QStringLiteral("fields"))).contains(QStringLiteral("desired_start")));
    QVERIFY(!QDateTime::fromString(str(created, "at"), Qt::ISODateWithMs).isNull());

    const QJsonObject review = entries.at(1).toObject();
    QCOMPARE(str(review, "action"), QStringLiteral("update"));
    QCOMPARE(review.value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(names(review.value(QStringLiteral("fields"))), QSet<QString>{QStringLiteral("status")});

    const QJsonObject moved = entries.at(2).toObject();
    QCOMPARE(moved.value(QStringLiteral("version")).toInteger(), 3);
    QCOMPARE(str(moved, "account_name"), QStringLiteral("regie.ant")); // no display name: the user name
    QCOMPARE(names(moved.value(QStringLiteral("fields"))),
             (QSet<QString>{QStringLiteral("desired_start"), QStringLiteral("start_flexibility_weeks")}));
    // Names only: no value of the row appears anywhere in the answer.
    QVERIFY(!reply.body.contains(later.toUtf8()));
    for (const QJsonValue& e : entries)
        QCOMPARE(e.toObject().keys().size(), 6);

    const HttpReply parent = history(lotte, QStringLiteral("parents"), f.parentId);
    QCOMPARE(parent.status, 200);
    QCOMPARE(parent.json.value(QStringLiteral("entries")).toArray().size(), 1);
    QVERIFY(!parent.body.contains(str(stored(QStringLiteral("parents"), f.parentId), "last_name").toUtf8()));
}

void TestServerHistory::rowsTheCallerMayNotSeeAnswer404()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("loket.ant"), QStringLiteral("antwerpen"));
    const HttpReply other = history(QStringLiteral("loket.mec"), QStringLiteral("applications"), f.applicationId);
    QCOMPARE(other.status, 404);
    QCOMPARE(other.errorCode(), QStringLiteral("not_found"));
    const HttpReply missing = history(QStringLiteral("loket.mec"), QStringLiteral("applications"), Uuid::v7());
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.body, other.body); // indistinguishable from a row that does not exist

    QCOMPARE(
        str(m_accounts.pushOne(QStringLiteral("loket.ant"), remove(QStringLiteral("applications"), f.applicationId, 1)),
            "status"),
        QStringLiteral("applied"));
    QCOMPARE(history(QStringLiteral("loket.ant"), QStringLiteral("applications"), f.applicationId).status, 404);
    const HttpReply anonymous = m_server.http().get(QStringLiteral("/api/v1/history?table=parents&id=") + f.parentId);
    QCOMPARE(anonymous.status, 401);
}

void TestServerHistory::malformedRequestsAre400()
{
    const QString lotte = QStringLiteral("loket.ant");
    for (const QString& table : {QStringLiteral("nonsense"), QStringLiteral("accounts"), QString()})
        QCOMPARE(history(lotte, table, Uuid::v7()).errorCode(), QStringLiteral("malformed"));
    QCOMPARE(history(lotte, QStringLiteral("parents"), QString()).status, 400);
    QCOMPARE(history(lotte, QStringLiteral("parents"), QString(101, QLatin1Char('x'))).status, 400);
    const HttpReply post = m_server.http().post(QStringLiteral("/api/v1/history"), {}, m_accounts.token(lotte));
    QCOMPARE(post.status, 405);
}

void TestServerHistory::referrerSeesTheHistoryOfWhatItFiledOnly()
{
    const Family own = m_accounts.fileFamily(QStringLiteral("toeleider"), QStringLiteral("antwerpen"));
    const HttpReply mine = history(QStringLiteral("toeleider"), QStringLiteral("applications"), own.applicationId);
    QCOMPARE(mine.status, 200);
    const QJsonArray entries = mine.json.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(str(entries.at(0).toObject(), "account_id"), m_accounts.accountId(QStringLiteral("toeleider")));
    // The counter worker, who sees the region, sees it too.
    QCOMPARE(history(QStringLiteral("loket.ant"), QStringLiteral("applications"), own.applicationId).status, 200);

    const Family counters = m_accounts.fileFamily(QStringLiteral("loket.ant"), QStringLiteral("antwerpen"));
    for (const QString& table : {QStringLiteral("parents"), QStringLiteral("applications")}) {
        const QString id = table == QLatin1String("parents") ? counters.parentId : counters.applicationId;
        QCOMPARE(history(QStringLiteral("toeleider"), table, id).status, 404);
    }
}

void TestServerHistory::concurrentNotesAreBothKept()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("loket.ant"), QStringLiteral("antwerpen"));
    const QString apps = QStringLiteral("applications");
    const QString base = NoteLog::append(QString(), {QStringLiteral("2026-12-01T09:00:00Z"), QString(),
                                                     QStringLiteral("Lotte Van Damme"), QStringLiteral("Called")});
    QCOMPARE(str(m_accounts.pushOne(
                     QStringLiteral("loket.ant"),
                     update(apps, f.applicationId, 1, {{QStringLiteral("notes"), change(QJsonValue(), base)}})),
                 "status"),
             QStringLiteral("applied"));
    const Note mine{QStringLiteral("2026-12-01T10:00:00Z"), m_accounts.accountId(QStringLiteral("loket.ant")),
                    QStringLiteral("Lotte Van Damme"), QStringLiteral("Documents received")};
    const Note theirs{QStringLiteral("2026-12-01T10:00:05Z"), m_accounts.accountId(QStringLiteral("regie.ant")),
                      QStringLiteral("regie.ant"), QStringLiteral("Asked for a second choice")};
    // Both from version 2 with the same base text.
    const QJsonObject first = m_accounts.pushOne(
        QStringLiteral("regie.ant"),
        update(apps, f.applicationId, 2, {{QStringLiteral("notes"), change(base, NoteLog::append(base, theirs))}}));
    QCOMPARE(str(first, "status"), QStringLiteral("applied"));
    const QJsonObject second = m_accounts.pushOne(
        QStringLiteral("loket.ant"),
        update(apps, f.applicationId, 2, {{QStringLiteral("notes"), change(base, NoteLog::append(base, mine))}}));
    QCOMPARE(str(second, "status"), QStringLiteral("applied"));
    QCOMPARE(second.value(QStringLiteral("version")).toInteger(), 4);
    const QVector<Note> notes = NoteLog::parse(str(stored(apps, f.applicationId), "notes"));
    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes.at(0).text, QStringLiteral("Called"));
    // The server signs each entry with the pushing account and its own time (docs/PROTOCOL.md "Who may write
    // what"): the entries are the same ones, written by whoever pushed them.
    QVERIFY(notes.at(1).sameEntry(theirs));
    QCOMPARE(notes.at(1).authorId, m_accounts.accountId(QStringLiteral("regie.ant")));
    QVERIFY(notes.at(2).sameEntry(mine));
    QCOMPARE(notes.at(2).authorId, m_accounts.accountId(QStringLiteral("loket.ant")));
    // A retry of the same append (a lost answer, a new mid) adds nothing twice.
    m_accounts.pushOne(
        QStringLiteral("loket.ant"),
        update(apps, f.applicationId, 2, {{QStringLiteral("notes"), change(base, NoteLog::append(base, mine))}}));
    QCOMPARE(NoteLog::parse(str(stored(apps, f.applicationId), "notes")).size(), 3);
    const QJsonArray entries =
        history(QStringLiteral("loket.ant"), apps, f.applicationId).json.value(QStringLiteral("entries")).toArray();
    QCOMPARE(names(entries.last().toObject().value(QStringLiteral("fields"))), QSet<QString>{QStringLiteral("notes")});
}

void TestServerHistory::editedNotesStillConflict()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("loket.ant"), QStringLiteral("antwerpen"));
    const QString apps = QStringLiteral("applications");
    const Note a{QStringLiteral("2026-12-01T09:00:00Z"), QString(), QStringLiteral("A"), QStringLiteral("one")};
    const QString base = NoteLog::append(QString(), a);
    m_accounts.pushOne(QStringLiteral("loket.ant"),
                       update(apps, f.applicationId, 1, {{QStringLiteral("notes"), change(QJsonValue(), base)}}));
    const Note b{QStringLiteral("2026-12-01T09:05:00Z"), QString(), QStringLiteral("B"), QStringLiteral("two")};
    m_accounts.pushOne(
        QStringLiteral("regie.ant"),
        update(apps, f.applicationId, 2, {{QStringLiteral("notes"), change(base, NoteLog::append(base, b))}}));
    // The other worker rewrote the first note instead of appending: a person decides.
    Note edited = a;
    edited.text = QStringLiteral("one, corrected");
    const QJsonObject result = m_accounts.pushOne(
        QStringLiteral("loket.ant"),
        update(apps, f.applicationId, 2, {{QStringLiteral("notes"), change(base, NoteLog::format({edited}))}}));
    QCOMPARE(str(result, "status"), QStringLiteral("conflict"));
    QCOMPARE(NoteLog::parse(str(stored(apps, f.applicationId), "notes")).size(), 2);
}

void TestServerHistory::forbiddenStateChangesAreRejected()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("loket.ant"), QStringLiteral("antwerpen"));
    const QString apps = QStringLiteral("applications");
    auto move = [&](const QString& from, const QString& to, const QString& reason = QString()) {
        const qint64 version = stored(apps, f.applicationId).value(QStringLiteral("version")).toInteger();
        QJsonObject changes{{QStringLiteral("status"), change(from, to)}};
        if (!reason.isEmpty())
            changes.insert(QStringLiteral("closed_reason"), change(QJsonValue(), reason));
        return str(m_accounts.pushOne(QStringLiteral("loket.ant"), update(apps, f.applicationId, version, changes)),
                   "status");
    };
    QCOMPARE(move(QStringLiteral("submitted"), QStringLiteral("offered")), QStringLiteral("rejected"));
    QCOMPARE(move(QStringLiteral("submitted"), QStringLiteral("placed")), QStringLiteral("rejected"));
    QCOMPARE(str(stored(apps, f.applicationId), "status"), QStringLiteral("submitted"));
    QCOMPARE(move(QStringLiteral("submitted"), QStringLiteral("in_review")), QStringLiteral("applied"));
    // Offered only while a sent offer stands (docs/PROTOCOL.md "Offers and the emergency list"): the server moves the
    // application there itself when one is sent.
    QCOMPARE(move(QStringLiteral("in_review"), QStringLiteral("offered")), QStringLiteral("rejected"));
    const QJsonObject location = locationRow(QStringLiteral("antwerpen"));
    const QJsonObject place = freePlaceRow(QStringLiteral("antwerpen"), str(location, "id"));
    QJsonObject offer = offerRow(QStringLiteral("antwerpen"), f.applicationId, str(place, "id"), str(location, "id"));
    offer.insert(QStringLiteral("status"), QStringLiteral("sent"));
    m_accounts.pushAll(QStringLiteral("regie.ant"),
                       {insert(QStringLiteral("locations"), location), insert(QStringLiteral("free_places"), place),
                        insert(QStringLiteral("offers"), offer)});
    QCOMPARE(str(stored(apps, f.applicationId), "status"), QStringLiteral("offered"));
    QCOMPARE(move(QStringLiteral("offered"), QStringLiteral("in_review")), QStringLiteral("applied"));
    // Closing needs a reason: refused without one, applied with one.
    QCOMPARE(move(QStringLiteral("in_review"), QStringLiteral("cancelled")), QStringLiteral("rejected"));
    QCOMPARE(str(stored(apps, f.applicationId), "status"), QStringLiteral("in_review"));
    QCOMPARE(move(QStringLiteral("in_review"), QStringLiteral("cancelled"), QStringLiteral("Found a place elsewhere")),
             QStringLiteral("applied"));
    QCOMPARE(str(stored(apps, f.applicationId), "closed_reason"), QStringLiteral("Found a place elsewhere"));
    QCOMPARE(move(QStringLiteral("cancelled"), QStringLiteral("in_review")), QStringLiteral("rejected"));
    QCOMPARE(str(stored(apps, f.applicationId), "status"), QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestServerHistory)
#include "TestServerHistory.moc"

#include "ServerStorage.h"
#include "TestMutations.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QtTest>

using namespace TestMutations;

// POST /sync/push, per batch: replay of applied mids, mutation gaps, schema versions, malformed bodies.
class TestServerPushBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replayReturnsRecordedResultAndChangesNothing();
    void gapIs409AndAppliesNothing();
    void badBatchesAre400Or426();

private:
    QJsonObject storedRow(const QString& table, const QString& id)
    {
        const std::optional<StoredRow> row = m_server.storage().findRow(table, id);
        return row ? row->row : QJsonObject();
    }

    TestServer m_server{TestServer::Empty};
    QHash<QString, QString> m_tokens;
};

void TestServerPushBatch::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(
        !m_server.createAccount(QStringLiteral("regie"), QStringLiteral("coordinator"), {QStringLiteral("antwerpen")})
             .isEmpty());
    const TestServer::Session s = m_server.login(QStringLiteral("regie"), QStringLiteral("secret"));
    QVERIFY2(s.isValid(), qPrintable(m_server.errorString()));
    m_tokens.insert(QStringLiteral("regie"), s.accessToken);
}

void TestServerPushBatch::replayReturnsRecordedResultAndChangesNothing()
{
    const QJsonObject p = parentRow(QStringLiteral("antwerpen"));
    QJsonObject first = insert(QStringLiteral("parents"), p);
    first.insert(QStringLiteral("mid"), 1);
    QJsonObject second = update(QStringLiteral("parents"), p.value(QStringLiteral("id")).toString(), 1,
                                {{QStringLiteral("notes"), change(QJsonValue(), QStringLiteral("één"))}});
    second.insert(QStringLiteral("mid"), 2);
    const QString token = m_tokens.value(QStringLiteral("regie"));
    const HttpReply original = m_server.push(token, QStringLiteral("replay-client"), {first, second});
    QCOMPARE(original.status, 200);
    QCOMPARE(original.json.value(QStringLiteral("last_mutation_id")).toInt(), 2);
    const qint64 seqBefore = m_server.storage().currentSeq();
    const QJsonObject rowBefore = storedRow(QStringLiteral("parents"), p.value(QStringLiteral("id")).toString());
    const HttpReply replay = m_server.push(token, QStringLiteral("replay-client"), {first, second});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json.value(QStringLiteral("results")), original.json.value(QStringLiteral("results")));
    QCOMPARE(m_server.storage().currentSeq(), seqBefore);
    QCOMPARE(storedRow(QStringLiteral("parents"), p.value(QStringLiteral("id")).toString()), rowBefore);
    // A batch overlapping the applied ones replays the old and applies only the new.
    QJsonObject third = update(QStringLiteral("parents"), p.value(QStringLiteral("id")).toString(), 2,
                               {{QStringLiteral("notes"), change(QStringLiteral("één"), QStringLiteral("twee"))}});
    third.insert(QStringLiteral("mid"), 3);
    const HttpReply overlap = m_server.push(token, QStringLiteral("replay-client"), {second, third});
    QCOMPARE(overlap.json.value(QStringLiteral("results")).toArray().at(0),
             original.json.value(QStringLiteral("results")).toArray().at(1));
    QCOMPARE(overlap.json.value(QStringLiteral("last_mutation_id")).toInt(), 3);
    QCOMPARE(storedRow(QStringLiteral("parents"), p.value(QStringLiteral("id")).toString())
                 .value(QStringLiteral("version"))
                 .toInt(),
             3);
    // pull reports the client's last_mutation_id.
    const HttpReply pulled =
        m_server.http().get(QStringLiteral("/api/v1/sync/pull?limit=1&client_id=replay-client"), token);
    QCOMPARE(pulled.json.value(QStringLiteral("last_mutation_id")).toInt(), 3);
}

void TestServerPushBatch::gapIs409AndAppliesNothing()
{
    const QString token = m_tokens.value(QStringLiteral("regie"));
    const QJsonObject p = parentRow(QStringLiteral("antwerpen"));
    QJsonObject m = insert(QStringLiteral("parents"), p);
    m.insert(QStringLiteral("mid"), 5); // the client has applied nothing yet: 5 leaves a gap
    const qint64 seqBefore = m_server.storage().currentSeq();
    const HttpReply gap = m_server.push(token, QStringLiteral("gap-client"), {m});
    QCOMPARE(gap.status, 409);
    QCOMPARE(gap.errorCode(), QStringLiteral("mutation_gap"));
    QCOMPARE(gap.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("last_mutation_id")).toInt(), 0);
    QCOMPARE(m_server.storage().currentSeq(), seqBefore);
    QJsonObject a = m;
    a.insert(QStringLiteral("mid"), 1);
    QJsonObject b = insert(QStringLiteral("parents"), parentRow(QStringLiteral("antwerpen")));
    b.insert(QStringLiteral("mid"), 3); // not consecutive
    const HttpReply holes = m_server.push(token, QStringLiteral("gap-client"), {a, b});
    QCOMPARE(holes.status, 409);
    QVERIFY(storedRow(QStringLiteral("parents"), p.value(QStringLiteral("id")).toString()).isEmpty());
    QCOMPARE(m_server.push(token, QStringLiteral("gap-client"), {a}).status, 200);
}

void TestServerPushBatch::badBatchesAre400Or426()
{
    const QString token = m_tokens.value(QStringLiteral("regie"));
    const HttpReply old = m_server.http().post(QStringLiteral("/api/v1/sync/push"),
                                               {{QStringLiteral("client_id"), QStringLiteral("c")},
                                                {QStringLiteral("schema_version"), 99},
                                                {QStringLiteral("mutations"), QJsonArray()}},
                                               token);
    QCOMPARE(old.status, 426);
    QCOMPARE(old.errorCode(), QStringLiteral("upgrade_required"));
    const HttpReply bad = m_server.http().post(
        QStringLiteral("/api/v1/sync/push"),
        {{QStringLiteral("client_id"), QStringLiteral("c")},
         {QStringLiteral("schema_version"), 1},
         {QStringLiteral("mutations"),
          QJsonArray{QJsonObject{{QStringLiteral("mid"), 1}, {QStringLiteral("table"), QStringLiteral("secrets")}}}}},
        token);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("malformed"));
    QCOMPARE(m_server.http().postRaw(QStringLiteral("/api/v1/sync/push"), "[1,2", token).status, 400);
    QCOMPARE(m_server.http()
                 .post(QStringLiteral("/api/v1/sync/push"), {{QStringLiteral("schema_version"), 1}}, token)
                 .status,
             400);
}

QTEST_GUILESS_MAIN(TestServerPushBatch)
#include "TestServerPushBatch.moc"

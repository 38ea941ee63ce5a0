#include "TestMutations.h"
#include "TestServer.h"
#include "protocol/ApiConstants.h"
#include "storage/ServerStorage.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresDatabase.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QtTest>
#include <memory>
#include <sqlite3.h>

using namespace TestMutations;

// POST /sync/push, per batch: replay of applied mids, mutation gaps, schema versions, malformed bodies, one
// transaction per batch (a mutation failing in storage is undone alone; a failed commit records nothing).
class TestServerPushBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replayReturnsRecordedResultAndChangesNothing();
    void gapIs409AndAppliesNothing();
    void badBatchesAre400Or426();
    void storageFailureUndoesOnlyThatMutation();
    void failedCommitAnswers500AndRecordsNothing();

private:
    // Runs SQL on the test server's database over a connection of its own (the server's stays untouched).
    bool execOnDatabase(const QStringList& statements);
    // Makes every COMMIT of the server fail (true) or work again (false).
    bool setCommitsFail(bool fail);
    QJsonArray numbered(const QJsonArray& mutations, qint64 firstMid);

    QJsonObject storedRow(const QString& table, const QString& id) { return m_server.storedRow(table, id); }

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
    const QJsonObject oldError = old.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(oldError.value(QStringLiteral("message")).toString(),
             QStringLiteral("This server accepts schema versions %1 to %2.")
                 .arg(Protocol::kOldestSchemaVersion)
                 .arg(Protocol::kSchemaVersion));
    QCOMPARE(oldError.value(QStringLiteral("min_schema_version")).toInt(), Protocol::kOldestSchemaVersion);
    QCOMPARE(oldError.value(QStringLiteral("max_schema_version")).toInt(), Protocol::kSchemaVersion);
    QCOMPARE(old.json.value(QStringLiteral("max_schema_version")).toInt(), Protocol::kSchemaVersion);
    const HttpReply bad = m_server.http().post(
        QStringLiteral("/api/v1/sync/push"),
        {{QStringLiteral("client_id"), QStringLiteral("c")},
         {QStringLiteral("schema_version"), 1},
         {QStringLiteral("mutations"),
          QJsonArray{QJsonObject{{QStringLiteral("mid"), 1}, {QStringLiteral("table"), QStringLiteral("secrets")}}}}},
        token);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("malformed"));
    QCOMPARE(bad.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("mutation 0: unknown table \"secrets\""));
    QCOMPARE(m_server.http().postRaw(QStringLiteral("/api/v1/sync/push"), "[1,2", token).status, 400);
    QCOMPARE(m_server.http()
                 .post(QStringLiteral("/api/v1/sync/push"), {{QStringLiteral("schema_version"), 1}}, token)
                 .status,
             400);
}

bool TestServerPushBatch::execOnDatabase(const QStringList& statements)
{
    std::unique_ptr<SqlDatabase> db;
    QString error;
    if (m_server.databaseUrl().isEmpty()) {
        auto sqlite = std::make_unique<SqliteDatabase>(m_server.dataDir() + QStringLiteral("/opvangloket.sqlite"));
        if (!sqlite->open(&error))
            qWarning() << error;
        db = std::move(sqlite);
    } else {
        auto postgres = std::make_unique<PostgresDatabase>(QUrl(m_server.databaseUrl()));
        if (!postgres->open(&error))
            qWarning() << error;
        db = std::move(postgres);
    }
    if (!error.isEmpty())
        return false;
    try {
        for (const QString& sql : statements)
            db->exec(sql);
    } catch (const StorageError& e) {
        qWarning() << e.what();
        return false;
    }
    return true;
}

QJsonArray TestServerPushBatch::numbered(const QJsonArray& mutations, qint64 firstMid)
{
    QJsonArray out;
    for (const QJsonValue& m : mutations)
        out.append(withMid(m.toObject(), firstMid++));
    return out;
}

// An application whose insert fails in the database (a trigger refuses it) in the middle of a batch: it is
// rejected, its writes (number counter, seq) are undone, and its neighbours are applied all the same.
void TestServerPushBatch::storageFailureUndoesOnlyThatMutation()
{
    const bool sqlite = m_server.databaseUrl().isEmpty();
    const QStringList trigger =
        sqlite
            ? QStringList{QStringLiteral("CREATE TRIGGER refuse_application BEFORE INSERT ON applications "
                                         "WHEN NEW.notes = 'refuse me' BEGIN SELECT RAISE(ABORT, 'refused'); END")}
            : QStringList{QStringLiteral("CREATE FUNCTION refuse_application() RETURNS trigger LANGUAGE plpgsql AS "
                                         "$$ BEGIN RAISE EXCEPTION 'refused'; END $$"),
                          QStringLiteral("CREATE TRIGGER refuse_application BEFORE INSERT ON applications FOR EACH "
                                         "ROW WHEN (NEW.notes = 'refuse me') EXECUTE FUNCTION refuse_application()")};
    QVERIFY(execOnDatabase(trigger));
    const QString region = QStringLiteral("antwerpen");
    const QJsonObject p = parentRow(region);
    const QString parentId = p.value(QStringLiteral("id")).toString();
    const QJsonObject c1 = childRow(region, parentId);
    const QJsonObject c2 = childRow(region, parentId);
    const QJsonObject a1 = applicationRow(region, parentId, c1.value(QStringLiteral("id")).toString());
    QJsonObject refused = applicationRow(region, parentId, c2.value(QStringLiteral("id")).toString());
    refused.insert(QStringLiteral("notes"), QStringLiteral("refuse me"));
    const QJsonObject a2 = applicationRow(region, parentId, c2.value(QStringLiteral("id")).toString());
    const QJsonArray batch =
        numbered({insert(QStringLiteral("parents"), p), insert(QStringLiteral("children"), c1),
                  insert(QStringLiteral("applications"), a1), insert(QStringLiteral("children"), c2),
                  insert(QStringLiteral("applications"), refused), insert(QStringLiteral("applications"), a2)},
                 1);
    const QString token = m_tokens.value(QStringLiteral("regie"));
    const HttpReply reply = m_server.push(token, QStringLiteral("failing-client"), batch);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("last_mutation_id")).toInt(), 6);
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 6);
    QStringList statuses;
    for (const QJsonValue& r : results)
        statuses.append(r.toObject().value(QStringLiteral("status")).toString());
    QCOMPARE(statuses, (QStringList{QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("applied"),
                                    QStringLiteral("applied"), QStringLiteral("rejected"), QStringLiteral("applied")}));
    QVERIFY(results.at(4).toObject().value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("invalid:")));
    QVERIFY(storedRow(QStringLiteral("applications"), refused.value(QStringLiteral("id")).toString()).isEmpty());
    // One seq per applied mutation, without the gap the refused one would have left.
    QVector<qint64> seqs;
    for (const int i : {0, 1, 2, 3, 5})
        seqs.append(results.at(i).toObject().value(QStringLiteral("seq")).toInteger());
    for (int i = 1; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), seqs.at(i - 1) + 1);
    // The refused insert's application number went back too: a2 gets the one right after a1's.
    const QString n1 = storedRow(QStringLiteral("applications"), a1.value(QStringLiteral("id")).toString())
                           .value(QStringLiteral("number"))
                           .toString();
    const QString n2 = storedRow(QStringLiteral("applications"), a2.value(QStringLiteral("id")).toString())
                           .value(QStringLiteral("number"))
                           .toString();
    QCOMPARE(n2.right(6).toInt(), n1.right(6).toInt() + 1);
    QCOMPARE(m_server.storage().client(QStringLiteral("failing-client"))->lastMutationId, 6);
    // The rejection is recorded like any result: a retry replays it.
    const HttpReply replay = m_server.push(token, QStringLiteral("failing-client"), batch);
    QCOMPARE(replay.json.value(QStringLiteral("results")), reply.json.value(QStringLiteral("results")));
}

bool TestServerPushBatch::setCommitsFail(bool fail)
{
    if (!m_server.databaseUrl().isEmpty()) {
        // PostgreSQL runs deferred constraint triggers at COMMIT: one that raises makes the COMMIT fail.
        if (!fail)
            return execOnDatabase({QStringLiteral("DROP TRIGGER refuse_commit ON parents")});
        return execOnDatabase(
            {QStringLiteral("CREATE OR REPLACE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS "
                            "$$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$"),
             QStringLiteral("CREATE CONSTRAINT TRIGGER refuse_commit AFTER INSERT ON parents DEFERRABLE INITIALLY "
                            "DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_commit()")});
    }
    // SQLite: a commit hook that answers non-zero turns the COMMIT into a rollback and makes it fail. It is
    // set on the server's own connection, which lives on this thread.
    const QString path = m_server.dataDir() + QStringLiteral("/opvangloket.sqlite");
    for (const QString& name : QSqlDatabase::connectionNames()) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        const QVariant handle = db.driver()->handle();
        if (db.databaseName() != path || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            continue;
        sqlite3* sqlite = *static_cast<sqlite3* const*>(handle.constData());
        int (*veto)(void*) = [](void*) {
            return 1;
        };
        sqlite3_commit_hook(sqlite, fail ? veto : nullptr, nullptr);
        return true;
    }
    return false;
}

// A batch whose COMMIT fails: 500, and nothing of it recorded (no rows, results or last_mutation_id), so the
// client's retry of the very same batch applies it once the cause is gone.
void TestServerPushBatch::failedCommitAnswers500AndRecordsNothing()
{
    const QJsonObject first = parentRow(QStringLiteral("antwerpen"));
    const QJsonObject second = parentRow(QStringLiteral("antwerpen"));
    const QJsonArray batch =
        numbered({insert(QStringLiteral("parents"), first), insert(QStringLiteral("parents"), second)}, 1);
    const QString token = m_tokens.value(QStringLiteral("regie"));
    const qint64 seqBefore = m_server.storage().currentSeq();
    QVERIFY(setCommitsFail(true));
    const HttpReply failed = m_server.push(token, QStringLiteral("commit-client"), batch);
    QVERIFY(setCommitsFail(false));
    QCOMPARE(failed.status, 500);
    QCOMPARE(m_server.storage().currentSeq(), seqBefore);
    QVERIFY(!m_server.storage().client(QStringLiteral("commit-client")).has_value());
    QVERIFY(!m_server.storage().recordedResult(QStringLiteral("commit-client"), 1).has_value());
    QVERIFY(storedRow(QStringLiteral("parents"), first.value(QStringLiteral("id")).toString()).isEmpty());
    const HttpReply retried = m_server.push(token, QStringLiteral("commit-client"), batch);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json.value(QStringLiteral("last_mutation_id")).toInt(), 2);
    for (const QJsonValue& r : retried.json.value(QStringLiteral("results")).toArray())
        QCOMPARE(r.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QVERIFY(!storedRow(QStringLiteral("parents"), second.value(QStringLiteral("id")).toString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerPushBatch)
#include "TestServerPushBatch.moc"

#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestNotifySocket.h"
#include "TestProcess.h"
#include "TestReplicaSet.h"
#include "TestServer.h"
#include "domain/Uuid.h"
#include "protocol/ApiConstants.h"
#include "storage/ServerStorage.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresDatabase.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QtTest>
#include <memory>

using namespace TestMutations;

// What operators do beside the running server: edit rows directly in its database (a second connection, as
// sqlite3 or psql would), and run the opvangloket-server subcommands `account set-regions`, `account passwd`,
// `account disable`, `backup` and `epoch rotate` as real processes. Clients must see every edit in their next
// pull, with a higher seq and a bumped version, and their caches must still equal the server's digest; the
// running server must end the sessions and notify sockets the account subcommands end.
class TestServerOperator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverWritesAreNotStampedTwice();
    void operatorUpdateGetsAFreshSeqAndVersion();
    void operatorInsertGetsSeqAndVersion();
    void operatorDeleteWritesATombstone();
    void operatorRegionMoveIsAScopeExit();
    void operatorAccountEditsSkipSecretColumns();
    void setRegionsFromTheCommandLine();
    void passwdFromTheCommandLineEndsEverySession();
    void disableFromTheCommandLineClosesSockets();
    void enableAndSetRoleFromTheCommandLine();
    void setRegionsFromTheCommandLineClosesSocketsWith4001();
    void backupWhileRunningThenRestore();
    void epochRotateMakesClientsResync();

private:
    // A connection of its own to the server's database, as an operator's sqlite3 or psql session.
    std::unique_ptr<SqlDatabase> operatorConnection();
    // Runs one statement over a fresh operator connection; false (with a warning) when it failed.
    bool operatorExec(const QString& sql, const QVariantList& binds = {});
    TestProcess runCli(const QStringList& arguments, const QByteArray& input = QByteArray());
    // A new counter account (Mechelen) with a session whose notify socket is open.
    bool signInWithSocket(const QString& username, TestServer::Session* session, TestNotifySocket* socket);
    StoredRow stored(const QString& table, const QString& id);
    QString sqlitePath() const { return QDir(m_server.dataDir()).filePath(QStringLiteral("opvangloket.sqlite")); }
    QString healthEpoch();

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
    TestReplicaSet m_replicas;
    TestAccounts::Family m_familyAnt; // filed by loket.ant
};

void TestServerOperator::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    // Short sweeps: the running server notices soon what a subcommand changed (NotifyHub::sweep).
    m_server.configure([](ServerOptions& options) { options.notifySweepMs = 200; });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QString mechelen = QStringLiteral("mechelen");
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("beheer"), QStringLiteral("admin"), {}},
                                {QStringLiteral("loket.ant"), QStringLiteral("counter"), {QStringLiteral("antwerpen")}},
                                {QStringLiteral("loket.mec"), QStringLiteral("counter"), {mechelen}},
                                {QStringLiteral("jan"), QStringLiteral("counter"), {mechelen}}},
                               &error),
             qPrintable(error));
    m_replicas.addEach(m_accounts, m_server.http());
    m_familyAnt = m_accounts.fileFamily(QStringLiteral("loket.ant"), QStringLiteral("antwerpen"));
    for (const QJsonValue& r : m_familyAnt.results)
        QCOMPARE(str(r.toObject(), "status"), QStringLiteral("applied"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            str(m_accounts.pushOne(QStringLiteral("loket.mec"), insert(QStringLiteral("parents"), parentRow(mechelen))),
                "status"),
            QStringLiteral("applied"));
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

std::unique_ptr<SqlDatabase> TestServerOperator::operatorConnection()
{
    std::unique_ptr<SqlDatabase> db;
    if (m_server.databaseUrl().isEmpty())
        db = std::make_unique<SqliteDatabase>(sqlitePath());
    else
        db = std::make_unique<PostgresDatabase>(QUrl(m_server.databaseUrl()));
    QString error;
    const bool open = m_server.databaseUrl().isEmpty() ? static_cast<SqliteDatabase&>(*db).open(&error)
                                                       : static_cast<PostgresDatabase&>(*db).open(&error);
    if (!open) {
        qWarning() << "operator connection:" << error;
        return nullptr;
    }
    return db;
}

bool TestServerOperator::operatorExec(const QString& sql, const QVariantList& binds)
{
    const std::unique_ptr<SqlDatabase> db = operatorConnection();
    if (!db)
        return false;
    try {
        db->run(sql, binds).finish();
    } catch (const StorageError& e) {
        qWarning() << "operator statement failed:" << e.what();
        return false;
    }
    return true;
}

TestProcess TestServerOperator::runCli(const QStringList& arguments, const QByteArray& input)
{
    QStringList args = arguments;
    if (m_server.databaseUrl().isEmpty())
        args << QStringLiteral("--data") << m_server.dataDir();
    else
        args << QStringLiteral("--database") << m_server.databaseUrl();
    return TestProcess::run(QStringLiteral(OPVANGLOKET_SERVER_BINARY), args, input);
}

StoredRow TestServerOperator::stored(const QString& table, const QString& id)
{
    return m_server.storage().findRow(table, id).value_or(StoredRow());
}

QString TestServerOperator::healthEpoch()
{
    return str(m_server.http().get(QStringLiteral("/api/v1/health")).json, "epoch");
}

// The triggers leave the server's own writes alone: one seq per transaction, version +1 per write, and a
// delete has exactly the tombstone the server wrote.
void TestServerOperator::serverWritesAreNotStampedTwice()
{
    const QJsonObject parent = parentRow(QStringLiteral("mechelen"));
    const QString id = str(parent, "id");
    const QJsonObject inserted =
        m_accounts.pushOne(QStringLiteral("loket.mec"), insert(QStringLiteral("parents"), parent));
    QCOMPARE(str(inserted, "status"), QStringLiteral("applied"));
    QCOMPARE(stored(QStringLiteral("parents"), id).seq, inserted.value(QStringLiteral("seq")).toInteger());
    QCOMPARE(stored(QStringLiteral("parents"), id).row.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(m_server.storage().currentSeq(), inserted.value(QStringLiteral("seq")).toInteger());

    const QJsonObject updated = m_accounts.pushOne(
        QStringLiteral("loket.mec"), update(QStringLiteral("parents"), id, 1,
                                            {{QStringLiteral("notes"), change(QJsonValue(), QStringLiteral("x"))}}));
    QCOMPARE(str(updated, "status"), QStringLiteral("applied"));
    QCOMPARE(stored(QStringLiteral("parents"), id).seq, updated.value(QStringLiteral("seq")).toInteger());
    QCOMPARE(stored(QStringLiteral("parents"), id).row.value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(m_server.storage().currentSeq(), updated.value(QStringLiteral("seq")).toInteger());

    const QJsonObject deleted =
        m_accounts.pushOne(QStringLiteral("loket.mec"), remove(QStringLiteral("parents"), id, 2));
    QCOMPARE(str(deleted, "status"), QStringLiteral("applied"));
    const std::optional<TombstoneRecord> tombstone = m_server.storage().findTombstone(QStringLiteral("parents"), id);
    QVERIFY(tombstone);
    QCOMPARE(tombstone->seq, deleted.value(QStringLiteral("seq")).toInteger());
    QCOMPARE(tombstone->version, 3);
    QCOMPARE(m_server.storage().currentSeq(), deleted.value(QStringLiteral("seq")).toInteger());
    const std::unique_ptr<SqlDatabase> db = operatorConnection();
    QVERIFY(db);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM tombstones WHERE id = ?"), {id}).toInt(), 1);
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

void TestServerOperator::operatorUpdateGetsAFreshSeqAndVersion()
{
    const QString id = m_familyAnt.parentId;
    const qint64 head = m_server.storage().currentSeq();
    const qint64 version = stored(QStringLiteral("parents"), id).row.value(QStringLiteral("version")).toInteger();
    QVERIFY(operatorExec(QStringLiteral("UPDATE parents SET phone = '+32470000001' WHERE id = ?"), {id}));
    QCOMPARE(m_server.storage().currentSeq(), head + 1);

    const QVector<QJsonObject> changes = m_replicas.pullRow(QStringLiteral("loket.ant"), QStringLiteral("parents"), id);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(str(changes.first(), "op"), QStringLiteral("upsert"));
    QCOMPARE(changes.first().value(QStringLiteral("seq")).toInteger(), head + 1);
    QCOMPARE(changes.first().value(QStringLiteral("version")).toInteger(), version + 1);
    const QJsonObject row = changes.first().value(QStringLiteral("row")).toObject();
    QCOMPARE(str(row, "phone"), QStringLiteral("+32470000001"));
    QVERIFY(row.value(QStringLiteral("updated_by")).isNull()); // no account wrote it
    QVERIFY(m_replicas.pullRow(QStringLiteral("loket.mec"), QStringLiteral("parents"), id).isEmpty());

    // The server goes on from there: the next pushed write is version + 2, stamped once.
    const QJsonObject pushed = m_accounts.pushOne(
        QStringLiteral("loket.ant"),
        update(QStringLiteral("parents"), id, version + 1,
               {{QStringLiteral("phone"), change(QStringLiteral("+32470000001"), QStringLiteral("+32470000002"))}}));
    QCOMPARE(str(pushed, "status"), QStringLiteral("applied"));
    QCOMPARE(pushed.value(QStringLiteral("version")).toInteger(), version + 2);
    QCOMPARE(stored(QStringLiteral("parents"), id).seq, pushed.value(QStringLiteral("seq")).toInteger());

    // One statement over many rows: every row gets its own fresh seq and version + 1.
    const qint64 before = m_server.storage().currentSeq();
    QVERIFY(operatorExec(QStringLiteral("UPDATE parents SET notes = 'gecontroleerd' WHERE region_id = 'mechelen'")));
    const QVector<QJsonObject> mechelen = m_replicas.at(QStringLiteral("loket.mec"))->pull();
    QVERIFY(mechelen.size() >= 3);
    QSet<qint64> seqs;
    for (const QJsonObject& c : mechelen) {
        QVERIFY(c.value(QStringLiteral("seq")).toInteger() > before);
        QCOMPARE(str(c.value(QStringLiteral("row")).toObject(), "notes"), QStringLiteral("gecontroleerd"));
        seqs.insert(c.value(QStringLiteral("seq")).toInteger());
    }
    QCOMPARE(seqs.size(), mechelen.size());
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

void TestServerOperator::operatorInsertGetsSeqAndVersion()
{
    const QString id = Uuid::v7();
    const qint64 head = m_server.storage().currentSeq();
    QVERIFY(operatorExec(QStringLiteral("INSERT INTO parents (id, region_id, first_name, last_name) "
                                        "VALUES (?, 'mechelen', 'Mila', 'Janssens')"),
                         {id}));
    const QVector<QJsonObject> changes = m_replicas.pullRow(QStringLiteral("loket.mec"), QStringLiteral("parents"), id);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().value(QStringLiteral("version")).toInteger(), 1);
    QVERIFY(changes.first().value(QStringLiteral("seq")).toInteger() > head);
    const QJsonObject row = changes.first().value(QStringLiteral("row")).toObject();
    QCOMPARE(str(row, "first_name"), QStringLiteral("Mila"));
    QVERIFY(QDateTime::fromString(str(row, "updated_at"), Qt::ISODateWithMs).isValid());

    // A version the operator gives is kept; the seq is still the trigger's.
    const QString second = Uuid::v7();
    QVERIFY(operatorExec(QStringLiteral("INSERT INTO parents (id, region_id, version, first_name, last_name) "
                                        "VALUES (?, 'mechelen', 5, 'Noah', 'Peeters')"),
                         {second}));
    const QVector<QJsonObject> more =
        m_replicas.pullRow(QStringLiteral("loket.mec"), QStringLiteral("parents"), second);
    QCOMPARE(more.size(), 1);
    QCOMPARE(more.first().value(QStringLiteral("version")).toInteger(), 5);
    QVERIFY(more.first().value(QStringLiteral("seq")).toInteger() >
            changes.first().value(QStringLiteral("seq")).toInteger());
    // A duplicate id is still refused.
    QVERIFY(!operatorExec(QStringLiteral("INSERT INTO parents (id, region_id, first_name) VALUES (?, 'mechelen', 'X')"),
                          {second}));
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

void TestServerOperator::operatorDeleteWritesATombstone()
{
    const QString id = m_familyAnt.childId;
    const qint64 version = stored(QStringLiteral("children"), id).row.value(QStringLiteral("version")).toInteger();
    const qint64 head = m_server.storage().currentSeq();
    QVERIFY(operatorExec(QStringLiteral("DELETE FROM children WHERE id = ?"), {id}));
    const QVector<QJsonObject> changes =
        m_replicas.pullRow(QStringLiteral("loket.ant"), QStringLiteral("children"), id);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(str(changes.first(), "op"), QStringLiteral("delete"));
    QCOMPARE(changes.first().value(QStringLiteral("seq")).toInteger(), head + 1);
    QCOMPARE(changes.first().value(QStringLiteral("version")).toInteger(), version + 1);
    QVERIFY(m_replicas.pullRow(QStringLiteral("loket.mec"), QStringLiteral("children"), id).isEmpty());
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("loket.ant"), insert(QStringLiteral("children"), m_familyAnt.child)),
                 "status"),
             QStringLiteral("gone"));
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

void TestServerOperator::operatorRegionMoveIsAScopeExit()
{
    const QString id = m_familyAnt.applicationId;
    QVERIFY(operatorExec(QStringLiteral("UPDATE applications SET region_id = 'mechelen' WHERE id = ?"), {id}));
    const QVector<QJsonObject> antwerpen =
        m_replicas.pullRow(QStringLiteral("loket.ant"), QStringLiteral("applications"), id);
    QCOMPARE(antwerpen.size(), 1);
    QCOMPARE(str(antwerpen.first(), "op"), QStringLiteral("delete"));
    const qint64 seq = antwerpen.first().value(QStringLiteral("seq")).toInteger();
    for (const char* who : {"loket.mec", "beheer"}) {
        const QVector<QJsonObject> changes =
            m_replicas.pullRow(QString::fromLatin1(who), QStringLiteral("applications"), id);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(str(changes.first(), "op"), QStringLiteral("upsert"));
        QCOMPARE(changes.first().value(QStringLiteral("seq")).toInteger(), seq);
    }
    // And back: Antwerp gets the row again, Mechelen a delete.
    QVERIFY(operatorExec(QStringLiteral("UPDATE applications SET region_id = 'antwerpen' WHERE id = ?"), {id}));
    QCOMPARE(str(m_replicas.pullRow(QStringLiteral("loket.ant"), QStringLiteral("applications"), id).value(0), "op"),
             QStringLiteral("upsert"));
    QCOMPARE(str(m_replicas.pullRow(QStringLiteral("loket.mec"), QStringLiteral("applications"), id).value(0), "op"),
             QStringLiteral("delete"));
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

void TestServerOperator::operatorAccountEditsSkipSecretColumns()
{
    const QString id = m_accounts.accountId(QStringLiteral("loket.ant"));
    const qint64 head = m_server.storage().currentSeq();
    QVERIFY(operatorExec(QStringLiteral("UPDATE accounts SET email = 'loket@example.be' WHERE id = ?"), {id}));
    QCOMPARE(m_server.storage().currentSeq(), head); // not a synced column: nothing to send
    QVERIFY(m_replicas.pullRow(QStringLiteral("beheer"), QStringLiteral("accounts"), id).isEmpty());

    const qint64 version = m_server.storage().accountById(id)->version;
    QVERIFY(operatorExec(QStringLiteral("UPDATE accounts SET display_name = 'Loket Antwerpen' WHERE id = ?"), {id}));
    for (const char* who : {"beheer", "loket.ant"}) {
        const QVector<QJsonObject> changes =
            m_replicas.pullRow(QString::fromLatin1(who), QStringLiteral("accounts"), id);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().value(QStringLiteral("version")).toInteger(), version + 1);
        QCOMPARE(str(changes.first().value(QStringLiteral("row")).toObject(), "display_name"),
                 QStringLiteral("Loket Antwerpen"));
    }
    QVERIFY(m_server.login(QStringLiteral("loket.ant"), QStringLiteral("secret")).isValid()); // hash untouched
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

void TestServerOperator::setRegionsFromTheCommandLine()
{
    const QString jan = m_accounts.accountId(QStringLiteral("jan"));
    const qint64 version = m_server.storage().accountById(jan)->version;
    TestProcess bad = runCli(
        {QStringLiteral("account"), QStringLiteral("set-regions"), QStringLiteral("jan"), QStringLiteral("gent")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("unknown region")), qPrintable(bad.err));
    bad = runCli({QStringLiteral("account"), QStringLiteral("set-regions"), QStringLiteral("niemand"),
                  QStringLiteral("mechelen")});
    QCOMPARE(bad.exitCode, 1);
    bad = runCli({QStringLiteral("account"), QStringLiteral("set-regions"), QStringLiteral("jan")});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(m_server.storage().accountById(jan)->version, version);

    const TestProcess ok = runCli({QStringLiteral("account"), QStringLiteral("set-regions"), QStringLiteral("jan"),
                                   QStringLiteral("antwerpen,mechelen")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QCOMPARE(m_server.storage().accountById(jan)->regionIds,
             QStringList({QStringLiteral("antwerpen"), QStringLiteral("mechelen")}));
    int status = 0;
    m_replicas.at(QStringLiteral("jan"))->pull(&status);
    QCOMPARE(status, 410);
    const QJsonObject widened = m_accounts.pushOne(
        QStringLiteral("jan"), insert(QStringLiteral("parents"), parentRow(QStringLiteral("antwerpen"))));
    QCOMPARE(str(widened, "status"), QStringLiteral("applied"));

    QVERIFY(runCli({QStringLiteral("account"), QStringLiteral("set-regions"), QStringLiteral("jan"),
                    QStringLiteral("antwerpen")})
                .exitCode == 0);
    const QJsonObject narrowed = m_accounts.pushOne(
        QStringLiteral("jan"), insert(QStringLiteral("parents"), parentRow(QStringLiteral("mechelen"))));
    QCOMPARE(str(narrowed, "status"), QStringLiteral("rejected"));
    QVERIFY2(str(narrowed, "reason").startsWith(QStringLiteral("forbidden:")), qPrintable(str(narrowed, "reason")));
    m_replicas.add(QStringLiteral("jan"), m_server.http(), m_accounts.token(QStringLiteral("jan")));
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

bool TestServerOperator::signInWithSocket(const QString& username, TestServer::Session* session,
                                          TestNotifySocket* socket)
{
    if (m_server.createAccount(username, QStringLiteral("counter"), {QStringLiteral("mechelen")}).isEmpty())
        return false;
    *session = m_server.login(username, QStringLiteral("secret"));
    return session->isValid() && socket->open(session->accessToken);
}

// `account passwd` in a process of its own: every session of the account ends in the running server at once
// (401 for access and refresh tokens), and its notify sockets close with 1008.
void TestServerOperator::passwdFromTheCommandLineEndsEverySession()
{
    TestServer::Session laptop;
    TestNotifySocket socket(m_server.baseUrl());
    QVERIFY(signInWithSocket(QStringLiteral("wachtwoord.wissel"), &laptop, &socket));
    const TestServer::Session desktop = m_server.login(QStringLiteral("wachtwoord.wissel"), QStringLiteral("secret"));
    QVERIFY(desktop.isValid());
    const TestProcess changed = runCli({QStringLiteral("account"), QStringLiteral("passwd"),
                                        QStringLiteral("--username"), QStringLiteral("wachtwoord.wissel")},
                                       "nieuw-geheim\n");
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    for (const TestServer::Session& s : {laptop, desktop}) {
        QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken).status, 401);
        QCOMPARE(m_server.http()
                     .post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), s.refreshToken}})
                     .status,
                 401);
    }
    QVERIFY(socket.waitForClose());
    QCOMPARE(socket.closeCode(), 1008);
    QVERIFY(!m_server.login(QStringLiteral("wachtwoord.wissel"), QStringLiteral("secret")).isValid());
    QVERIFY(m_server.login(QStringLiteral("wachtwoord.wissel"), QStringLiteral("nieuw-geheim")).isValid());
}

void TestServerOperator::disableFromTheCommandLineClosesSockets()
{
    TestServer::Session s;
    TestNotifySocket socket(m_server.baseUrl());
    QVERIFY(signInWithSocket(QStringLiteral("uit.dienst"), &s, &socket));
    const TestProcess disabled = runCli({QStringLiteral("account"), QStringLiteral("disable"),
                                         QStringLiteral("--username"), QStringLiteral("uit.dienst")});
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
    QVERIFY(socket.waitForClose());
    QCOMPARE(socket.closeCode(), 1008);
    QCOMPARE(socket.closeReason(), QStringLiteral("account disabled"));
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken).status, 403);
}

// `account enable` and `account set-role` go through AccountAdmin like PATCH /api/v1/accounts/{id}: the same
// rules hold (the last active admin stays), and the running server sees the change at the next request.
void TestServerOperator::enableAndSetRoleFromTheCommandLine()
{
    const TestServer::Session before = m_server.login(QStringLiteral("uit.dienst"), QStringLiteral("secret"));
    QCOMPARE(before.isValid(), false); // disabled by the test before
    const TestProcess enabled = runCli({QStringLiteral("account"), QStringLiteral("enable"),
                                        QStringLiteral("--username"), QStringLiteral("uit.dienst")});
    QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.err));
    const TestServer::Session s = m_server.login(QStringLiteral("uit.dienst"), QStringLiteral("secret"));
    QVERIFY2(s.isValid(), qPrintable(m_server.errorString()));

    const TestProcess promoted = runCli({QStringLiteral("account"), QStringLiteral("set-role"),
                                         QStringLiteral("uit.dienst"), QStringLiteral("coordinator")});
    QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));
    const HttpReply me = m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken);
    QCOMPARE(me.status, 200);
    QCOMPARE(str(me.json, "role"), QStringLiteral("coordinator"));

    const TestProcess unknownRole = runCli(
        {QStringLiteral("account"), QStringLiteral("set-role"), QStringLiteral("uit.dienst"), QStringLiteral("baas")});
    QCOMPARE(unknownRole.exitCode, 1);
    QVERIFY2(unknownRole.err.contains(QStringLiteral("role")), qPrintable(unknownRole.err));
    // "beheer" is the only admin: demoting it would leave nobody to manage accounts over HTTP.
    const TestProcess lastAdmin = runCli(
        {QStringLiteral("account"), QStringLiteral("set-role"), QStringLiteral("beheer"), QStringLiteral("counter")});
    QCOMPARE(lastAdmin.exitCode, 1);
    QVERIFY2(lastAdmin.err.contains(QStringLiteral("last active administrator")), qPrintable(lastAdmin.err));
    QCOMPARE(m_server.storage().accountByUsername(QStringLiteral("beheer"))->role, QStringLiteral("admin"));
    const TestProcess usage = runCli({QStringLiteral("account"), QStringLiteral("set-role"), QStringLiteral("beheer")});
    QCOMPARE(usage.exitCode, 2);
}

void TestServerOperator::setRegionsFromTheCommandLineClosesSocketsWith4001()
{
    TestServer::Session s;
    TestNotifySocket socket(m_server.baseUrl());
    QVERIFY(signInWithSocket(QStringLiteral("andere.regio"), &s, &socket));
    const TestProcess moved = runCli({QStringLiteral("account"), QStringLiteral("set-regions"),
                                      QStringLiteral("andere.regio"), QStringLiteral("turnhout")});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY(socket.waitForClose());
    QCOMPARE(socket.closeCode(), Protocol::kNotifyCloseScopeChanged);
    QCOMPARE(m_server.http().get(QStringLiteral("/api/v1/me"), s.accessToken).status, 200); // the session stands
    TestNotifySocket again(m_server.baseUrl());
    QVERIFY(again.open(s.accessToken));
}

// SQLite: `backup FILE` copies the live database; restored in place of the data file, it makes the server take
// a new epoch, so clients resync (and lose nothing they still hold: the client replays). PostgreSQL: the
// command refuses and names pg_dump.
void TestServerOperator::backupWhileRunningThenRestore()
{
    QTemporaryDir elsewhere;
    const QString file = elsewhere.filePath(QStringLiteral("opvangloket-backup.sqlite"));
    if (!m_server.databaseUrl().isEmpty()) {
        const TestProcess refused = runCli({QStringLiteral("backup"), file});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("pg_dump")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(file));
        return;
    }
    const QJsonObject kept = parentRow(QStringLiteral("antwerpen"));
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("loket.ant"), insert(QStringLiteral("parents"), kept)), "status"),
             QStringLiteral("applied"));
    const TestProcess backup = runCli({QStringLiteral("backup"), file});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QVERIFY(QFile::exists(file));
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) && !QFile::exists(file + QStringLiteral(".part")));
    QCOMPARE(runCli({QStringLiteral("backup"), file}).exitCode, 1); // never overwrites

    const QJsonObject lost = parentRow(QStringLiteral("antwerpen"));
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("loket.ant"), insert(QStringLiteral("parents"), lost)), "status"),
             QStringLiteral("applied"));
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
    const QString oldEpoch = healthEpoch();

    // Restore as an operator would: stop, put the copy in place of the data file (and its WAL), start.
    m_server.stop();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(sqlitePath() + QLatin1String(suffix));
    QVERIFY(QFile::copy(file, sqlitePath()));
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    const QString newEpoch = healthEpoch();
    QVERIFY(!newEpoch.isEmpty() && newEpoch != oldEpoch);

    int status = 0;
    m_replicas.at(QStringLiteral("loket.ant"))->pull(&status);
    QCOMPARE(status, 410);
    TestReplica fresh(m_server.http(), m_accounts.token(QStringLiteral("loket.ant")));
    fresh.pull(&status);
    QCOMPARE(status, 200);
    QVERIFY(fresh.has(QStringLiteral("parents"), str(kept, "id")));
    QVERIFY(!fresh.has(QStringLiteral("parents"), str(lost, "id")));
    QVERIFY2(fresh.matchesDigest(&difference), qPrintable(difference));

    // The new epoch is taken once, not at every start.
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QCOMPARE(healthEpoch(), newEpoch);
    m_replicas.addEach(m_accounts, m_server.http()); // fresh replicas of the restored data
}

void TestServerOperator::epochRotateMakesClientsResync()
{
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
    const QString oldEpoch = healthEpoch();
    m_server.stop();
    const TestProcess rotated = runCli({QStringLiteral("epoch"), QStringLiteral("rotate")});
    QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
    QCOMPARE(runCli({QStringLiteral("epoch"), QStringLiteral("spin")}).exitCode, 2);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    const QString newEpoch = healthEpoch();
    QVERIFY(newEpoch != oldEpoch);
    QVERIFY2(rotated.out.contains(newEpoch), qPrintable(rotated.out));
    for (const auto& [who, replica] : m_replicas) {
        int status = 0;
        replica->pull(&status);
        QCOMPARE(status, 410);
        TestReplica fresh(m_server.http(), m_accounts.token(who));
        fresh.pull(&status);
        QCOMPARE(status, 200);
        QVERIFY2(fresh.matchesDigest(&difference), qPrintable(who + QStringLiteral(": ") + difference));
    }
}

QTEST_GUILESS_MAIN(TestServerOperator)
#include "TestServerOperator.moc"

#include "TestAccounts.h"
#include "TestMutations.h"
#include "TestReplicaSet.h"
#include "TestServer.h"
#include "auth/AccountAdmin.h"
#include "storage/ServerStorage.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

using namespace TestMutations;

// Scope changes: rows that move to another region (scope exits), accounts whose regions an operator changes,
// and updated_by, the account that last wrote a row. Every account keeps a TestReplica (its cache) that must
// equal the server's digest after every step.
class TestServerScope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void moveSendsDeleteOnlyToAccountsLosingTheRow();
    void moveBackBringsTheRowBack();
    void moveNeedsWriteAccessToBothRegions();
    void referrerKeepsWhatItFiledWhenItMoves();
    void freshPullOfEachAccountShowsTheRightRows();
    void deleteAfterAMoveReachesEveryRegionItWasIn();
    void changedRegionsResyncTheAccountAndNarrowItsPushes();
    void updatedByIsTheWriterAndClientsCannotSetIt();

private:
    using Family = TestAccounts::Family;
    QJsonObject moveApplication(const QString& who, const QString& id, const QString& from, const QString& to);
    qint64 storedVersion(const QString& table, const QString& id);

    TestServer m_server{TestServer::Empty};
    TestAccounts m_accounts{m_server};
    TestReplicaSet m_replicas;
    Family m_moved; // filed in antwerpen by the two-region coordinator
};

void TestServerScope::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QString antwerpen = QStringLiteral("antwerpen");
    const QString mechelen = QStringLiteral("mechelen");
    QString error;
    QVERIFY2(m_accounts.addAll({{QStringLiteral("beheer"), QStringLiteral("admin"), {}},
                                {QStringLiteral("regie.beide"), QStringLiteral("coordinator"), {antwerpen, mechelen}},
                                {QStringLiteral("regie.ant"), QStringLiteral("coordinator"), {antwerpen}},
                                {QStringLiteral("loket.ant"), QStringLiteral("counter"), {antwerpen}},
                                {QStringLiteral("loket.mec"), QStringLiteral("counter"), {mechelen}},
                                {QStringLiteral("toeleider"), QStringLiteral("referrer"), {antwerpen}}},
                               &error),
             qPrintable(error));
    m_replicas.addEach(m_accounts, m_server.http());
    m_moved = m_accounts.fileFamily(QStringLiteral("regie.beide"), antwerpen);
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

QJsonObject TestServerScope::moveApplication(const QString& who, const QString& id, const QString& from,
                                             const QString& to)
{
    return m_accounts.pushOne(who, update(QStringLiteral("applications"), id,
                                          storedVersion(QStringLiteral("applications"), id),
                                          {{QStringLiteral("region_id"), change(from, to)}}));
}

qint64 TestServerScope::storedVersion(const QString& table, const QString& id)
{
    const std::optional<StoredRow> row = m_server.storage().findRow(table, id);
    return row ? row->row.value(QStringLiteral("version")).toInteger() : -1;
}

// An application moves from Antwerp to Mechelen: who saw only Antwerp gets a delete, who sees Mechelen the
// row; who sees both (admin, a coordinator of both) only the row, never a delete at the same seq.
void TestServerScope::moveSendsDeleteOnlyToAccountsLosingTheRow()
{
    const QJsonObject result = moveApplication(QStringLiteral("regie.beide"), m_moved.applicationId,
                                               QStringLiteral("antwerpen"), QStringLiteral("mechelen"));
    QCOMPARE(str(result, "status"), QStringLiteral("applied"));
    QCOMPARE(result.value(QStringLiteral("version")).toInteger(), 2);
    const qint64 seq = result.value(QStringLiteral("seq")).toInteger();
    const QString table = QStringLiteral("applications");
    for (const char* who : {"loket.ant", "regie.ant"}) {
        const QVector<QJsonObject> changes = m_replicas.pullRow(QString::fromLatin1(who), table, m_moved.applicationId);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(str(changes.first(), "op"), QStringLiteral("delete"));
        QCOMPARE(changes.first().value(QStringLiteral("seq")).toInteger(), seq);
        QVERIFY(!changes.first().contains(QStringLiteral("row")));
    }
    for (const char* who : {"loket.mec", "beheer", "regie.beide"}) {
        const QVector<QJsonObject> changes = m_replicas.pullRow(QString::fromLatin1(who), table, m_moved.applicationId);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(str(changes.first(), "op"), QStringLiteral("upsert"));
        QCOMPARE(changes.first().value(QStringLiteral("seq")).toInteger(), seq);
        QCOMPARE(str(changes.first().value(QStringLiteral("row")).toObject(), "region_id"), QStringLiteral("mechelen"));
    }
    QVERIFY(m_replicas.pullRow(QStringLiteral("toeleider"), table, m_moved.applicationId).isEmpty());
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

void TestServerScope::moveBackBringsTheRowBack()
{
    const QJsonObject result = moveApplication(QStringLiteral("regie.beide"), m_moved.applicationId,
                                               QStringLiteral("mechelen"), QStringLiteral("antwerpen"));
    QCOMPARE(str(result, "status"), QStringLiteral("applied"));
    const qint64 seq = result.value(QStringLiteral("seq")).toInteger();
    const QString table = QStringLiteral("applications");
    const QVector<QJsonObject> mechelen = m_replicas.pullRow(QStringLiteral("loket.mec"), table, m_moved.applicationId);
    QCOMPARE(mechelen.size(), 1);
    QCOMPARE(str(mechelen.first(), "op"), QStringLiteral("delete"));
    QCOMPARE(mechelen.first().value(QStringLiteral("seq")).toInteger(), seq);
    for (const char* who : {"loket.ant", "regie.ant", "beheer", "regie.beide"}) {
        const QVector<QJsonObject> changes = m_replicas.pullRow(QString::fromLatin1(who), table, m_moved.applicationId);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(str(changes.first(), "op"), QStringLiteral("upsert"));
        QCOMPARE(changes.first().value(QStringLiteral("version")).toInteger(), 3);
    }
    QVERIFY(m_replicas.at(QStringLiteral("loket.ant"))->has(table, m_moved.applicationId));
    QVERIFY(!m_replicas.at(QStringLiteral("loket.mec"))->has(table, m_moved.applicationId));
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

void TestServerScope::moveNeedsWriteAccessToBothRegions()
{
    const qint64 before = storedVersion(QStringLiteral("applications"), m_moved.applicationId);
    for (const char* who : {"loket.ant", "regie.ant"}) {
        const QJsonObject result = moveApplication(QString::fromLatin1(who), m_moved.applicationId,
                                                   QStringLiteral("antwerpen"), QStringLiteral("mechelen"));
        QCOMPARE(str(result, "status"), QStringLiteral("rejected"));
        QVERIFY2(str(result, "reason").startsWith(QStringLiteral("forbidden:")), qPrintable(str(result, "reason")));
    }
    QCOMPARE(storedVersion(QStringLiteral("applications"), m_moved.applicationId), before);
    QCOMPARE(str(m_server.storage().findRow(QStringLiteral("applications"), m_moved.applicationId)->row, "region_id"),
             QStringLiteral("antwerpen"));
}

// A referrer sees what it filed wherever it goes: a move is an upsert for it, never a delete.
void TestServerScope::referrerKeepsWhatItFiledWhenItMoves()
{
    const Family referred = m_accounts.fileFamily(QStringLiteral("toeleider"), QStringLiteral("antwerpen"));
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
    QVERIFY(m_replicas.at(QStringLiteral("toeleider"))->has(QStringLiteral("applications"), referred.applicationId));
    const QJsonObject result = moveApplication(QStringLiteral("regie.beide"), referred.applicationId,
                                               QStringLiteral("antwerpen"), QStringLiteral("mechelen"));
    QCOMPARE(str(result, "status"), QStringLiteral("applied"));
    const QVector<QJsonObject> changes =
        m_replicas.pullRow(QStringLiteral("toeleider"), QStringLiteral("applications"), referred.applicationId);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(str(changes.first(), "op"), QStringLiteral("upsert"));
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

void TestServerScope::freshPullOfEachAccountShowsTheRightRows()
{
    const QString table = QStringLiteral("applications");
    const QStringList seeIt{QStringLiteral("beheer"), QStringLiteral("regie.beide"), QStringLiteral("regie.ant"),
                            QStringLiteral("loket.ant")};
    for (const auto& [who, old] : m_replicas) {
        TestReplica fresh(m_server.http(), m_accounts.token(who));
        int status = 0;
        fresh.pull(&status);
        QCOMPARE(status, 200);
        QString difference;
        QVERIFY2(fresh.matchesDigest(&difference), qPrintable(who + QStringLiteral(": ") + difference));
        QCOMPARE(fresh.has(table, m_moved.applicationId), seeIt.contains(who));
    }
}

// A row moved out and then deleted: the scope exit (kept per region the row left) still tells Antwerp, the
// delete tells Mechelen; an insert with the same id is refused as gone only after the real delete.
void TestServerScope::deleteAfterAMoveReachesEveryRegionItWasIn()
{
    const Family f = m_accounts.fileFamily(QStringLiteral("regie.beide"), QStringLiteral("antwerpen"));
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
    const QJsonObject moved = moveApplication(QStringLiteral("regie.beide"), f.applicationId,
                                              QStringLiteral("antwerpen"), QStringLiteral("mechelen"));
    QCOMPARE(str(moved, "status"), QStringLiteral("applied"));
    const qint64 moveSeq = moved.value(QStringLiteral("seq")).toInteger();
    QVERIFY(!m_server.storage().findTombstone(QStringLiteral("applications"), f.applicationId));
    QJsonObject sameId = applicationRow(QStringLiteral("mechelen"), f.parentId, f.childId);
    sameId.insert(QStringLiteral("id"), f.applicationId);
    const QJsonObject again =
        m_accounts.pushOne(QStringLiteral("regie.beide"), insert(QStringLiteral("applications"), sameId));
    QCOMPARE(str(again, "status"), QStringLiteral("conflict")); // the row exists: a scope exit is no delete

    const QJsonObject deleted =
        m_accounts.pushOne(QStringLiteral("regie.beide"), remove(QStringLiteral("applications"), f.applicationId, 2));
    QCOMPARE(str(deleted, "status"), QStringLiteral("applied"));
    const qint64 deleteSeq = deleted.value(QStringLiteral("seq")).toInteger();
    // loket.ant last pulled before the move: one delete, the scope exit's (the real delete is Mechelen's).
    const QVector<QJsonObject> antwerpen =
        m_replicas.pullRow(QStringLiteral("loket.ant"), QStringLiteral("applications"), f.applicationId);
    QCOMPARE(antwerpen.size(), 1);
    QCOMPARE(str(antwerpen.first(), "op"), QStringLiteral("delete"));
    QCOMPARE(antwerpen.first().value(QStringLiteral("seq")).toInteger(), moveSeq);
    const QVector<QJsonObject> mechelen =
        m_replicas.pullRow(QStringLiteral("loket.mec"), QStringLiteral("applications"), f.applicationId);
    QCOMPARE(mechelen.size(), 1); // the row is gone: only its delete is left to send
    QCOMPARE(str(mechelen.first(), "op"), QStringLiteral("delete"));
    QCOMPARE(mechelen.first().value(QStringLiteral("seq")).toInteger(), deleteSeq);
    QVERIFY(m_server.storage().findTombstone(QStringLiteral("applications"), f.applicationId));
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("regie.beide"), insert(QStringLiteral("applications"), sameId)),
                 "status"),
             QStringLiteral("gone"));
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

// An operator changes an account's regions: its old cursor answers 410, its pushes are judged by the new
// regions, and accounts that saw it only through the region it left drop it from their pickers.
void TestServerScope::changedRegionsResyncTheAccountAndNarrowItsPushes()
{
    QString error;
    QVERIFY2(m_accounts.add(QStringLiteral("jan"), QStringLiteral("counter"), {QStringLiteral("mechelen")}, &error),
             qPrintable(error));
    const QString jan = m_accounts.accountId(QStringLiteral("jan"));
    m_replicas.add(QStringLiteral("jan"), m_server.http(), m_accounts.token(QStringLiteral("jan")));
    const QJsonObject parent = parentRow(QStringLiteral("mechelen"));
    QCOMPARE(str(m_accounts.pushOne(QStringLiteral("jan"), insert(QStringLiteral("parents"), parent)), "status"),
             QStringLiteral("applied"));
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
    QVERIFY(m_replicas.at(QStringLiteral("loket.mec"))->has(QStringLiteral("accounts"), jan));
    QVERIFY(!m_replicas.at(QStringLiteral("loket.ant"))->has(QStringLiteral("accounts"), jan));
    const qint64 accountVersion = storedVersion(QStringLiteral("accounts"), jan);

    QVERIFY2(AccountAdmin(m_server.storage()).setRegions(QStringLiteral("jan"), {QStringLiteral("antwerpen")}, &error),
             qPrintable(error));
    QCOMPARE(storedVersion(QStringLiteral("accounts"), jan), accountVersion + 1);

    int status = 0;
    m_replicas.at(QStringLiteral("jan"))->pull(&status);
    QCOMPARE(status, 410);
    const QJsonObject oldRegion = m_accounts.pushOne(
        QStringLiteral("jan"), insert(QStringLiteral("parents"), parentRow(QStringLiteral("mechelen"))));
    QCOMPARE(str(oldRegion, "status"), QStringLiteral("rejected"));
    QVERIFY2(str(oldRegion, "reason").startsWith(QStringLiteral("forbidden:")), qPrintable(str(oldRegion, "reason")));
    // A row of the old region is now invisible to jan: like any invisible row, it answers gone (no leak).
    const QJsonObject oldRow = m_accounts.pushOne(
        QStringLiteral("jan"),
        update(QStringLiteral("parents"), str(parent, "id"), 1,
               {{QStringLiteral("phone"), change(str(parent, "phone"), QStringLiteral("+32470999999"))}}));
    QCOMPARE(str(oldRow, "status"), QStringLiteral("gone"));
    QCOMPARE(storedVersion(QStringLiteral("parents"), str(parent, "id")), 1);
    const QJsonObject newRegion = m_accounts.pushOne(
        QStringLiteral("jan"), insert(QStringLiteral("parents"), parentRow(QStringLiteral("antwerpen"))));
    QCOMPARE(str(newRegion, "status"), QStringLiteral("applied"));

    // The accounts picker of the others follows: Mechelen drops jan, Antwerp gets it, both-region accounts
    // keep it (an upsert only).
    const QVector<QJsonObject> mechelen =
        m_replicas.pullRow(QStringLiteral("loket.mec"), QStringLiteral("accounts"), jan);
    QCOMPARE(mechelen.size(), 1);
    QCOMPARE(str(mechelen.first(), "op"), QStringLiteral("delete"));
    for (const char* who : {"loket.ant", "regie.beide", "beheer"}) {
        const QVector<QJsonObject> changes =
            m_replicas.pullRow(QString::fromLatin1(who), QStringLiteral("accounts"), jan);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(str(changes.first(), "op"), QStringLiteral("upsert"));
        QCOMPARE(changes.first().value(QStringLiteral("row")).toObject().value(QStringLiteral("region_ids")),
                 QJsonValue(QJsonArray{QStringLiteral("antwerpen")}));
    }
    m_replicas.add(QStringLiteral("jan"), m_server.http(), m_accounts.token(QStringLiteral("jan")));
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
    QVERIFY(!m_replicas.at(QStringLiteral("jan"))->has(QStringLiteral("parents"), str(parent, "id")));

    // Bad input changes nothing.
    QVERIFY(!AccountAdmin(m_server.storage()).setRegions(QStringLiteral("jan"), {QStringLiteral("gent")}, &error));
    QVERIFY(!AccountAdmin(m_server.storage()).setRegions(QStringLiteral("jan"), {}, &error));
    QVERIFY(
        !AccountAdmin(m_server.storage()).setRegions(QStringLiteral("niemand"), {QStringLiteral("mechelen")}, &error));
    QCOMPARE(storedVersion(QStringLiteral("accounts"), jan), accountVersion + 1);
}

void TestServerScope::updatedByIsTheWriterAndClientsCannotSetIt()
{
    const QString regie = m_accounts.accountId(QStringLiteral("regie.ant"));
    const QString loket = m_accounts.accountId(QStringLiteral("loket.ant"));
    QJsonObject parent = parentRow(QStringLiteral("antwerpen"));
    parent.insert(QStringLiteral("updated_by"), loket); // forged: ignored
    const QJsonObject inserted =
        m_accounts.pushOne(QStringLiteral("regie.ant"), insert(QStringLiteral("parents"), parent));
    QCOMPARE(str(inserted, "status"), QStringLiteral("applied"));
    QCOMPARE(str(inserted.value(QStringLiteral("server_row")).toObject(), "updated_by"), regie);
    const QVector<QJsonObject> pulled =
        m_replicas.pullRow(QStringLiteral("beheer"), QStringLiteral("parents"), str(parent, "id"));
    QCOMPARE(pulled.size(), 1);
    QCOMPARE(str(pulled.first().value(QStringLiteral("row")).toObject(), "updated_by"), regie);

    const QJsonObject updated = m_accounts.pushOne(
        QStringLiteral("loket.ant"),
        update(QStringLiteral("parents"), str(parent, "id"), 1,
               {{QStringLiteral("phone"), change(str(parent, "phone"), QStringLiteral("+32470111111"))},
                {QStringLiteral("updated_by"), change(regie, QStringLiteral("forged"))}}));
    QCOMPARE(str(updated, "status"), QStringLiteral("applied"));
    QCOMPARE(str(m_server.storage().findRow(QStringLiteral("parents"), str(parent, "id"))->row, "updated_by"), loket);

    // A conflict's server_row says who changed the row meanwhile.
    const QJsonObject conflict = m_accounts.pushOne(
        QStringLiteral("regie.ant"),
        update(QStringLiteral("parents"), str(parent, "id"), 1,
               {{QStringLiteral("phone"), change(str(parent, "phone"), QStringLiteral("+32470222222"))}}));
    QCOMPARE(str(conflict, "status"), QStringLiteral("conflict"));
    QCOMPARE(str(conflict.value(QStringLiteral("server_row")).toObject(), "updated_by"), loket);
    // Accounts are written by operators: no writer account.
    const QVector<QJsonObject> changes = m_replicas.at(QStringLiteral("beheer"))->pull();
    Q_UNUSED(changes);
    QVERIFY(m_replicas.at(QStringLiteral("beheer"))
                ->row(QStringLiteral("accounts"), loket)
                .value(QStringLiteral("updated_by"))
                .isNull());
    QString difference;
    QVERIFY2(m_replicas.allMatch(&difference), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestServerScope)
#include "TestServerScope.moc"

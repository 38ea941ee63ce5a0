// Fault tests with real processes (docs/ARCHITECTURE.md "Quality bars"): the CLI killed with SIGKILL in the middle of a
// large pull and of a push, and the server killed and restarted under a running client. Each ends with the cache equal
// to the server (`opvangloket-cli check`), no mutation lost and none applied twice.
#include "FaultProcesses.h"
#include "TestDatabase.h"
#include "store/cache/ClientProfile.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestFaultKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cliKilledDuringLargePull();
    void cliKilledDuringPush();
    void serverRestartedDuringPull();
    void serverRestartedDuringPush();

private:
    QString cachePath() const;
    int cachedRows() const;
    // A read-only look into the CLI's cache while it runs (WAL lets a reader in beside the writer).
    int peek(const QString& sql) const;
    // Queues one update per parent in the CLI's own cache, as the desktop client would; returns the ids with
    // their version before the change.
    QHash<QString, qint64> queueParentEdits(int count, const QString& note);
    void verifyEditsAppliedOnce(const QHash<QString, qint64>& before, const QString& note);
    void syncToEndAndCheck();

    TestDatabase m_database; // declared before the server: dropped after it stopped
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<CliProcess> m_cli;
    const QString m_user = QStringLiteral("loket.antwerpen");
};

void TestFaultKill::initTestCase()
{
    OPVANGLOKET_SKIP_WITHOUT_TEST_DATABASE();
    QString error;
    QString databaseUrl;
    QVERIFY2(m_database.prepare(&databaseUrl, &error), qPrintable(error));
    QStringList args{QStringLiteral("--demo-scale"), QStringLiteral("30000")};
    if (!databaseUrl.isEmpty()) // the _pg variant: the same kills and restarts with the server on PostgreSQL
        args << QStringLiteral("--database") << databaseUrl;
    m_server = std::make_unique<ServerProcess>(m_serverDir.path(), args);
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestFaultKill::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    m_cli = std::make_unique<CliProcess>(m_server->url(), m_profile->path(), m_user);
}

QString TestFaultKill::cachePath() const
{
    return ClientProfile(m_profile->path()).cachePath(m_server->url(), m_user);
}

int TestFaultKill::peek(const QString& sql) const
{
    return peekCache(cachePath(), sql);
}

int TestFaultKill::cachedRows() const
{
    if (!QFile::exists(cachePath()))
        return 0;
    LocalCache cache;
    if (cache.open(cachePath()) != LocalCache::OpenStatus::Ok)
        return -1;
    int total = 0;
    const QMap<QString, int> counts = RecordQuery(cache).rowCounts();
    for (int n : counts)
        total += n;
    return total;
}

void TestFaultKill::syncToEndAndCheck()
{
    const CliRun sync = m_cli->run(QStringLiteral("sync"));
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.output));
    const CliRun check = m_cli->run(QStringLiteral("check"));
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));
}

void TestFaultKill::cliKilledDuringLargePull()
{
    int interrupted = 0;
    int total = -1;
    int previous = 0;
    for (int round = 1; round <= 3; ++round) {
        // Killed as soon as this round has applied a page or two more: always in the middle of the pull.
        const int threshold = previous + 4000 * round;
        const CliRun run = m_cli->runUntil(QStringLiteral("sync"), [&]() {
            return peek(QStringLiteral("SELECT (SELECT count(*) FROM parents) + (SELECT count(*) FROM children) + "
                                       "(SELECT count(*) FROM applications)")) >= threshold;
        });
        const int rows = cachedRows();
        QVERIFY2(rows >= 0, "the cache must open after a SIGKILL");
        if (run.killed && rows > previous)
            ++interrupted; // killed with part of the pull applied
        previous = rows;
    }
    QVERIFY2(interrupted >= 1, "no run was killed in the middle of the pull");
    syncToEndAndCheck();
    total = cachedRows();
    QVERIFY(total > 30000);
    // The search index, built in bulk at the end of a first sync, is complete despite the kills.
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    QSqlQuery q(cache.database());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM fts_parents), (SELECT count(*) FROM parents), "
                                  "(SELECT count(*) FROM fts_applications), (SELECT count(*) FROM applications)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
    QCOMPARE(q.value(2).toInt(), q.value(3).toInt());
}

QHash<QString, qint64> TestFaultKill::queueParentEdits(int count, const QString& note)
{
    QHash<QString, qint64> before;
    LocalCache cache;
    if (cache.open(cachePath()) != LocalCache::OpenStatus::Ok)
        return before;
    QSqlQuery q(cache.database());
    q.exec(QStringLiteral("SELECT id, version FROM parents ORDER BY id LIMIT %1").arg(count));
    while (q.next())
        before.insert(q.value(0).toString(), q.value(1).toLongLong());
    LocalWriter writer(cache);
    for (auto it = before.begin(); it != before.end(); ++it) {
        QString error;
        if (!writer.update(QStringLiteral("parents"), it.key(), {{QStringLiteral("notes"), note}}, &error))
            qWarning() << "edit failed:" << error;
    }
    return before;
}

void TestFaultKill::verifyEditsAppliedOnce(const QHash<QString, qint64>& before, const QString& note)
{
    LocalCache cache;
    QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
    RecordQuery records(cache);
    QCOMPARE(records.pendingChanges(), 0);
    QCOMPARE(records.conflictCount(), 0);
    for (auto it = before.begin(); it != before.end(); ++it) {
        const QJsonObject row = records.row(QStringLiteral("parents"), it.key());
        QCOMPARE(row.value(QStringLiteral("notes")).toString(), note);
        // Exactly one write on the server: applied twice would have made it +2.
        QCOMPARE(row.value(QStringLiteral("version")).toInteger(), it.value() + 1);
    }
}

void TestFaultKill::cliKilledDuringPush()
{
    syncToEndAndCheck();
    const QString note = QStringLiteral("Gebeld over de startdatum.");
    const QHash<QString, qint64> before = queueParentEdits(3000, note);
    QCOMPARE(before.size(), 3000);
    bool interrupted = false;
    for (int left : {2400, 1000}) {
        // Killed once the server has acknowledged part of the queue: in the middle of the push.
        const CliRun run = m_cli->runUntil(QStringLiteral("sync"), [&]() {
            const int pending = peek(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL"));
            return pending >= 0 && pending <= left;
        });
        LocalCache cache;
        QCOMPARE(cache.open(cachePath()), LocalCache::OpenStatus::Ok);
        const int pending = RecordQuery(cache).pendingChanges();
        interrupted = interrupted || (run.killed && pending > 0 && pending < 3000);
    }
    QVERIFY2(interrupted, "no run was killed in the middle of the push");
    syncToEndAndCheck();
    verifyEditsAppliedOnce(before, note);
}

void TestFaultKill::serverRestartedDuringPull()
{
    QProcess cli;
    m_cli->start(cli, QStringLiteral("sync"));
    // The server dies once part of the pull has been applied.
    QTRY_VERIFY_WITH_TIMEOUT(
        peek(QStringLiteral("SELECT count(*) FROM parents")) >= 3000 || cli.state() == QProcess::NotRunning, 60000);
    QVERIFY2(cli.state() != QProcess::NotRunning, "the pull ended before the server could be killed under it");
    m_server->kill();
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() != 0, "the sync cannot have succeeded with the server killed under it");
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    syncToEndAndCheck();
}

void TestFaultKill::serverRestartedDuringPush()
{
    syncToEndAndCheck();
    const QString note = QStringLiteral("Server herstart tijdens verzenden.");
    const QHash<QString, qint64> before = queueParentEdits(3000, note);
    QProcess cli;
    m_cli->start(cli, QStringLiteral("sync"));
    // The server dies once it has acknowledged part of the queue.
    QTRY_VERIFY_WITH_TIMEOUT(peek(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL")) <= 2000 ||
                                 cli.state() == QProcess::NotRunning,
                             60000);
    QVERIFY2(cli.state() != QProcess::NotRunning, "the push ended before the server could be killed under it");
    m_server->kill();
    QVERIFY(cli.waitForFinished(60000));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    syncToEndAndCheck();
    verifyEditsAppliedOnce(before, note);
}

QTEST_GUILESS_MAIN(TestFaultKill)
#include "TestFaultKill.moc"

#include "TestClient.h"
#include "TestServer.h"
#include "store/derived/SearchIndex.h"
#include "store/derived/SearchIndexBuild.h"
#include "store/write/LocalWriter.h"
#include "sync/SyncEngine.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {

const QString kParents = QStringLiteral("parents");

// Every document of both search tables, "rowid:text" in rowid order: what the index holds, as text.
QStringList documents(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    for (const QString& table : SearchIndex::tables()) {
        if (!q.exec(QStringLiteral("SELECT id, c0 FROM %1_content ORDER BY id").arg(table)))
            return {q.lastError().text()};
        while (q.next())
            out.append(table + QLatin1Char(':') + q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    }
    return out;
}

// FTS5's own check of an index against its documents; empty when sound.
QString integrityError(QSqlDatabase db)
{
    QSqlQuery q(db);
    for (const QString& table : SearchIndex::tables()) {
        if (!q.exec(QStringLiteral("INSERT INTO %1(%1) VALUES('integrity-check')").arg(table)))
            return table + QStringLiteral(": ") + q.lastError().text();
    }
    return QString();
}

QStringList parentsMatching(QSqlDatabase db, const QString& text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.id FROM fts_parents JOIN parents p ON p.rowid = fts_parents.rowid "
                             "WHERE fts_parents MATCH ? ORDER BY p.id"));
    q.addBindValue(SearchIndex::matchExpression(text));
    QStringList ids;
    if (!q.exec())
        return {q.lastError().text()};
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace

// A first sync's search index, built on a connection and thread of its own while the cache's connection builds the
// list rows and indexes, then copied in (SearchIndexBuild, docs/PERFORMANCE.md "Speed, version 2"): it holds exactly
// the documents a build in place makes, FTS5 finds it sound, the cache's own connection searches it and keeps it up
// to date with later pulls, and a build refuses to overwrite an index that already holds documents. Both dialects
// (the server writes compact pages from SQLite's values or through QtSql).
class TestSearchIndexBuild : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtBesideEqualsBuiltInPlace();
    void laterPullsKeepItUpToDate();
    void refusesAnIndexWithDocuments();
    void droppedWhenTheOwnerDoesNotCommit();

private:
    void sync(TestClient& c);

    TestServer m_server{TestServer::Demo};
    std::unique_ptr<TestClient> m_counter;
};

void TestSearchIndexBuild::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_counter = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("loket.antwerpen"));
    QVERIFY(m_counter->session);
    sync(*m_counter);
    QCOMPARE(m_counter->cache().state(QStringLiteral("search_rebuild_pending")), QStringLiteral("0"));
}

void TestSearchIndexBuild::sync(TestClient& c)
{
    QString error;
    QVERIFY2(c.session->sync().syncBlocking(&error), qPrintable(error));
}

void TestSearchIndexBuild::builtBesideEqualsBuiltInPlace()
{
    QSqlDatabase db = m_counter->cache().database();
    const QStringList beside = documents(db);
    QCOMPARE(beside.size(), m_counter->records().allRows(QStringLiteral("applications")).size() +
                                m_counter->records().allRows(kParents).size());
    QCOMPARE(integrityError(db), QString());
    QVERIFY(db.transaction());
    QString error;
    QVERIFY2(SearchIndex::rebuildAll(db, &error), qPrintable(error));
    const QStringList inPlace = documents(db);
    QVERIFY(db.rollback());
    QCOMPARE(beside, inPlace);
    // The cache's own connection finds a parent by name in what the other connection wrote.
    const QJsonObject parent = m_counter->records().allRows(kParents).first();
    const QString lastName = parent.value(QStringLiteral("last_name")).toString();
    QVERIFY(!lastName.isEmpty());
    QVERIFY(parentsMatching(db, lastName).contains(parent.value(QStringLiteral("id")).toString()));
}

void TestSearchIndexBuild::laterPullsKeepItUpToDate()
{
    // Another counter renames a parent; the first client's next pull rewrites that document in the copied index.
    auto other = TestClient::signIn(QUrl(m_server.baseUrl()), QStringLiteral("loket.antwerpen"));
    QVERIFY(other->session);
    sync(*other);
    const QJsonObject parent = other->records().allRows(kParents).value(1);
    const QString id = parent.value(QStringLiteral("id")).toString();
    QString error;
    QVERIFY2(LocalWriter(other->cache())
                 .update(kParents, id, {{QStringLiteral("last_name"), QStringLiteral("Zwaluwstaart")}}, &error),
             qPrintable(error));
    sync(*other);
    QSqlDatabase db = m_counter->cache().database();
    QVERIFY(parentsMatching(db, QStringLiteral("Zwaluwstaart")).isEmpty());
    sync(*m_counter);
    QCOMPARE(parentsMatching(db, QStringLiteral("Zwaluwstaart")), QStringList{id});
    QCOMPARE(integrityError(db), QString());
    // The old name may stay in the document through the children's names: the whole index is compared instead.
    const QStringList kept = documents(db);
    QVERIFY(db.transaction());
    QVERIFY2(SearchIndex::rebuildAll(db, &error), qPrintable(error));
    const QStringList inPlace = documents(db);
    QVERIFY(db.rollback());
    QCOMPARE(kept, inPlace);
}

void TestSearchIndexBuild::refusesAnIndexWithDocuments()
{
    QSqlDatabase db = m_counter->cache().database();
    const QStringList before = documents(db);
    QVERIFY(!before.isEmpty());
    SearchIndexBuild build(m_counter->cache().path());
    build.start();
    build.release(true);
    QString error;
    QVERIFY(!build.wait(&error));
    QVERIFY2(error.contains(QStringLiteral("not empty")), qPrintable(error));
    QCOMPARE(documents(db), before);
    QCOMPARE(integrityError(db), QString());
}

void TestSearchIndexBuild::droppedWhenTheOwnerDoesNotCommit()
{
    QSqlDatabase db = m_counter->cache().database();
    const QStringList before = documents(db);
    QString error;
    {
        SearchIndexBuild build(m_counter->cache().path());
        build.start();
        build.release(false);
        QVERIFY(!build.wait(&error));
    }
    QVERIFY(!error.isEmpty());
    QCOMPARE(documents(db), before);
    // Never started: nothing to wait for, and saying so.
    SearchIndexBuild idle(m_counter->cache().path());
    QVERIFY(!idle.wait(&error));
}

QTEST_GUILESS_MAIN(TestSearchIndexBuild)
#include "TestSearchIndexBuild.moc"

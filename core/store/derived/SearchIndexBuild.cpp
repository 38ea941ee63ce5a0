#include "store/derived/SearchIndexBuild.h"

#include "store/cache/LocalCache.h"
#include "store/derived/SearchIndex.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

const QString& buildSchema()
{
    static const QString name = QStringLiteral("build");
    return name;
}

// The tables behind each FTS5 table of the cache (a content table of its own, column sizes kept): all of its state.
const QStringList& shadowSuffixes()
{
    static const QStringList suffixes{QStringLiteral("data"), QStringLiteral("idx"), QStringLiteral("content"),
                                      QStringLiteral("docsize"), QStringLiteral("config")};
    return suffixes;
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

SearchIndexBuild::SearchIndexBuild(const QString& cachePath)
    : m_path(cachePath)
    , m_released(m_release.get_future())
{
}

SearchIndexBuild::~SearchIndexBuild()
{
    release(false);
    if (m_thread)
        m_thread->wait();
}

void SearchIndexBuild::start()
{
    m_thread.reset(QThread::create([this] { m_ok = run(&m_error); }));
    m_thread->setObjectName(QStringLiteral("search index build"));
    m_thread->start();
}

void SearchIndexBuild::release(bool move)
{
    if (m_releaseSet)
        return;
    m_releaseSet = true;
    m_release.set_value(move);
}

bool SearchIndexBuild::wait(QString* error)
{
    if (!m_thread) {
        *error = QStringLiteral("the search index build was not started");
        return false;
    }
    m_thread->wait();
    if (!m_ok)
        *error = m_error;
    return m_ok;
}

bool SearchIndexBuild::run(QString* error)
{
    // One name per build: two caches (two accounts in one process, the tests) may each finish a first sync.
    const QString name = QStringLiteral("search-index-build-%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    bool ok = false;
    {
        QSqlDatabase db = LocalCache::openBeside(m_path, name, error);
        QElapsedTimer clock;
        clock.start();
        ok = db.isOpen() && build(db, error);
        m_buildMs = clock.elapsed();
        if (ok) {
            const bool move = m_released.get();
            clock.restart();
            if (!move)
                *error = QStringLiteral("the cache's own transaction did not commit");
            ok = move && moveIn(db, error);
            m_moveMs = clock.elapsed();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool SearchIndexBuild::build(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("PRAGMA mmap_size=0"), error) ||
        !exec(q, QStringLiteral("ATTACH ':memory:' AS %1").arg(buildSchema()), error))
        return false;
    // The build's tables are made by the cache's own statements, so their shadow tables have the same shape.
    for (const QString& table : SearchIndex::tables()) {
        q.prepare(QStringLiteral("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(table);
        if (!q.exec() || !q.next()) {
            *error = QStringLiteral("the cache has no table %1").arg(table);
            return false;
        }
        QString create = q.value(0).toString();
        create.replace(QStringLiteral("CREATE VIRTUAL TABLE %1").arg(table),
                       QStringLiteral("CREATE VIRTUAL TABLE %1.%2").arg(buildSchema(), table));
        if (!exec(q, create, error))
            return false;
    }
    // One read transaction: the applications' and the parents' documents come from the same records.
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!SearchIndex::fillAll(db, buildSchema(), error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool SearchIndexBuild::moveIn(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    bool ok = true;
    for (const QString& table : SearchIndex::tables()) {
        // Only into an empty index: the cache's documents (its content and docsize tables) must be none.
        ok = exec(q,
                  QStringLiteral(
                      "SELECT (SELECT count(*) FROM main.%1_content) + (SELECT count(*) FROM main.%1_docsize)")
                      .arg(table),
                  error) &&
             q.next();
        if (ok && q.value(0).toLongLong() != 0) {
            *error = QStringLiteral("the cache's table %1 is not empty").arg(table);
            ok = false;
        }
        // Segments of deleted documents may be left in data and idx: the build's rows replace all of them.
        ok = ok && exec(q, QStringLiteral("DELETE FROM main.%1_data").arg(table), error) &&
             exec(q, QStringLiteral("DELETE FROM main.%1_idx").arg(table), error);
        for (const QString& suffix : shadowSuffixes()) {
            ok = ok && exec(q,
                            QStringLiteral("INSERT OR REPLACE INTO main.%1_%2 SELECT * FROM %3.%1_%2")
                                .arg(table, suffix, buildSchema()),
                            error);
        }
        if (!ok)
            break;
    }
    q.finish();
    if (!ok || !exec(q, QStringLiteral("COMMIT"), error)) {
        QString ignored;
        exec(q, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    }
    return true; // the in-memory database goes with the connection
}

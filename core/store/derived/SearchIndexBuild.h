#pragma once

#include <QString>

#include <future>
#include <memory>

class QSqlDatabase;
class QThread;

// A first sync's search index, built beside the cache's own connection (docs/PERFORMANCE.md "Speed, version 2"). The
// end of a first sync writes one SQLite file, which takes one writer: while the owner's connection builds the list
// rows and the secondary indexes, this build reads the records the pages committed, on a thread and a connection of
// its own, and fills the two FTS5 tables of an in-memory database on the other core. Once the owner's transaction is
// committed, it copies their shadow tables into the cache's empty search tables in one short transaction. Only a
// second connection may write those shadow tables: FTS5 keeps an index's structure per connection and reloads it when
// another connection changed the file (PRAGMA data_version), never after its own connection wrote them directly.
class SearchIndexBuild
{
public:
    explicit SearchIndexBuild(const QString& cachePath);
    // A build that was never released is dropped; the thread is always joined.
    ~SearchIndexBuild();
    SearchIndexBuild(const SearchIndexBuild&) = delete;
    SearchIndexBuild& operator=(const SearchIndexBuild&) = delete;

    // Starts reading the records as they are committed now (their snapshot is the build's).
    void start();
    // The owner's transaction is committed (move) or abandoned: the build is copied into the cache or dropped.
    void release(bool move);
    // Waits for the thread: true when the cache's search tables hold the new index; otherwise they are as they were.
    bool wait(QString* error);

    qint64 buildMs() const { return m_buildMs; }
    qint64 moveMs() const { return m_moveMs; }

private:
    bool run(QString* error);
    bool build(QSqlDatabase& db, QString* error);
    bool moveIn(QSqlDatabase& db, QString* error);

    QString m_path;
    std::promise<bool> m_release;
    std::future<bool> m_released;
    bool m_releaseSet = false;
    std::unique_ptr<QThread> m_thread;
    bool m_ok = false;
    QString m_error;
    qint64 m_buildMs = 0;
    qint64 m_moveMs = 0;
};

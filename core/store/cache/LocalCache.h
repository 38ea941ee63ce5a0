#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

// The client's offline cache (docs/ARCHITECTURE.md "The cache and its derived tables"): one SQLite file per account and
// server. Opening applies the open policy — WAL, synchronous=FULL, busy timeout, quick_check, mode 0600 — then the
// migration ladder, and refuses a file written by a newer client.
class LocalCache
{
public:
    enum class OpenStatus { Ok, Corrupt, TooNew, Failed };

    LocalCache();
    ~LocalCache();
    LocalCache(const LocalCache&) = delete;
    LocalCache& operator=(const LocalCache&) = delete;

    // Now: PRAGMA quick_check before anything is read (the CLI, tests). Deferred: the caller runs it in the
    // background (CacheCheck) — unless an earlier background check marked the file damaged, or opening
    // fails, when it runs here first and a damaged file is reported as Corrupt.
    enum class Check { Now, Deferred };
    OpenStatus open(const QString& path, Check check = Check::Now);
    // Whether quick_check ran on this file since it was opened (and passed): a deferred open that had to check
    // anyway needs no background check after it.
    bool isChecked() const { return m_checked; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const;
    int schemaVersion() const;

    // sync_state key/value pairs: cursor, epoch, client_id, next_mid, last_sync_at, account_id, ...
    QString state(const QString& key) const;
    bool setState(const QString& key, const QString& value);
    bool forgetState(const QStringList& keys, QString* error);

    // Inserts rows given as raw column values, as they were read from another cache file (a salvage): only
    // the table's owner calls it, with the columns it knows.
    bool insertRaw(const QString& table, const QStringList& columns, const QVector<QVariantList>& rows,
                   QString* error) const;

    // A second connection to an open cache's file, under the same open policy, for work beside the first one on
    // another thread (SearchIndexBuild); not open when it failed. The caller closes and removes it on that thread.
    static QSqlDatabase openBeside(const QString& path, const QString& connectionName, QString* error);

    // Moves a damaged file (and its -wal/-shm) aside so unsent work is never deleted; returns the new path.
    static QString moveAside(const QString& path);

private:
    OpenStatus openConnection(Check check);
    static bool applyPragmas(QSqlDatabase& db, QString* error);
    bool quickCheck();

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_checked = false;
};

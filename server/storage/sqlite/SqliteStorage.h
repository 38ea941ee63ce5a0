#pragma once

#include "storage/SqlStorage.h"

class SqliteDatabase;

// The embedded storage: one SQLite file (<data>/opvangloket.sqlite), WAL, one connection on the server
// thread. beginWrite() is BEGIN IMMEDIATE and takeSeq() increments the counter row in `meta`, so seqs
// are commit-ordered.
class SqliteStorage : public SqlStorage
{
public:
    explicit SqliteStorage(const QString& filePath);

    bool open(QString* error) override;
    int schemaVersion() override;
    int latestSchemaVersion() const override;
    // Bulk seeding trades durability for speed (synchronous=OFF) until set back to false.
    void setBulkMode(bool on) override;
    // VACUUM INTO: a consistent snapshot while the server may be writing, as one self-contained file (no WAL),
    // marked so that a server started on it takes a new epoch. Refuses to overwrite an existing file.
    bool backupTo(const QString& path, QString* error) override;

    void beginWrite() override;
    qint64 takeSeq() override;
    void commit() override;
    qint64 currentSeq() override;
    void reclaimFreedSpace(const QStringList& tables) override;

private:
    SqliteDatabase& sqlite();
    static bool markAsBackup(const QString& path, QString* error);
};

#pragma once

#include "storage/SqlDatabase.h"

// The SQLite connection: WAL, busy timeout, foreign keys off.
class SqliteDatabase : public SqlDatabase
{
public:
    explicit SqliteDatabase(const QString& path);

    bool open(QString* error);
    const QString& path() const { return m_path; }
    void setSynchronous(const QString& mode);

private:
    QString m_path;
};

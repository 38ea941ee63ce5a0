#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

// A SELECT run through the SQLite C API on the connection QtSql opened, for the rows of a compact pull page
// (SqlChangeFeed, docs/PERFORMANCE.md "Speed, version 2"): QtSql turns every value of every row into a QVariant and
// every text into UTF-16, which the page then turns back into UTF-8 — most of the server's time per pulled row. Here
// a text comes back as its UTF-8 bytes (a QByteArray). Only where the driver uses the system SQLite
// (OPVANGLOKET_SHARED_SQLITE): SqlDatabase::sqliteHandle() is null elsewhere and nobody constructs one.
class SqliteNativeQuery
{
public:
    // Prepares and binds (integers, reals, booleans, texts, nulls); throws StorageError on failure.
    SqliteNativeQuery(sqlite3* db, const QString& sql, const QVariantList& binds);
    ~SqliteNativeQuery();
    SqliteNativeQuery(const SqliteNativeQuery&) = delete;
    SqliteNativeQuery& operator=(const SqliteNativeQuery&) = delete;

    // The next row; false after the last. Throws StorageError when the step fails.
    bool next();
    enum Type { Integer = 1, Real = 2, Text = 3, Blob = 4, Null = 5 }; // SQLite's own numbers
    Type type(int column) const;
    // Null, qint64, double, or the UTF-8 bytes of a text (a QByteArray; a blob's bytes the same way).
    QVariant value(int column) const;
    qint64 integer(int column) const;
    // A text's UTF-8 bytes, valid until the next step, and their number.
    const char* text(int column) const;
    int size(int column) const;

private:
    [[noreturn]] void fail(const QString& what) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_sql;
};

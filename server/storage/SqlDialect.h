#pragma once

#include "protocol/TableSchema.h"

#include <QString>

// The few places where SQLite and PostgreSQL SQL differ, so the row codec, scope filter, change feed and
// account store can be shared: column types, JSON array membership and case-insensitive user names.
// Everything else the storage runs is plain SQL both accept (ON CONFLICT upserts, LIMIT, positional ?).
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    // Column type of a TableSchema field. Booleans stay 0/1 integers in both, so codecs and filters
    // (`published = 1`) are shared.
    QString columnType(Protocol::FieldType type) const;
    // Counters, versions and seqs: 64 bit in both.
    QString integerType() const;
    // Condition: the JSON array in `column` holds one of `quotedList` ('a','b').
    QString jsonArrayOverlaps(const QString& column, const QString& quotedList) const;
    // The same over a TEXT column holding a JSON array (tombstones of accounts).
    QString jsonTextArrayOverlaps(const QString& column, const QString& quotedList) const;
    // Condition on accounts.username, case-insensitive, with one bound value.
    QString usernameEquals() const;
    // Query listing the column names of `table`.
    QString columnNamesSql(const QString& table) const;

private:
    Kind m_kind;
};

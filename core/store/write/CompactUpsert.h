#pragma once

#include "protocol/CompactPage.h"

#include <QSqlDatabase>
#include <QVector>

class CompactPageReader;
struct sqlite3;
struct sqlite3_stmt;

// Writes the rows of one table of a compact pull page into the cache with SQLite's own binding: each value goes
// from the page's bytes to the statement without a QString or QVariant in between (QtSql converts text to UTF-16
// and SQLite back to UTF-8). Used while a first sync fills the cache; the same upsert as RowUpsert, one prepared
// statement per table and page.
class CompactUpsert
{
public:
    CompactUpsert(const QSqlDatabase& db, const Protocol::Table& table, const CompactPage::TableColumns& page);
    ~CompactUpsert();
    CompactUpsert(const CompactUpsert&) = delete;
    CompactUpsert& operator=(const CompactUpsert&) = delete;

    // Writes the reader's current upsert. *written is false, with nothing written, when a value's type is not
    // the one the schema names (the caller then takes the general way, which converts it as the JSON page would).
    bool write(const CompactPageReader& reader, bool* written, QString* error);

private:
    bool prepare(QString* error);
    bool bind(int parameter, Protocol::FieldType type, int pageColumn, const CompactPageReader& reader);
    bool fail(QString* error);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_sql;
    QVector<Protocol::FieldType> m_types; // per parameter
    QVector<int> m_pageColumns;           // per parameter: the page's column, or -1 when the page lacks it
};

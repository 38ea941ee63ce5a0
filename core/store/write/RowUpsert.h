#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Protocol {
struct Table;
}

// Writes one whole row of a synced table into the cache: an insert, or an update of every column when the id
// is there already. An upsert keeps the rowid, which the derived rows are keyed on (see DerivedRows). Both
// writers of synced rows use it — the pull applier with the server's rows, the local writer with a counter
// worker's — so the column list and the conversion of each value are written once. Prepared on first use.
class RowUpsert
{
public:
    RowUpsert(const QSqlDatabase& db, const Protocol::Table& table);

    // The given id and version win over whatever the row repeats of them.
    bool write(const QJsonObject& row, const QString& id, qint64 version, QString* error);
    // The statement, its parameters in the order of Protocol::commonFields() then the table's fields (CompactUpsert
    // binds the same statement through the SQLite C API).
    static QString sql(const Protocol::Table& table);

private:
    void prepare();

    QSqlDatabase m_db;
    const Protocol::Table& m_table;
    QSqlQuery m_query;
    bool m_prepared = false;
};

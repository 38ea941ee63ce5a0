#pragma once

#include "TableSchema.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What client and server agree on for the compact pull page (docs/PROTOCOL.md "Pull, compact pages"): a CBOR map
// whose tables name their columns once and whose changes are arrays of values. One place for the media type,
// the keys and the change kinds, so that the writer (server) and the reader (client) cannot drift apart.
namespace CompactPage {

// Asked for in the request's Accept header; a server that does not know it answers JSON, which the client reads too.
inline QByteArray mediaType()
{
    return QByteArrayLiteral("application/cbor");
}

// The first element of a change: what the rest of its array holds.
enum Kind : int {
    Upsert = 0, // [0, table, seq, value of column 0, value of column 1, ...]
    Delete = 1, // [1, table, seq, id, version]
};

// A table as the page describes it: its name and the columns its upserts carry, in order.
struct TableColumns {
    QString name;
    QStringList columns;
    QVector<Protocol::FieldType> types;
};

// The columns a synced table travels with: the common fields, then the table's own.
TableColumns columnsOf(const Protocol::Table& table);
// Every synced table's columns, in Protocol::syncedTables() order (a change names its table by that index); made once.
const QVector<TableColumns>& syncedTableColumns();

} // namespace CompactPage

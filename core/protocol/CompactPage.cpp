#include "CompactPage.h"

namespace CompactPage {

TableColumns columnsOf(const Protocol::Table& table)
{
    TableColumns out;
    out.name = table.name;
    for (const Protocol::Field& f : Protocol::commonFields() + table.fields) {
        out.columns.append(f.name);
        out.types.append(f.type);
    }
    return out;
}

const QVector<TableColumns>& syncedTableColumns()
{
    static const QVector<TableColumns> tables = [] {
        QVector<TableColumns> all;
        for (const Protocol::Table& t : Protocol::syncedTables())
            all.append(columnsOf(t));
        return all;
    }();
    return tables;
}

} // namespace CompactPage

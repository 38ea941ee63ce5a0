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

} // namespace CompactPage

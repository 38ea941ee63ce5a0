#include "FuzzTargets.h"

#include "protocol/CompactPageReader.h"
#include "protocol/CompactPageWriter.h"

#include <QByteArray>
#include <QVariantList>

namespace {

// The values of the reader's current upsert as the server would have read them from its database.
QVariantList valuesOf(const CompactPageReader& reader)
{
    QVariantList values;
    for (int i = 0; i < reader.valueCount(); ++i) {
        const CompactValue& v = reader.value(i);
        switch (v.kind) {
        case CompactValue::Kind::Null:
            values.append(QVariant());
            break;
        case CompactValue::Kind::Integer:
        case CompactValue::Kind::Bool:
            values.append(v.integer);
            break;
        case CompactValue::Kind::Double:
            values.append(v.real);
            break;
        case CompactValue::Kind::Text:
            values.append(QString::fromUtf8(v.text));
            break;
        }
    }
    return values;
}

} // namespace

// Whatever the reader accepts is well-formed: a known table index, as many values as that table has columns (two
// for a delete); and a page it accepted whole, written again by the server's writer, reads back to the same changes.
int FuzzTargets::compactPage(const uint8_t* data, size_t size)
{
    CompactPageReader reader(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    Protocol::PullPage header;
    QString error;
    if (!reader.readHeader(&header, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    QVector<Protocol::Change> changes;
    QVector<QPair<int, QVariantList>> upserts;
    while (reader.next(&error)) {
        FUZZ_CHECK(reader.table() >= 0 && reader.table() < reader.tables().size());
        const bool upsert = reader.kind() == CompactPage::Upsert;
        FUZZ_CHECK(reader.valueCount() == (upsert ? reader.tables().at(reader.table()).columns.size() : 2));
        changes.append(reader.toChange());
        upserts.append({reader.table(), upsert ? valuesOf(reader) : QVariantList()});
    }
    if (!error.isEmpty())
        return 0;
    // Only tables this client knows have types to write with; a page naming others is not re-encoded.
    for (const CompactPage::TableColumns& t : reader.tables()) {
        if (!Protocol::findTable(t.name))
            return 0;
    }
    QByteArray again;
    CompactPageWriter writer(&again);
    writer.begin(header, reader.tables(), changes.size());
    for (int i = 0; i < changes.size(); ++i) {
        if (changes.at(i).deleted)
            writer.remove(upserts.at(i).first, changes.at(i).seq, changes.at(i).id, changes.at(i).version);
        else
            writer.upsert(upserts.at(i).first, changes.at(i).seq, upserts.at(i).second);
    }
    writer.end();
    CompactPageReader second(again);
    Protocol::PullPage header2;
    FUZZ_CHECK(second.readHeader(&header2, &error));
    FUZZ_CHECK(header2.cursor == header.cursor && header2.hasMore == header.hasMore);
    for (const Protocol::Change& c : changes) {
        FUZZ_CHECK(second.next(&error));
        const Protocol::Change d = second.toChange();
        // An upsert's id is whatever its id column held (a number reads as no id, and is written back as text).
        FUZZ_CHECK(d.table == c.table && d.seq == c.seq && d.deleted == c.deleted && (!c.deleted || d.id == c.id));
    }
    FUZZ_CHECK(!second.next(&error) && error.isEmpty());
    return 0;
}

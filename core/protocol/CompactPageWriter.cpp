#include "CompactPageWriter.h"

CompactPageWriter::CompactPageWriter(QByteArray* out)
    : m_cbor(out)
{
}

void CompactPageWriter::begin(const Protocol::PullPage& meta, const QVector<CompactPage::TableColumns>& tables,
                              qsizetype changeCount)
{
    m_tables = tables;
    // Header first, tables before changes: the reader asks for the next page and knows every column before the
    // first row arrives.
    m_cbor.startMap(meta.remaining >= 0 ? 7 : 6);
    m_cbor.append(QLatin1String("epoch"));
    m_cbor.append(meta.epoch);
    m_cbor.append(QLatin1String("cursor"));
    m_cbor.append(meta.cursor);
    m_cbor.append(QLatin1String("has_more"));
    m_cbor.append(meta.hasMore);
    m_cbor.append(QLatin1String("last_mutation_id"));
    m_cbor.append(meta.lastMutationId);
    if (meta.remaining >= 0) {
        m_cbor.append(QLatin1String("remaining"));
        m_cbor.append(meta.remaining);
    }
    m_cbor.append(QLatin1String("tables"));
    m_cbor.startArray(tables.size());
    for (const CompactPage::TableColumns& t : tables) {
        m_cbor.startMap(2);
        m_cbor.append(QLatin1String("name"));
        m_cbor.append(t.name);
        m_cbor.append(QLatin1String("columns"));
        m_cbor.startArray(t.columns.size());
        for (const QString& c : t.columns)
            m_cbor.append(c);
        m_cbor.endArray();
        m_cbor.endMap();
    }
    m_cbor.endArray();
    m_cbor.append(QLatin1String("changes"));
    m_cbor.startArray(changeCount);
}

void CompactPageWriter::upsert(int table, qint64 seq, const QVariantList& values)
{
    const QVector<Protocol::FieldType>& types = m_tables.at(table).types;
    m_cbor.startArray(3 + types.size());
    m_cbor.append(qint64(CompactPage::Upsert));
    m_cbor.append(qint64(table));
    m_cbor.append(seq);
    for (int i = 0; i < types.size(); ++i)
        value(types.at(i), i < values.size() ? values.at(i) : QVariant());
    m_cbor.endArray();
}

void CompactPageWriter::remove(int table, qint64 seq, const QString& id, qint64 version)
{
    m_cbor.startArray(5);
    m_cbor.append(qint64(CompactPage::Delete));
    m_cbor.append(qint64(table));
    m_cbor.append(seq);
    m_cbor.append(id);
    m_cbor.append(version);
    m_cbor.endArray();
}

void CompactPageWriter::end()
{
    m_cbor.endArray();
    m_cbor.endMap();
}

// The same values the JSON page carries (Protocol::fromSqlValue), typed for CBOR.
void CompactPageWriter::value(Protocol::FieldType type, const QVariant& v)
{
    if (v.isNull()) {
        m_cbor.append(nullptr);
        return;
    }
    switch (type) {
    case Protocol::FieldType::Text:
        m_cbor.append(v.toString());
        return;
    case Protocol::FieldType::Integer:
        m_cbor.append(qint64(v.toLongLong()));
        return;
    case Protocol::FieldType::Real:
        m_cbor.append(v.toDouble());
        return;
    case Protocol::FieldType::Bool:
        m_cbor.append(v.toLongLong() != 0);
        return;
    case Protocol::FieldType::Json:
        jsonValue(v);
        return;
    }
    m_cbor.append(nullptr);
}

// A JSON-typed field travels as the text of its JSON array or object; anything else is null, as in the JSON page.
void CompactPageWriter::jsonValue(const QVariant& v)
{
    const QByteArray text = v.toString().toUtf8();
    const char first = text.isEmpty() ? '\0' : text.at(0);
    if (first == '[' || first == '{')
        m_cbor.appendTextString(text.constData(), text.size());
    else
        m_cbor.append(nullptr);
}

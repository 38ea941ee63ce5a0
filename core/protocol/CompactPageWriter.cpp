#include "CompactPageWriter.h"

#include <QIODevice>

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
    startUpsert(table, seq);
    for (int i = 0; i < types.size(); ++i)
        value(types.at(i), i < values.size() ? values.at(i) : QVariant());
    endUpsert();
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

void CompactPageWriter::appendEncoded(const char* data, qsizetype size)
{
    m_cbor.device()->write(data, size);
    ++m_encodedChanges;
}

void CompactPageWriter::end()
{
    // Both containers have a known length, which ends them: closing writes nothing. The writer did not count the
    // changes appended already encoded, so it would report too few items for them; it is only asked when it counted
    // all.
    if (m_encodedChanges > 0)
        return;
    m_cbor.endArray();
    m_cbor.endMap();
}

void CompactPageWriter::startUpsert(int table, qint64 seq)
{
    m_cbor.startArray(3 + m_tables.at(table).types.size());
    m_cbor.append(qint64(CompactPage::Upsert));
    m_cbor.append(qint64(table));
    m_cbor.append(seq);
}

void CompactPageWriter::integerValue(Protocol::FieldType type, qint64 v)
{
    if (type == Protocol::FieldType::Integer)
        m_cbor.append(v);
    else
        value(type, QVariant(v));
}

void CompactPageWriter::textValue(Protocol::FieldType type, const char* utf8, qsizetype size)
{
    if (type == Protocol::FieldType::Text)
        m_cbor.appendTextString(utf8, size);
    else
        value(type, QVariant(QByteArray(utf8, size)));
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
        if (v.typeId() == QMetaType::QByteArray) { // UTF-8 as the database returned it (SqliteNativeQuery)
            const QByteArray bytes = v.toByteArray();
            m_cbor.appendTextString(bytes.constData(), bytes.size());
        } else {
            m_cbor.append(v.toString());
        }
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
    const QByteArray text = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
    const char first = text.isEmpty() ? '\0' : text.at(0);
    if (first == '[' || first == '{')
        m_cbor.appendTextString(text.constData(), text.size());
    else
        m_cbor.append(nullptr);
}

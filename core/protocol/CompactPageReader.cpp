#include "CompactPageReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

QJsonValue CompactValue::toJson(Protocol::FieldType type) const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue::Null;
    case Kind::Integer:
        return integer;
    case Kind::Double:
        return real;
    case Kind::Bool:
        return integer != 0;
    case Kind::Text:
        break;
    }
    if (type != Protocol::FieldType::Json)
        return QString::fromUtf8(text);
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue::Null;
}

CompactPageReader::CompactPageReader(const QByteArray& cbor)
    : m_cbor(cbor)
{
}

bool CompactPageReader::fail(QString* error)
{
    *error =
        QCoreApplication::translate("CompactPageReader", "The server sent a page of changes this program cannot read.");
    return false;
}

bool CompactPageReader::readHeader(Protocol::PullPage* meta, QString* error)
{
    if (!m_cbor.isMap() || !m_cbor.enterContainer())
        return fail(error);
    while (m_cbor.hasNext()) {
        QString key;
        if (!readString(&key))
            return fail(error);
        bool ok = true;
        if (key == QLatin1String("epoch"))
            ok = readString(&meta->epoch);
        else if (key == QLatin1String("cursor"))
            ok = readString(&meta->cursor);
        else if (key == QLatin1String("has_more")) {
            ok = m_cbor.isBool();
            meta->hasMore = ok && m_cbor.toBool();
            ok = ok && m_cbor.next();
        } else if (key == QLatin1String("last_mutation_id"))
            ok = readInteger(&meta->lastMutationId);
        else if (key == QLatin1String("remaining"))
            ok = readInteger(&meta->remaining);
        else if (key == QLatin1String("tables"))
            ok = readTables(error);
        else if (key == QLatin1String("changes")) {
            if (!m_cbor.isArray())
                return fail(error);
            m_count = m_cbor.isLengthKnown() ? qsizetype(m_cbor.length()) : -1;
            return m_cbor.enterContainer() || fail(error);
        } else
            ok = m_cbor.next(); // a key a newer server added: skipped whole
        if (!ok)
            return fail(error);
    }
    return fail(error); // a page without changes is not one
}

bool CompactPageReader::readTables(QString* error)
{
    if (!m_cbor.isArray() || !m_cbor.enterContainer())
        return false;
    while (m_cbor.hasNext()) {
        CompactPage::TableColumns table;
        if (!readTable(&table, error))
            return false;
        m_tables.append(table);
    }
    return m_cbor.leaveContainer();
}

bool CompactPageReader::readTable(CompactPage::TableColumns* table, QString* error)
{
    Q_UNUSED(error)
    if (!m_cbor.isMap() || !m_cbor.enterContainer())
        return false;
    while (m_cbor.hasNext()) {
        QString key;
        if (!readString(&key))
            return false;
        if (key == QLatin1String("name")) {
            if (!readString(&table->name))
                return false;
        } else if (key == QLatin1String("columns")) {
            if (!m_cbor.isArray() || !m_cbor.enterContainer())
                return false;
            while (m_cbor.hasNext()) {
                QString column;
                if (!readString(&column))
                    return false;
                table->columns.append(column);
            }
            if (!m_cbor.leaveContainer())
                return false;
        } else if (!m_cbor.next()) {
            return false;
        }
    }
    // Types from this client's schema: a column it does not know is read as it comes and not stored.
    const Protocol::Table* known = Protocol::findTable(table->name);
    for (const QString& column : table->columns) {
        const Protocol::Field* f = nullptr;
        for (const Protocol::Field& common : Protocol::commonFields()) {
            if (common.name == column)
                f = &common;
        }
        if (!f && known)
            f = known->field(column);
        table->types.append(f ? f->type : Protocol::FieldType::Text);
    }
    return !table->name.isEmpty() && m_cbor.leaveContainer();
}

bool CompactPageReader::next(QString* error)
{
    error->clear();
    if (!m_cbor.hasNext())
        return false;
    qint64 kind = -1, table = -1;
    if (!m_cbor.isArray() || !m_cbor.isLengthKnown() || !m_cbor.enterContainer() || !readInteger(&kind) ||
        !readInteger(&table) || !readInteger(&m_seq) || table < 0 || table >= m_tables.size())
        return fail(error);
    m_table = int(table);
    int count = 0;
    if (kind == CompactPage::Upsert)
        count = int(m_tables.at(m_table).columns.size());
    else if (kind == CompactPage::Delete)
        count = 2;
    else
        return fail(error);
    m_kind = CompactPage::Kind(kind);
    if (m_values.size() < count)
        m_values.resize(count);
    for (int i = 0; i < count; ++i) {
        if (!m_cbor.hasNext() || !readValue(&m_values[i]))
            return fail(error);
    }
    m_valueCount = count;
    if (m_cbor.hasNext() || !m_cbor.leaveContainer())
        return fail(error);
    if (m_kind == CompactPage::Delete &&
        (m_values.at(0).kind != CompactValue::Kind::Text || m_values.at(1).kind != CompactValue::Kind::Integer))
        return fail(error);
    return true;
}

bool CompactPageReader::readValue(CompactValue* out)
{
    if (m_cbor.isNull()) {
        out->kind = CompactValue::Kind::Null;
        return m_cbor.next();
    }
    if (m_cbor.isBool()) {
        out->kind = CompactValue::Kind::Bool;
        out->integer = m_cbor.toBool() ? 1 : 0;
        return m_cbor.next();
    }
    if (m_cbor.isInteger()) {
        out->kind = CompactValue::Kind::Integer;
        return readInteger(&out->integer);
    }
    if (m_cbor.isDouble() || m_cbor.isFloat()) {
        out->kind = CompactValue::Kind::Double;
        out->real = m_cbor.isDouble() ? m_cbor.toDouble() : double(m_cbor.toFloat());
        return m_cbor.next();
    }
    out->kind = CompactValue::Kind::Text;
    return m_cbor.isString() && readText(&out->text);
}

bool CompactPageReader::readText(QByteArray* out)
{
    out->resize(0);
    for (;;) {
        const qsizetype size = m_cbor.currentStringChunkSize();
        if (size < 0)
            return false;
        const qsizetype at = out->size();
        out->resize(at + size);
        const auto chunk = m_cbor.readStringChunk(out->data() + at, size);
        if (chunk.status == QCborStreamReader::EndOfString) {
            out->resize(at);
            return true;
        }
        if (chunk.status != QCborStreamReader::Ok)
            return false;
        out->resize(at + chunk.data);
    }
}

bool CompactPageReader::readString(QString* out)
{
    QByteArray utf8;
    if (!m_cbor.isString() || !readText(&utf8))
        return false;
    *out = QString::fromUtf8(utf8);
    return true;
}

bool CompactPageReader::readInteger(qint64* out)
{
    // A number outside qint64 is not from a page of ours. The negative bound is checked one short of -2^63, which
    // holds however the negative value is represented (as its absolute value or one less) and refuses no real value.
    const quint64 largest = quint64(std::numeric_limits<qint64>::max());
    if (m_cbor.isUnsignedInteger() && m_cbor.toUnsignedInteger() > largest)
        return false;
    if (m_cbor.isNegativeInteger() && quint64(m_cbor.toNegativeInteger()) > largest)
        return false;
    if (!m_cbor.isInteger())
        return false;
    *out = m_cbor.toInteger();
    return m_cbor.next();
}

Protocol::Change CompactPageReader::toChange() const
{
    Protocol::Change c;
    const CompactPage::TableColumns& t = m_tables.at(m_table);
    c.table = t.name;
    c.seq = m_seq;
    c.deleted = m_kind == CompactPage::Delete;
    if (c.deleted) {
        c.id = QString::fromUtf8(m_values.at(0).text);
        c.version = m_values.at(1).integer;
        return c;
    }
    for (int i = 0; i < t.columns.size(); ++i)
        c.row.insert(t.columns.at(i), m_values.at(i).toJson(t.types.at(i)));
    c.id = c.row.value(QLatin1String("id")).toString();
    c.version = c.row.value(QLatin1String("version")).toInteger();
    return c;
}

#pragma once

#include "CompactPage.h"
#include "SyncMessages.h"

#include <QCborStreamReader>

// One value of a compact page's change as it arrived: text stays in the page's UTF-8, so that whoever stores it
// can hand the bytes to SQLite without a QString in between.
struct CompactValue {
    enum class Kind { Null, Integer, Double, Bool, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0; // Integer, and Bool as 0 or 1
    double real = 0;
    QByteArray text; // Text: UTF-8; its capacity is kept from row to row

    QJsonValue toJson(Protocol::FieldType type) const;
};

// Reads a compact pull page (CompactPage, docs/PROTOCOL.md "Pull, compact pages") one change at a time: the header
// first, so the caller can ask for the next page, then each change's values in place. Anything that is not a
// well-formed page (wrong types, a table index or value count that does not fit) stops the reading with an
// error; the caller then applies nothing of the page.
class CompactPageReader
{
public:
    explicit CompactPageReader(const QByteArray& cbor);

    // Reads everything before the first change into meta (its changes stay empty).
    bool readHeader(Protocol::PullPage* meta, QString* error);
    const QVector<CompactPage::TableColumns>& tables() const { return m_tables; }
    // The number of changes the page announces, or -1 when it did not say.
    qsizetype changeCount() const { return m_count; }

    // The next change; false at the end of the page (error empty) or when the page is malformed (error set).
    bool next(QString* error);
    CompactPage::Kind kind() const { return m_kind; }
    int table() const { return m_table; }
    qint64 seq() const { return m_seq; }
    // Upsert: one per column of tables().at(table()).columns; Delete: the id, then the version.
    int valueCount() const { return m_valueCount; }
    const CompactValue& value(int i) const { return m_values.at(i); }
    // The current change as the JSON page would have carried it (for rows that take the slower, general way).
    Protocol::Change toChange() const;

private:
    bool readTables(QString* error);
    bool readTable(CompactPage::TableColumns* table, QString* error);
    bool readText(QByteArray* out);
    bool readString(QString* out);
    bool readInteger(qint64* out);
    bool readValue(CompactValue* out);
    bool fail(QString* error);

    QCborStreamReader m_cbor;
    QVector<CompactPage::TableColumns> m_tables;
    QVector<CompactValue> m_values;
    int m_valueCount = 0; // m_values only grows: its texts keep their capacity for the next rows
    qsizetype m_count = -1;
    CompactPage::Kind m_kind = CompactPage::Upsert;
    int m_table = -1;
    qint64 m_seq = 0;
};

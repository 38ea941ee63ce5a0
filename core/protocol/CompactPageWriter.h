#pragma once

#include "CompactPage.h"
#include "SyncMessages.h"

#include <QCborStreamWriter>
#include <QVariantList>

// Writes a compact pull page (CompactPage, docs/PROTOCOL.md "Pull, compact pages") straight from the values the
// database returned, without building a JSON object per row: that object, its keys and its serialisation were most
// of the server's time per pulled row. Call begin() once, then exactly `changeCount` upserts and deletes.
class CompactPageWriter
{
public:
    explicit CompactPageWriter(QByteArray* out);

    // The page's header (every field of meta but its changes) and the tables the changes refer to by index.
    void begin(const Protocol::PullPage& meta, const QVector<CompactPage::TableColumns>& tables, qsizetype changeCount);
    // values: one per column of the table, as read from the database; a Json-typed one as compact JSON text.
    void upsert(int table, qint64 seq, const QVariantList& values);
    void remove(int table, qint64 seq, const QString& id, qint64 version);
    // A change encoded ahead of the page by an encoder (below); it counts as one of the changes.
    void appendEncoded(const char* data, qsizetype size);
    // Closes the changes and the page; the output then holds the whole page.
    void end();

    // An encoder of upserts ahead of the page, back to back, without a header (the server reads its rows straight from
    // SQLite and sorts the encoded changes by seq afterwards): startUpsert, then one value per column of the table.
    void beginEncoding(const QVector<CompactPage::TableColumns>& tables) { m_tables = tables; }
    void startUpsert(int table, qint64 seq);
    void nullValue() { m_cbor.append(nullptr); }
    void integerValue(Protocol::FieldType type, qint64 v);
    void textValue(Protocol::FieldType type, const char* utf8, qsizetype size);
    void value(Protocol::FieldType type, const QVariant& v);
    void endUpsert() { m_cbor.endArray(); }

private:
    void jsonValue(const QVariant& v);

    QCborStreamWriter m_cbor;
    QVector<CompactPage::TableColumns> m_tables;
    qsizetype m_encodedChanges = 0;
};

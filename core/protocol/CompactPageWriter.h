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
    // Closes the changes and the page; the output then holds the whole page.
    void end();

private:
    void value(Protocol::FieldType type, const QVariant& v);
    void jsonValue(const QVariant& v);

    QCborStreamWriter m_cbor;
    QVector<CompactPage::TableColumns> m_tables;
};

#include "storage/SqlChangeFeed.h"

#include "storage/SqlDatabase.h"
#include "storage/SqlRowCodec.h"
#include "storage/sqlite/SqliteNativeQuery.h"

#include "protocol/CompactPageWriter.h"

#include <QJsonDocument>
#include <algorithm>
#include <optional>

SqlChangeFeed::SqlChangeFeed(SqlDatabase& db)
    : m_db(db)
{
}

QVector<SqlChangeFeed::Source> SqlChangeFeed::sources(const AccessScope& scope) const
{
    QVector<Source> list;
    const QVector<Protocol::Table>& tables = Protocol::syncedTables();
    for (int i = 0; i < tables.size(); ++i) {
        const QString& name = tables.at(i).name;
        const SqlScopeFilter rows = SqlScopeFilter::forRows(scope, name, m_db.dialect());
        if (rows.visible)
            list.append({name, i, false, rows});
        const SqlScopeFilter tombs = SqlScopeFilter::forTombstones(scope, name, m_db.dialect());
        if (tombs.visible)
            list.append({name, i, true, tombs});
    }
    return list;
}

QString SqlChangeFeed::selectSql(const Source& source, const QString& columns, const QString& range) const
{
    const QString from = source.tombstones ? QStringLiteral("tombstones") : source.table;
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND (%4) ORDER BY seq")
        .arg(columns, from, range, source.filter.condition);
}

QVector<qint64> SqlChangeFeed::firstSeqs(const Source& source, qint64 afterSeq, int limit)
{
    QVariantList binds{afterSeq};
    binds.append(source.filter.binds);
    binds.append(limit);
    const QString sql =
        selectSql(source, QStringLiteral("seq"), QStringLiteral("seq > ?")) + QStringLiteral(" LIMIT ?");
    QVector<qint64> seqs;
    if (sqlite3* handle = m_db.sqliteHandle()) {
        SqliteNativeQuery q(handle, sql, binds);
        while (q.next())
            seqs.append(q.integer(0));
        return seqs;
    }
    QSqlQuery& q = m_db.run(sql, binds);
    while (q.next())
        seqs.append(q.value(0).toLongLong());
    q.finish();
    return seqs;
}

void SqlChangeFeed::collect(const Source& source, qint64 afterSeq, qint64 upTo, ChangeFeedPage::Form form,
                            ChangeFeedPage& out, CompactPageWriter* encoder)
{
    const Protocol::Table& table = Protocol::syncedTables().at(source.tableIndex);
    const int count = source.tombstones ? 2 : SqlRowCodec::columnCount(table);
    const QString columns = source.tombstones ? QStringLiteral("id, version, seq")
                                              : SqlRowCodec::columnList(table) + QStringLiteral(", seq");
    // PostgreSQL's jsonb comes back in its own layout ({"a": 1}); a compact page carries it as SQLite keeps it,
    // compact (a JSON page parses it anyway, in toJson).
    QVector<int> jsonColumns;
    if (form == ChangeFeedPage::Form::Raw && !source.tombstones && m_db.dialect().isPostgres()) {
        const QVector<Protocol::Field> fields = Protocol::commonFields() + table.fields;
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).type == Protocol::FieldType::Json)
                jsonColumns.append(i);
        }
    }
    QVariantList binds{afterSeq, upTo};
    binds.append(source.filter.binds);
    const QString sql = selectSql(source, columns, QStringLiteral("seq > ? AND seq <= ?"));
    if (encoder) {
        SqliteNativeQuery q(m_db.sqliteHandle(), sql, binds);
        if (source.tombstones) {
            while (q.next())
                out.raw.append({source.tableIndex, true, q.integer(count), {q.value(0), q.value(1)}});
        } else {
            encodeRows(q, source.tableIndex, count, *encoder, out);
        }
        return;
    }
    QSqlQuery& q = m_db.run(sql, binds);
    while (q.next()) {
        RawChange change;
        change.table = source.tableIndex;
        change.deleted = source.tombstones;
        change.values.reserve(count);
        for (int i = 0; i < count; ++i)
            change.values.append(q.value(i));
        for (int i : jsonColumns) {
            QVariant& v = change.values[i];
            if (!v.isNull())
                v = QString::fromUtf8(QJsonDocument::fromJson(v.toString().toUtf8()).toJson(QJsonDocument::Compact));
        }
        change.seq = q.value(count).toLongLong();
        out.raw.append(change);
    }
    q.finish();
}

void SqlChangeFeed::encodeRows(SqliteNativeQuery& q, int tableIndex, int count, CompactPageWriter& encoder,
                               ChangeFeedPage& out)
{
    // Each row straight from SQLite's values into its compact change: no QVariant, no UTF-16, one buffer per page.
    const QVector<Protocol::FieldType>& types = CompactPage::syncedTableColumns().at(tableIndex).types;
    while (q.next()) {
        const qsizetype from = out.encoded.size();
        encoder.startUpsert(tableIndex, q.integer(count));
        for (int i = 0; i < count; ++i) {
            switch (q.type(i)) {
            case SqliteNativeQuery::Null:
                encoder.nullValue();
                break;
            case SqliteNativeQuery::Integer:
                encoder.integerValue(types.at(i), q.integer(i));
                break;
            case SqliteNativeQuery::Text:
                encoder.textValue(types.at(i), q.text(i), q.size(i));
                break;
            default:
                encoder.value(types.at(i), q.value(i));
            }
        }
        encoder.endUpsert();
        RawChange change{tableIndex, false, q.integer(count), {}};
        change.encodedFrom = from;
        change.encodedSize = out.encoded.size() - from;
        out.raw.append(change);
    }
}

Protocol::Change SqlChangeFeed::toJson(const RawChange& raw)
{
    const Protocol::Table& table = Protocol::syncedTables().at(raw.table);
    Protocol::Change change;
    change.table = table.name;
    change.deleted = raw.deleted;
    change.seq = raw.seq;
    if (raw.deleted) {
        change.id = raw.values.at(0).toString();
        change.version = raw.values.at(1).toLongLong();
        return change;
    }
    change.row = SqlRowCodec::rowFromValues(table, raw.values);
    change.id = change.row.value(QLatin1String("id")).toString();
    change.version = change.row.value(QLatin1String("version")).toInteger();
    return change;
}

bool SqlChangeFeed::hasChangesAfter(const Source& source, qint64 seq)
{
    QVariantList binds{seq};
    binds.append(source.filter.binds);
    QSqlQuery& q =
        m_db.run(selectSql(source, QStringLiteral("1"), QStringLiteral("seq > ?")) + QStringLiteral(" LIMIT 1"), binds);
    const bool found = q.next();
    q.finish();
    return found;
}

ChangeFeedPage SqlChangeFeed::page(const AccessScope& scope, qint64 afterSeq, int limit, ChangeFeedPage::Form form)
{
    const QVector<Source> all = sources(scope);
    QVector<qint64> seqs;
    for (const Source& s : all)
        seqs += firstSeqs(s, afterSeq, limit);
    ChangeFeedPage page;
    page.lastSeq = afterSeq;
    if (seqs.isEmpty())
        return page;
    std::sort(seqs.begin(), seqs.end());
    const qint64 upTo = seqs.size() > limit ? seqs.at(limit - 1) : seqs.last();
    // A compact page read from SQLite: one encoder for the page (another writer opened on the buffer would empty it).
    std::optional<CompactPageWriter> encoder;
    if (form == ChangeFeedPage::Form::Raw && m_db.sqliteHandle()) {
        encoder.emplace(&page.encoded);
        encoder->beginEncoding(CompactPage::syncedTableColumns());
    }
    for (const Source& s : all)
        collect(s, afterSeq, upTo, form, page, encoder ? &*encoder : nullptr);
    QVector<RawChange>& raw = page.raw;
    std::stable_sort(raw.begin(), raw.end(), [](const RawChange& a, const RawChange& b) { return a.seq < b.seq; });
    page.lastSeq = upTo;
    // Over the limit because of the last seq: leave that seq whole for the next page, unless it is the
    // only one (a single seq larger than the limit is sent on its own).
    if (raw.size() > limit && raw.first().seq != upTo) {
        while (raw.last().seq == upTo)
            raw.removeLast();
        page.lastSeq = raw.last().seq;
        page.hasMore = true;
    }
    for (int i = 0; !page.hasMore && i < all.size(); ++i)
        page.hasMore = hasChangesAfter(all.at(i), upTo);
    if (form == ChangeFeedPage::Form::Json) {
        page.changes.reserve(raw.size());
        for (const RawChange& r : qAsConst(raw))
            page.changes.append(toJson(r));
        raw.clear();
    }
    return page;
}

qint64 SqlChangeFeed::countAfter(const AccessScope& scope, qint64 afterSeq)
{
    qint64 total = 0;
    for (const Source& s : sources(scope)) {
        QVariantList binds{afterSeq};
        binds.append(s.filter.binds);
        const QString from = s.tombstones ? QStringLiteral("tombstones") : s.table;
        total +=
            m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE seq > ? AND (%2)").arg(from, s.filter.condition),
                        binds)
                .toLongLong();
    }
    return total;
}

QStringList SqlChangeFeed::visibleVersions(const QString& table, const AccessScope& scope)
{
    const SqlScopeFilter filter = SqlScopeFilter::forRows(scope, table, m_db.dialect());
    QStringList lines;
    if (!filter.visible)
        return lines;
    QSqlQuery& q =
        m_db.run(QStringLiteral("SELECT id, version FROM %1 WHERE %2").arg(table, filter.condition), filter.binds);
    while (q.next())
        lines.append(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    q.finish();
    lines.sort();
    return lines;
}

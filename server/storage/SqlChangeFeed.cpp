#include "storage/SqlChangeFeed.h"

#include "storage/SqlDatabase.h"
#include "storage/SqlRowCodec.h"

#include <algorithm>

SqlChangeFeed::SqlChangeFeed(SqlDatabase& db)
    : m_db(db)
{
}

QVector<SqlChangeFeed::Source> SqlChangeFeed::sources(const AccessScope& scope) const
{
    QVector<Source> list;
    for (const Protocol::Table& table : Protocol::syncedTables()) {
        const SqlScopeFilter rows = SqlScopeFilter::forRows(scope, table.name, m_db.dialect());
        if (rows.visible)
            list.append({table.name, false, rows});
        const SqlScopeFilter tombs = SqlScopeFilter::forTombstones(scope, table.name, m_db.dialect());
        if (tombs.visible)
            list.append({table.name, true, tombs});
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
    QSqlQuery& q = m_db.run(
        selectSql(source, QStringLiteral("seq"), QStringLiteral("seq > ?")) + QStringLiteral(" LIMIT ?"), binds);
    QVector<qint64> seqs;
    while (q.next())
        seqs.append(q.value(0).toLongLong());
    q.finish();
    return seqs;
}

void SqlChangeFeed::collect(const Source& source, qint64 afterSeq, qint64 upTo, QVector<Protocol::Change>& out)
{
    const Protocol::Table* table = Protocol::findTable(source.table);
    const QString columns = source.tombstones ? QStringLiteral("id, version, seq")
                                              : SqlRowCodec::columnList(*table) + QStringLiteral(", seq");
    QVariantList binds{afterSeq, upTo};
    binds.append(source.filter.binds);
    QSqlQuery& q = m_db.run(selectSql(source, columns, QStringLiteral("seq > ? AND seq <= ?")), binds);
    while (q.next()) {
        Protocol::Change change;
        change.table = source.table;
        change.deleted = source.tombstones;
        if (source.tombstones) {
            change.id = q.value(0).toString();
            change.version = q.value(1).toLongLong();
            change.seq = q.value(2).toLongLong();
        } else {
            change.row = SqlRowCodec::readRow(*table, q);
            change.id = change.row.value(QLatin1String("id")).toString();
            change.version = change.row.value(QLatin1String("version")).toInteger();
            change.seq = q.value(SqlRowCodec::columnCount(*table)).toLongLong();
        }
        out.append(change);
    }
    q.finish();
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

ChangeFeedPage SqlChangeFeed::page(const AccessScope& scope, qint64 afterSeq, int limit)
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
    for (const Source& s : all)
        collect(s, afterSeq, upTo, page.changes);
    std::stable_sort(page.changes.begin(), page.changes.end(),
                     [](const Protocol::Change& a, const Protocol::Change& b) { return a.seq < b.seq; });
    page.lastSeq = upTo;
    // Over the limit because of the last seq: leave that seq whole for the next page, unless it is the
    // only one (a single seq larger than the limit is sent on its own).
    if (page.changes.size() > limit && page.changes.first().seq != upTo) {
        while (page.changes.last().seq == upTo)
            page.changes.removeLast();
        page.lastSeq = page.changes.last().seq;
        page.hasMore = true;
        return page;
    }
    for (const Source& s : all) {
        if (hasChangesAfter(s, upTo)) {
            page.hasMore = true;
            break;
        }
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

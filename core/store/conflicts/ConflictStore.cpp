#include "store/conflicts/ConflictStore.h"

#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kColumns =
    QStringLiteral("id, table_name, row_id, mid, status, reason, created_at, local_row, server_row");
// The server's words for a delete whose base version is stale (docs/PROTOCOL.md: "a delete with a stale
// base_version is a conflict").
const QLatin1String kStaleDelete("the row changed since version");

QJsonObject parseObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}
} // namespace

ConflictStore::ConflictStore(const LocalCache& cache)
    : m_cache(cache)
{
}

bool ConflictStore::hasOpColumn() const
{
    QSqlQuery q(m_cache.database());
    if (!q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('conflicts') WHERE name = 'op'")))
        return false;
    return q.next();
}

QString ConflictStore::columns() const
{
    return hasOpColumn() ? kColumns + QStringLiteral(", op") : kColumns;
}

QString ConflictStore::guessOp(const ConflictEntry& entry)
{
    // LocalWriter stores a new row with version 0 until the server has it; a delete conflict is only told
    // apart by the server's reason. A gone or refused delete looks like an update here.
    if (entry.localRow.isEmpty() || entry.reason.startsWith(kStaleDelete))
        return QStringLiteral("delete");
    if (entry.localRow.value(QLatin1String("version")).toInteger() == 0)
        return QStringLiteral("insert");
    return QStringLiteral("update");
}

ConflictEntry ConflictStore::fromQuery(const QSqlQuery& q, bool hasOp)
{
    ConflictEntry e;
    e.id = q.value(0).toLongLong();
    e.table = q.value(1).toString();
    e.rowId = q.value(2).toString();
    e.mid = q.value(3).toLongLong();
    e.status = q.value(4).toString();
    e.kind = ConflictEntry::kindOf(e.status);
    e.reason = q.value(5).toString();
    e.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    e.localRow = parseObject(q.value(7));
    e.serverRow = parseObject(q.value(8));
    e.op = hasOp ? q.value(9).toString() : QString();
    if (e.op.isEmpty())
        e.op = guessOp(e);
    return e;
}

QVector<ConflictEntry> ConflictStore::openEntries() const
{
    QVector<ConflictEntry> entries;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    const bool hasOp = hasOpColumn();
    if (!q.exec(QStringLiteral("SELECT %1 FROM conflicts ORDER BY created_at, id").arg(columns()))) {
        qCWarning(lcStore) << "conflict query failed:" << q.lastError().text();
        return entries;
    }
    while (q.next())
        entries.append(fromQuery(q, hasOp));
    return entries;
}

ConflictEntry ConflictStore::entry(qint64 id) const
{
    QSqlQuery q(m_cache.database());
    const bool hasOp = hasOpColumn();
    q.prepare(QStringLiteral("SELECT %1 FROM conflicts WHERE id = ?").arg(columns()));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return ConflictEntry();
    return fromQuery(q, hasOp);
}

ConflictStore::Counts ConflictStore::openCounts() const
{
    Counts counts;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT status = ?, count(*) FROM conflicts GROUP BY 1"));
    q.addBindValue(Protocol::mutationStatusName(Protocol::MutationStatus::Rejected));
    if (!q.exec())
        return counts;
    while (q.next())
        (q.value(0).toBool() ? counts.rejected : counts.conflicts) = q.value(1).toInt();
    return counts;
}

bool ConflictStore::close(qint64 id, QString* error) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("DELETE FROM conflicts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

int ConflictStore::count() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM conflicts")) && q.next() ? q.value(0).toInt() : 0;
}

bool ConflictStore::record(const ConflictEntry& entry, QString* error) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("INSERT INTO conflicts(table_name, row_id, mid, status, local_row, server_row, reason, "
                             "created_at, op) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? "
                             "WHERE NOT EXISTS (SELECT 1 FROM conflicts WHERE mid = ? AND row_id = ?)"));
    q.addBindValue(entry.table);
    q.addBindValue(entry.rowId);
    q.addBindValue(entry.mid);
    q.addBindValue(entry.status);
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.localRow).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.serverRow).toJson(QJsonDocument::Compact)));
    q.addBindValue(entry.reason);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(entry.op);
    q.addBindValue(entry.mid);
    q.addBindValue(entry.rowId);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

const QStringList& ConflictStore::salvageColumns()
{
    static const QStringList names{
        QStringLiteral("table_name"), QStringLiteral("row_id"),     QStringLiteral("mid"),
        QStringLiteral("status"),     QStringLiteral("local_row"),  QStringLiteral("server_row"),
        QStringLiteral("reason"),     QStringLiteral("created_at"), QStringLiteral("op")};
    return names;
}

bool ConflictStore::restore(const QVector<QVariantList>& rows, QString* error) const
{
    return m_cache.insertRaw(QStringLiteral("conflicts"), salvageColumns(), rows, error);
}

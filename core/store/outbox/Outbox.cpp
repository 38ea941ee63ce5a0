#include "store/outbox/Outbox.h"

#include "store/cache/LocalCache.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace {

const QString kEntryColumns =
    QStringLiteral("mid, table_name, op, row_id, base_version, payload, created_at, attempts");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

OutboxEntry entryAt(const QSqlQuery& q)
{
    OutboxEntry e;
    e.mid = q.value(0).toLongLong();
    e.table = q.value(1).toString();
    e.op = q.value(2).toString();
    e.rowId = q.value(3).toString();
    e.baseVersion = q.value(4).toLongLong();
    e.payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.createdAt = q.value(6).toString();
    e.attempts = q.value(7).toInt();
    return e;
}

} // namespace

Outbox::Outbox(const LocalCache& cache)
    : m_cache(cache)
{
}

bool Outbox::run(QSqlQuery& q, QString* error) const
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool Outbox::append(const QString& table, const QString& op, const QString& rowId, qint64 baseVersion,
                    const QJsonObject& payload, QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("INSERT INTO outbox(table_name, op, row_id, base_version, payload, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(table);
    q.addBindValue(op);
    q.addBindValue(rowId);
    q.addBindValue(baseVersion);
    q.addBindValue(compact(payload));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return run(q, error);
}

QVector<OutboxEntry> Outbox::oldestPending(int limit, qint64 maxPayloadBytes, QString* error) const
{
    QVector<OutboxEntry> entries;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, length(CAST(payload AS BLOB)) FROM outbox WHERE acked_at IS NULL "
                             "ORDER BY mid LIMIT ?")
                  .arg(kEntryColumns));
    q.addBindValue(limit);
    if (!run(q, error))
        return entries;
    qint64 bytes = 0;
    const int sizeColumn = q.record().count() - 1;
    while (q.next()) {
        bytes += q.value(sizeColumn).toLongLong();
        if (!entries.isEmpty() && bytes > maxPayloadBytes)
            break; // the first entry always goes, however large
        entries.append(entryAt(q));
    }
    return entries;
}

QVector<OutboxEntry> Outbox::pendingFor(const QString& table, const QString& rowId, QString* error) const
{
    QVector<OutboxEntry> entries;
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE table_name = ? AND row_id = ? AND acked_at IS NULL "
                             "ORDER BY mid")
                  .arg(kEntryColumns));
    q.addBindValue(table);
    q.addBindValue(rowId);
    if (!run(q, error))
        return entries;
    while (q.next())
        entries.append(entryAt(q));
    return entries;
}

std::optional<OutboxEntry> Outbox::pendingEntry(qint64 mid)
{
    if (!m_entryQuery) {
        m_entryQuery.emplace(m_cache.database());
        m_entryQuery->prepare(
            QStringLiteral("SELECT %1 FROM outbox WHERE mid = ? AND acked_at IS NULL").arg(kEntryColumns));
    }
    m_entryQuery->bindValue(0, mid);
    if (!m_entryQuery->exec() || !m_entryQuery->next())
        return std::nullopt;
    const OutboxEntry entry = entryAt(*m_entryQuery);
    m_entryQuery->finish();
    return entry;
}

bool Outbox::pendingRows(QSet<QString>* rows, QString* error) const
{
    rows->clear();
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT table_name, row_id FROM outbox WHERE acked_at IS NULL"));
    if (!run(q, error))
        return false;
    while (q.next())
        rows->insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    return true;
}

int Outbox::pendingWrites(const QString& table, const QString& rowId) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = ? AND row_id = ? AND acked_at IS NULL "
                             "AND op IN ('insert', 'update')"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool Outbox::firstPendingAfter(qint64 afterMid, qint64* first, QString* error) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT min(mid) FROM outbox WHERE acked_at IS NULL AND mid > ?"));
    q.addBindValue(afterMid);
    if (!run(q, error))
        return false;
    if (!q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *first = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    return true;
}

int Outbox::pendingCount() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NULL")) && q.next() ? q.value(0).toInt()
                                                                                                    : 0;
}

int Outbox::acknowledgedCount() const
{
    QSqlQuery q(m_cache.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE acked_at IS NOT NULL")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

bool Outbox::noteSent(qint64 firstMid, qint64 lastMid, QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE mid BETWEEN ? AND ?"));
    q.addBindValue(firstMid);
    q.addBindValue(lastMid);
    return run(q, error);
}

bool Outbox::acknowledge(qint64 mid, const QString& at, QString* error)
{
    if (!m_ackQuery) {
        m_ackQuery.emplace(m_cache.database());
        m_ackQuery->prepare(QStringLiteral("UPDATE outbox SET acked_at = ? WHERE mid = ?"));
    }
    m_ackQuery->bindValue(0, at);
    m_ackQuery->bindValue(1, mid);
    return run(*m_ackQuery, error);
}

bool Outbox::acknowledgeUpTo(qint64 mid, const QString& at, QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("UPDATE outbox SET acked_at = ? WHERE acked_at IS NULL AND mid <= ?"));
    q.addBindValue(at);
    q.addBindValue(mid);
    return run(q, error);
}

bool Outbox::requeueAfter(qint64 afterMid, int* count, QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("UPDATE outbox SET acked_at = NULL WHERE acked_at IS NOT NULL AND mid > ?"));
    q.addBindValue(afterMid);
    if (!run(q, error))
        return false;
    *count = q.numRowsAffected();
    return true;
}

bool Outbox::purgeAcknowledged(int keepDays, QString* error)
{
    const QString cutoff = QDateTime::currentDateTimeUtc().addDays(-qMax(0, keepDays)).toString(Qt::ISODate);
    QSqlQuery q(m_cache.database());
    // ISO-8601 UTC strings of one format sort as the instants they name.
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE acked_at IS NOT NULL AND (? = 0 OR acked_at < ?)"));
    q.addBindValue(keepDays);
    q.addBindValue(cutoff);
    return run(q, error);
}

bool Outbox::dropUnsent(const QString& table, const QString& rowId, QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE table_name = ? AND row_id = ? AND acked_at IS NULL "
                             "AND attempts = 0"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    return run(q, error);
}

bool Outbox::replacePayload(qint64 mid, const QJsonObject& payload, QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE mid = ?"));
    q.addBindValue(compact(payload));
    q.addBindValue(mid);
    return run(q, error);
}

const QStringList& Outbox::columns()
{
    static const QStringList names{QStringLiteral("mid"),          QStringLiteral("table_name"),
                                   QStringLiteral("op"),           QStringLiteral("row_id"),
                                   QStringLiteral("base_version"), QStringLiteral("payload"),
                                   QStringLiteral("created_at"),   QStringLiteral("attempts"),
                                   QStringLiteral("last_error"),   QStringLiteral("acked_at")};
    return names;
}

bool Outbox::restore(const QVector<QVariantList>& rows, QString* error)
{
    return m_cache.insertRaw(QStringLiteral("outbox"), columns(), rows, error);
}

#include "store/write/LocalWriter.h"

#include "domain/RowValidator.h"
#include "protocol/TableSchema.h"
#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/derived/DerivedRows.h"
#include "store/outbox/Outbox.h"
#include "store/records/RecordQuery.h"
#include "store/write/RowUpsert.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

LocalWriter::LocalWriter(LocalCache& cache, Transaction transaction)
    : m_cache(cache)
    , m_transaction(transaction)
{
}

bool LocalWriter::insert(const QString& table, const QJsonObject& row, QString* error, const AlsoDo& also)
{
    if (!Protocol::findTable(table)) {
        *error = QStringLiteral("unknown table %1").arg(table);
        return false;
    }
    const QVector<FieldError> problems = RowValidator::validate(table, row);
    if (!problems.isEmpty()) {
        *error = RowValidator::summary(problems);
        return false;
    }
    QJsonObject stored = row;
    stored.insert(QStringLiteral("version"), 0);
    stored.insert(QStringLiteral("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!begin(error))
        return false;
    const QString id = row.value(QStringLiteral("id")).toString();
    const bool ok = writeRow(table, stored, error) &&
                    Outbox(m_cache).append(table, QStringLiteral("insert"), id, 0, row, error) &&
                    refreshDerived(table, id, error) && (!also || also(error));
    return finish(ok, error);
}

bool LocalWriter::update(const QString& table, const QString& id, const QJsonObject& newValues, QString* error,
                         const AlsoDo& also)
{
    const QJsonObject current = RecordQuery(m_cache).row(table, id);
    if (current.isEmpty()) {
        *error = QStringLiteral("the record no longer exists");
        return false;
    }
    QJsonObject changed = current;
    QJsonObject changes;
    for (auto it = newValues.begin(); it != newValues.end(); ++it) {
        if (current.value(it.key()) == it.value())
            continue;
        changes.insert(it.key(), QJsonObject{{QStringLiteral("old"), current.value(it.key())},
                                             {QStringLiteral("new"), it.value()}});
        changed.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        return !also || runAlone(also, error);
    const QVector<FieldError> problems = RowValidator::validate(table, changed);
    if (!problems.isEmpty()) {
        *error = RowValidator::summary(problems);
        return false;
    }
    changed.insert(QStringLiteral("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!begin(error))
        return false;
    const qint64 base = current.value(QStringLiteral("version")).toInteger();
    const bool ok = writeRow(table, changed, error) &&
                    Outbox(m_cache).append(table, QStringLiteral("update"), id, base, changes, error) &&
                    refreshDerived(table, id, error) && (!also || also(error));
    return finish(ok, error);
}

bool LocalWriter::remove(const QString& table, const QString& id, QString* error, const AlsoDo& also)
{
    const QJsonObject current = RecordQuery(m_cache).row(table, id);
    if (current.isEmpty()) {
        *error = QStringLiteral("the record no longer exists");
        return false;
    }
    QSqlDatabase db = m_cache.database();
    if (!begin(error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    bool ok = DerivedRows(db).forget(table, id, error);
    if (ok && !q.exec()) {
        *error = q.lastError().text();
        ok = false;
    }
    // The deleted row rides along in the outbox entry (it is not sent): if the server refuses the delete,
    // the record comes back from it.
    ok = ok && Outbox(m_cache).append(table, QStringLiteral("delete"), id, expectedServerVersion(table, id, current),
                                      current, error);
    ok = ok && (!also || also(error));
    return finish(ok, error);
}

qint64 LocalWriter::expectedServerVersion(const QString& table, const QString& id, const QJsonObject& current)
{
    // A delete's base_version must be the version the server will have when it gets there: the version last
    // heard from the server plus one for each of this row's inserts and updates still ahead of it in the
    // outbox. Otherwise a row filed and deleted before a sync would come back as a conflict with itself.
    const qint64 ahead = Outbox(m_cache).pendingWrites(table, id);
    return current.value(QStringLiteral("version")).toInteger() + ahead;
}

bool LocalWriter::writeRow(const QString& table, const QJsonObject& row, QString* error)
{
    RowUpsert upsert(m_cache.database(), *Protocol::findTable(table));
    return upsert.write(row, row.value(QStringLiteral("id")).toString(),
                        row.value(QStringLiteral("version")).toInteger(), error);
}

bool LocalWriter::refreshDerived(const QString& table, const QString& id, QString* error)
{
    return DerivedRows(m_cache.database()).refreshRow(table, id, error);
}

bool LocalWriter::runAlone(const AlsoDo& also, QString* error)
{
    return begin(error) && finish(also(error), error);
}

bool LocalWriter::begin(QString* error)
{
    if (m_transaction == Transaction::Caller || m_cache.database().transaction())
        return true;
    *error = m_cache.database().lastError().text();
    return false;
}

bool LocalWriter::finish(bool ok, QString* error)
{
    if (m_transaction == Transaction::Caller)
        return ok; // the caller rolls back the whole of its transaction
    QSqlDatabase db = m_cache.database();
    if (ok && db.commit())
        return true;
    if (ok)
        *error = db.lastError().text();
    db.rollback();
    qCWarning(lcStore) << "local change rolled back";
    return false;
}

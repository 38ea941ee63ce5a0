#include "store/write/LocalWriter.h"

#include "domain/RowValidator.h"
#include "protocol/TableSchema.h"
#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/derived/SearchIndex.h"
#include "store/records/RecordQuery.h"

#include <QDateTime>
#include <QJsonDocument>
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
                    appendOutbox(table, QStringLiteral("insert"), id, 0, row, error) &&
                    refreshSearch(table, id, error) && (!also || also(error));
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
                    appendOutbox(table, QStringLiteral("update"), id, base, changes, error) &&
                    refreshSearch(table, id, error) && (!also || also(error));
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
    bool ok = SearchIndex::removeDocument(db, table, id, error);
    if (ok && !q.exec()) {
        *error = q.lastError().text();
        ok = false;
    }
    // The deleted row rides along in the outbox entry (it is not sent): if the server refuses the delete,
    // the record comes back from it.
    ok = ok &&
         appendOutbox(table, QStringLiteral("delete"), id, expectedServerVersion(table, id, current), current, error);
    ok = ok && (!also || also(error));
    return finish(ok, error);
}

qint64 LocalWriter::expectedServerVersion(const QString& table, const QString& id, const QJsonObject& current)
{
    // A delete's base_version must be the version the server will have when it gets there: the version last
    // heard from the server plus one for each of this row's inserts and updates still ahead of it in the
    // outbox. Otherwise a row filed and deleted before a sync would come back as a conflict with itself.
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = ? AND row_id = ? AND acked_at IS NULL "
                             "AND op IN ('insert', 'update')"));
    q.addBindValue(table);
    q.addBindValue(id);
    const qint64 ahead = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    return current.value(QStringLiteral("version")).toInteger() + ahead;
}

bool LocalWriter::writeRow(const QString& table, const QJsonObject& row, QString* error)
{
    const Protocol::Table* t = Protocol::findTable(table);
    QStringList columns, marks, updates;
    QVariantList values;
    for (const Protocol::Field& f : Protocol::commonFields()) {
        columns.append(f.name);
        values.append(Protocol::toSqlValue(f.type, row.value(f.name)));
    }
    for (const Protocol::Field& f : t->fields) {
        columns.append(QLatin1Char('"') + f.name + QLatin1Char('"'));
        values.append(Protocol::toSqlValue(f.type, row.value(f.name)));
    }
    for (const QString& c : columns) {
        marks.append(QStringLiteral("?"));
        if (c != QLatin1String("id"))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(c));
    }
    QSqlQuery q(m_cache.database());
    q.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
            .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')), updates.join(QLatin1Char(','))));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool LocalWriter::appendOutbox(const QString& table, const QString& op, const QString& id, qint64 baseVersion,
                               const QJsonObject& payload, QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("INSERT INTO outbox(table_name, op, row_id, base_version, payload, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(table);
    q.addBindValue(op);
    q.addBindValue(id);
    q.addBindValue(baseVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool LocalWriter::refreshSearch(const QString& table, const QString& id, QString* error)
{
    QSqlDatabase db = m_cache.database();
    return SearchIndex::refreshRow(db, table, id, error);
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

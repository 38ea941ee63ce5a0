#include "store/write/PullApplier.h"

#include "protocol/TableSchema.h"
#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/derived/SearchIndex.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>

PullApplier::PullApplier(LocalCache& cache)
    : m_cache(cache)
{
}

bool PullApplier::apply(const Protocol::PullPage& page, QString* error)
{
    QSqlDatabase db = m_cache.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = applyInTransaction(page.changes, error) && m_cache.setState(QStringLiteral("cursor"), page.cursor) &&
              m_cache.setState(QStringLiteral("epoch"), page.epoch) &&
              m_cache.setState(QStringLiteral("last_sync_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!ok || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        qCWarning(lcStore) << "pull page rolled back:" << *error;
        return false;
    }
    m_rowsApplied += page.changes.size();
    return true;
}

bool PullApplier::applyInTransaction(const QVector<Protocol::Change>& changes, QString* error)
{
    QSqlDatabase db = m_cache.database();
    bool ok = SearchIndex::clearTouched(db, error) && loadPendingRows(error);
    for (const Protocol::Change& change : changes) {
        if (!ok)
            break;
        ok = applyChange(change, error);
    }
    if (!m_deferSearch)
        ok = ok && SearchIndex::refreshTouched(db, error);
    return ok;
}

bool PullApplier::loadPendingRows(QString* error)
{
    m_pendingRows.clear();
    QSqlQuery q(m_cache.database());
    // Acknowledged entries stay in the outbox for a while (replay after a server restore); only pending
    // ones hold back the server's row.
    if (!q.exec(QStringLiteral("SELECT DISTINCT table_name, row_id FROM outbox WHERE acked_at IS NULL"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_pendingRows.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    m_parkedRows.clear();
    if (!q.exec(QStringLiteral("SELECT table_name, row_id FROM pending_server_rows"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_parkedRows.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    return true;
}

bool PullApplier::applyChange(const Protocol::Change& change, QString* error)
{
    if (!Protocol::findTable(change.table)) {
        // A newer server may sync a table this client does not know yet; skipping it is safe.
        qCDebug(lcStore) << "skipping change for unknown table" << change.table;
        return true;
    }
    const QString key = change.table + QLatin1Char('/') + change.id;
    if (m_pendingRows.contains(key))
        return park(change, error);
    if (!m_deferSearch && !markTouched(change.table, change.id, error))
        return false;
    if (m_parkedRows.contains(key) && !dropParked(key, change, error))
        return false;
    return change.deleted ? remove(change, error) : upsert(change, error);
}

QSqlQuery& PullApplier::upsertQuery(const QString& table)
{
    auto it = m_upserts.find(table);
    if (it != m_upserts.end())
        return it.value();
    const Protocol::Table* t = Protocol::findTable(table);
    QStringList columns;
    for (const Protocol::Field& f : Protocol::commonFields())
        columns.append(f.name);
    columns.append(t->fieldNames());
    QStringList quoted, updates, marks;
    for (const QString& c : columns) {
        quoted.append(QLatin1Char('"') + c + QLatin1Char('"'));
        marks.append(QStringLiteral("?"));
        if (c != QLatin1String("id"))
            updates.append(QStringLiteral("\"%1\" = excluded.\"%1\"").arg(c));
    }
    // An upsert keeps the rowid, which the search index is keyed on.
    QSqlQuery q(m_cache.database());
    q.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
            .arg(table, quoted.join(QLatin1Char(',')), marks.join(QLatin1Char(',')), updates.join(QLatin1Char(','))));
    return m_upserts.insert(table, q).value();
}

bool PullApplier::upsert(const Protocol::Change& change, QString* error)
{
    const Protocol::Table* t = Protocol::findTable(change.table);
    QSqlQuery& q = upsertQuery(change.table);
    int i = 0;
    // The change's own id and version win over whatever the row repeats of them.
    for (const Protocol::Field& f : Protocol::commonFields()) {
        if (f.name == QLatin1String("id"))
            q.bindValue(i++, change.id);
        else if (f.name == QLatin1String("version"))
            q.bindValue(i++, change.version);
        else
            q.bindValue(i++, Protocol::toSqlValue(f.type, change.row.value(f.name)));
    }
    for (const Protocol::Field& f : t->fields)
        q.bindValue(i++, Protocol::toSqlValue(f.type, change.row.value(f.name)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool PullApplier::remove(const Protocol::Change& change, QString* error)
{
    QSqlDatabase db = m_cache.database();
    if (!SearchIndex::removeDocument(db, change.table, change.id, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(change.table));
    q.addBindValue(change.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool PullApplier::park(const Protocol::Change& change, QString* error)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO pending_server_rows(table_name, row_id, deleted, version, row) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(change.table);
    q.addBindValue(change.id);
    q.addBindValue(change.deleted ? 1 : 0);
    q.addBindValue(change.version);
    q.addBindValue(QString::fromUtf8(QJsonDocument(change.row).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool PullApplier::dropParked(const QString& key, const Protocol::Change& change, QString* error)
{
    // A server row parked beside local edits is older than this one: applied later, it would undo it.
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("DELETE FROM pending_server_rows WHERE table_name = ? AND row_id = ?"));
    q.addBindValue(change.table);
    q.addBindValue(change.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    m_parkedRows.remove(key);
    return true;
}

bool PullApplier::markTouched(const QString& table, const QString& id, QString* error)
{
    if (table != QLatin1String("applications") && table != QLatin1String("parents") &&
        table != QLatin1String("children"))
        return true;
    if (!m_touch) {
        m_touch.reset(new QSqlQuery(m_cache.database()));
        m_touch->prepare(SearchIndex::touchSql());
    }
    m_touch->bindValue(0, table);
    m_touch->bindValue(1, id);
    if (!m_touch->exec()) {
        *error = m_touch->lastError().text();
        return false;
    }
    return true;
}

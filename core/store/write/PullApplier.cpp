#include "store/write/PullApplier.h"

#include "domain/PersonalFields.h"
#include "protocol/CompactPageReader.h"
#include "protocol/TableSchema.h"
#include "store/cache/CacheScrub.h"
#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/outbox/Outbox.h"
#include "store/write/CompactUpsert.h"
#include "store/write/ParkedRows.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <vector>

namespace {

QString keyOf(const Protocol::Change& change)
{
    return change.table + QLatin1Char('/') + change.id;
}

} // namespace

PullApplier::PullApplier(LocalCache& cache)
    : m_cache(cache)
    , m_derived(cache.database())
{
}

bool PullApplier::inTransaction(const std::function<bool(QString*)>& work, QString* error)
{
    QSqlDatabase db = m_cache.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (work(error) && db.commit())
        return true;
    if (error->isEmpty())
        *error = db.lastError().text();
    db.rollback();
    qCWarning(lcStore) << "server rows rolled back:" << *error;
    return false;
}

bool PullApplier::apply(const Protocol::PullPage& page, QString* error)
{
    if (!commitPage(
            page, [&](QString* e) { return applyInTransaction(page.changes, e); }, error))
        return false;
    m_rowsApplied += int(page.changes.size());
    return true;
}

bool PullApplier::apply(CompactPageReader& page, const Protocol::PullPage& meta, QString* error)
{
    int rows = 0;
    if (!commitPage(
            meta, [&](QString* e) { return applyCompact(page, &rows, e); }, error))
        return false;
    m_rowsApplied += rows;
    return true;
}

bool PullApplier::commitPage(const Protocol::PullPage& meta, const std::function<bool(QString*)>& changes,
                             QString* error)
{
    const bool ok = inTransaction(
        [&](QString* e) {
            return changes(e) && m_cache.setState(QStringLiteral("cursor"), meta.cursor) &&
                   m_cache.setState(QStringLiteral("epoch"), meta.epoch) &&
                   m_cache.setState(QStringLiteral("last_sync_at"),
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        },
        error);
    if (ok && m_scrub) {
        // After the commit: old values of anonymised rows leave the search index and the log too.
        QSqlDatabase db = m_cache.database();
        m_scrub = false;
        QString scrubError;
        if (!CacheScrub::run(db, &scrubError)) // the page stands; the next page with anonymised rows scrubs again
            qCWarning(lcStore) << "forgetting anonymised values failed:" << scrubError;
    }
    return ok;
}

bool PullApplier::applyCompact(CompactPageReader& page, int* rows, QString* error)
{
    if (!m_derived.start(error) || !loadPendingRows(error))
        return false;
    // Straight into SQLite only while a first sync fills the cache (no derived rows to touch, no old values to
    // scrub) and no local edit waits for one of its rows.
    const bool direct = m_deferSearch && m_pendingRows.isEmpty() && m_parkedRows.isEmpty();
    // Per table of the page, looked up once: this client's schema (null for a table it does not know) and its upsert.
    QVector<const Protocol::Table*> tables;
    for (const CompactPage::TableColumns& columns : page.tables())
        tables.append(Protocol::findTable(columns.name));
    std::vector<std::unique_ptr<CompactUpsert>> upserts(page.tables().size());
    while (page.next(error)) {
        ++*rows;
        const Protocol::Table* table = tables.at(page.table());
        if (direct && table && page.kind() == CompactPage::Upsert) {
            std::unique_ptr<CompactUpsert>& upsert = upserts[size_t(page.table())];
            if (!upsert)
                upsert = std::make_unique<CompactUpsert>(m_cache.database(), *table, page.tables().at(page.table()));
            bool written = false;
            if (!upsert->write(page, &written, error))
                return false;
            if (written)
                continue;
        }
        if (!applyChange(page.toChange(), error))
            return false;
    }
    if (!error->isEmpty()) // the page is malformed: nothing of it stays
        return false;
    return m_deferSearch || m_derived.refresh(error);
}

bool PullApplier::applyParked(QString* error)
{
    QSet<QString> pending;
    QVector<Protocol::Change> ready;
    if (!Outbox(m_cache).pendingRows(&pending, error) || !ParkedRows(m_cache).ready(pending, &ready, error))
        return false;
    if (ready.isEmpty())
        return true;
    // Each of these rows is parked, so applying it also takes it out of pending_server_rows (applyChange).
    return inTransaction([&](QString* e) { return applyInTransaction(ready, e); }, error);
}

bool PullApplier::applyInTransaction(const QVector<Protocol::Change>& changes, QString* error)
{
    bool ok = m_derived.start(error) && loadPendingRows(error);
    for (const Protocol::Change& change : changes) {
        if (!ok)
            break;
        ok = applyChange(change, error);
    }
    if (!m_deferSearch)
        ok = ok && m_derived.refresh(error);
    return ok;
}

bool PullApplier::loadPendingRows(QString* error)
{
    // Acknowledged entries stay in the outbox for a while (replay after a server restore); only pending
    // ones hold back the server's row.
    return Outbox(m_cache).pendingRows(&m_pendingRows, error) && ParkedRows(m_cache).keys(&m_parkedRows, error);
}

bool PullApplier::applyChange(const Protocol::Change& change, QString* error)
{
    if (!Protocol::findTable(change.table)) {
        // A newer server may sync a table this client does not know yet; skipping it is safe.
        qCDebug(lcStore) << "skipping change for unknown table" << change.table;
        return true;
    }
    const QString key = keyOf(change);
    if (m_pendingRows.contains(key))
        return ParkedRows(m_cache).park(change, error);
    if (!m_deferSearch && !m_derived.touch(change.table, change.id, error))
        return false;
    if (m_parkedRows.contains(key)) {
        // A server row parked beside local edits is older than this one: applied later, it would undo it.
        if (!ParkedRows(m_cache).drop(change.table, change.id, error))
            return false;
        m_parkedRows.remove(key);
    }
    return change.deleted ? remove(change, error) : upsert(change, error);
}

bool PullApplier::upsert(const Protocol::Change& change, QString* error)
{
    auto it = m_upserts.find(change.table);
    if (it == m_upserts.end())
        it = m_upserts.try_emplace(change.table, m_cache.database(), *Protocol::findTable(change.table)).first;
    if (!m_deferSearch && PersonalFields::carriesPlaceholder(change.table, change.row))
        m_scrub = true; // a first sync into an empty cache has no old values to forget
    return it->second.write(change.row, change.id, change.version, error);
}

bool PullApplier::remove(const Protocol::Change& change, QString* error)
{
    if (!m_derived.forget(change.table, change.id, error))
        return false;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(change.table));
    q.addBindValue(change.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

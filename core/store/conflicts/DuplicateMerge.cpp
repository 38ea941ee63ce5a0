#include "store/conflicts/DuplicateMerge.h"

#include "protocol/TableSchema.h"
#include "store/cache/LocalCache.h"
#include "store/cache/StoreLog.h"
#include "store/conflicts/ConflictStore.h"
#include "store/conflicts/ResendRow.h"
#include "store/derived/DerivedRows.h"
#include "store/outbox/Outbox.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kParents = QStringLiteral("parents");
const QString kParentId = QStringLiteral("parent_id");

bool isEmptyValue(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    if (v.isArray())
        return v.toArray().isEmpty();
    if (v.isObject())
        return v.toObject().isEmpty();
    return false;
}

// parent_id from -> to wherever an unsent entry names it: as if the person had chosen the existing parent.
QJsonObject repointed(const QString& op, QJsonObject payload, const QString& from, const QString& to)
{
    if (op == QLatin1String("update")) {
        QJsonObject change = payload.value(kParentId).toObject();
        for (const char* side : {"old", "new"}) {
            if (change.value(QLatin1String(side)).toString() == from)
                change.insert(QLatin1String(side), to);
        }
        if (!change.isEmpty())
            payload.insert(kParentId, change);
        return payload;
    }
    if (payload.value(kParentId).toString() == from)
        payload.insert(kParentId, to);
    return payload;
}

} // namespace

DuplicateMerge::DuplicateMerge(LocalCache& cache)
    : m_cache(cache)
{
}

bool DuplicateMerge::applies(const ConflictEntry& entry)
{
    const QString existing = entry.serverRow.value(QLatin1String("id")).toString();
    return entry.kind == ConflictEntry::Kind::Duplicate && entry.table == kParents && entry.wasInsert() &&
           !existing.isEmpty() && existing != entry.rowId;
}

QString DuplicateMerge::obstacle(const ConflictEntry& entry) const
{
    if (!applies(entry))
        return tr("Only a new parent that the server already has can be merged.");
    const QString existing = entry.serverRow.value(QLatin1String("id")).toString();
    if (RecordQuery(m_cache).row(kParents, existing).isEmpty())
        return tr("The existing parent is not in your offline copy yet. Sync, then merge.");
    if (sentButUnanswered(entry.rowId))
        return tr("Records of this family are being sent to the server right now. Sync, then merge.");
    return QString();
}

QJsonObject DuplicateMerge::filledFields(const ConflictEntry& entry) const
{
    QJsonObject fill;
    const QJsonObject existing =
        RecordQuery(m_cache).row(kParents, entry.serverRow.value(QLatin1String("id")).toString());
    const Protocol::Table* table = Protocol::findTable(kParents);
    if (existing.isEmpty() || !table)
        return fill;
    for (const QString& field : table->fieldNames()) {
        // Set by the server for a referrer's parents; not a value a person gives.
        if (field == QLatin1String("referrer_account_id"))
            continue;
        if (isEmptyValue(existing.value(field)) && !isEmptyValue(entry.localRow.value(field)))
            fill.insert(field, entry.localRow.value(field));
    }
    return fill;
}

QVector<OutboxEntry> DuplicateMerge::pendingEntries(const QString& table, const QString& rowId) const
{
    QString error; // unreadable reads as nothing pending: the writes after it fail the same way
    return Outbox(m_cache).pendingFor(table, rowId, &error);
}

QStringList DuplicateMerge::linkedRows(const QString& table, const QString& parentId) const
{
    QStringList ids;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE parent_id = ? ORDER BY rowid").arg(table));
    q.addBindValue(parentId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

bool DuplicateMerge::sentButUnanswered(const QString& localId) const
{
    // Such an insert may be applied on the server or refused there; only its answer tells which, so the
    // merge waits for it rather than guess.
    for (const Protocol::Table& t : Protocol::syncedTables()) {
        if (!t.field(kParentId))
            continue;
        for (const QString& id : linkedRows(t.name, localId)) {
            for (const OutboxEntry& p : pendingEntries(t.name, id)) {
                if (p.op == QLatin1String("insert") && p.attempts > 0)
                    return true;
            }
        }
    }
    return false;
}

bool DuplicateMerge::run(const ConflictEntry& entry, QString* error)
{
    const QString problem = obstacle(entry);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString from = entry.rowId;
    const QString to = entry.serverRow.value(QLatin1String("id")).toString();
    QSqlDatabase db = m_cache.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    LocalWriter writer(m_cache, LocalWriter::Transaction::Caller);
    // The existing parent first: everything after it refers to it.
    bool ok = writer.update(kParents, to, filledFields(entry), error) && dropUnsentOf(from, error);
    for (const Protocol::Table& t : Protocol::syncedTables()) {
        if (ok && t.field(kParentId))
            ok = moveTable(writer, t, from, to, error) && resendRefused(writer, t.name, from, to, error);
    }
    ok = ok && ConflictStore(m_cache).close(entry.id, error);
    if (ok && db.commit()) {
        qCInfo(lcStore) << "duplicate parent merged into the existing one";
        return true;
    }
    if (ok)
        *error = db.lastError().text();
    db.rollback();
    return false;
}

bool DuplicateMerge::dropUnsentOf(const QString& localId, QString* error)
{
    // Changes to this client's parent that never left: the duplicate entry holds their values already (its
    // local row is the row as it was when the server answered), and sent they would only come back "gone".
    return Outbox(m_cache).dropUnsent(kParents, localId, error);
}

bool DuplicateMerge::moveTable(LocalWriter& writer, const Protocol::Table& table, const QString& from,
                               const QString& to, QString* error)
{
    for (const QString& id : linkedRows(table.name, from)) {
        const QVector<OutboxEntry> entries = pendingEntries(table.name, id);
        const bool unsentInsert = !entries.isEmpty() && entries.first().op == QLatin1String("insert");
        const bool ok = unsentInsert ? rewriteUnsent(table.name, id, entries, from, to, error)
                                     : writer.update(table.name, id, {{kParentId, to}}, error);
        if (!ok)
            return false;
    }
    return true;
}

bool DuplicateMerge::rewriteUnsent(const QString& table, const QString& rowId, const QVector<OutboxEntry>& entries,
                                   const QString& from, const QString& to, QString* error)
{
    // The server has never seen this record (obstacle() made sure its insert was not sent): its entries can be
    // corrected in place, and no mutation needs to say it ever pointed elsewhere.
    Outbox outbox(m_cache);
    for (const OutboxEntry& p : entries) {
        if (!outbox.replacePayload(p.mid, repointed(p.op, p.payload, from, to), error))
            return false;
    }
    QSqlDatabase db = m_cache.database();
    QSqlQuery row(db);
    row.prepare(QStringLiteral("UPDATE %1 SET parent_id = ? WHERE id = ?").arg(table));
    row.addBindValue(to);
    row.addBindValue(rowId);
    if (!row.exec()) {
        *error = row.lastError().text();
        return false;
    }
    return DerivedRows(db).refreshRow(table, rowId, error);
}

bool DuplicateMerge::resendRefused(LocalWriter& writer, const QString& table, const QString& from, const QString& to,
                                   QString* error)
{
    const RecordQuery records(m_cache);
    for (const ConflictEntry& refused : ConflictStore(m_cache).openEntries()) {
        if (refused.table != table || refused.kind != ConflictEntry::Kind::Rejected || !refused.wasInsert() ||
            refused.localRow.value(kParentId).toString() != from)
            continue;
        if (!records.row(table, refused.rowId).isEmpty())
            continue; // filed again already, and moved above with the other records
        // The server never had it (most likely because its parent did not exist there): a new insert, same id.
        const QJsonObject row = ResendRow::build(refused.localRow, {{kParentId, to}});
        if (!writer.insert(table, row, error) || !ConflictStore(m_cache).close(refused.id, error))
            return false;
    }
    return true;
}

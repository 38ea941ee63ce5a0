#include "store/conflicts/ConflictResolver.h"

#include "domain/Uuid.h"
#include "store/cache/LocalCache.h"
#include "store/conflicts/ConflictStore.h"
#include "store/conflicts/DuplicateMerge.h"
#include "store/conflicts/ResendRow.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

ConflictResolver::ConflictResolver(LocalCache& cache)
    : m_cache(cache)
{
}

bool ConflictResolver::insertsAgain(const ConflictEntry& entry) const
{
    // A rejected insert was removed from the cache when it was settled; its values live on in the entry.
    return entry.wasInsert() || RecordQuery(m_cache).row(entry.table, entry.rowId).isEmpty();
}

QJsonObject ConflictResolver::baseRow(const ConflictEntry& entry) const
{
    const QJsonObject current = RecordQuery(m_cache).row(entry.table, entry.rowId);
    return current.isEmpty() ? entry.localRow : current;
}

QVector<FieldError> ConflictResolver::check(const ConflictEntry& entry, const QJsonObject& values) const
{
    // What is written is what is checked: a new record from the entry's values, or the cache's row updated.
    const bool fresh =
        entry.kind == ConflictEntry::Kind::Gone || (entry.kind == ConflictEntry::Kind::Rejected && insertsAgain(entry));
    QJsonObject row = fresh ? entry.localRow : baseRow(entry);
    for (auto it = values.begin(); it != values.end(); ++it)
        row.insert(it.key(), it.value());
    return RowValidator::validate(entry.table, row);
}

bool ConflictResolver::resolve(const ConflictEntry& entry, const QJsonObject& values, QString* error)
{
    // The new mutation and the closing of the entry are one transaction: a crash leaves neither or both.
    LocalWriter writer(m_cache);
    return writer.update(entry.table, entry.rowId, values, error, closer(entry));
}

bool ConflictResolver::deleteAgain(const ConflictEntry& entry, QString* error)
{
    LocalWriter writer(m_cache);
    return writer.remove(entry.table, entry.rowId, error, closer(entry));
}

bool ConflictResolver::resend(const ConflictEntry& entry, const QJsonObject& values, QString* error)
{
    LocalWriter writer(m_cache);
    return insertsAgain(entry)
               ? writer.insert(entry.table, ResendRow::build(entry.localRow, values), error, closer(entry))
               : writer.update(entry.table, entry.rowId, values, error, closer(entry));
}

bool ConflictResolver::recreate(const ConflictEntry& entry, const QJsonObject& values, QString* error)
{
    // The server answers an insert under a deleted id with "gone" again, so the record gets a new id.
    QJsonObject row = ResendRow::build(entry.localRow, values);
    m_lastCreatedId = Uuid::v7();
    row.insert(QStringLiteral("id"), m_lastCreatedId);
    // A new application always starts as submitted on the server (docs/PROTOCOL.md).
    if (entry.table == QLatin1String("applications"))
        row.insert(QStringLiteral("status"), QStringLiteral("submitted"));
    LocalWriter writer(m_cache);
    return writer.insert(entry.table, row, error, closer(entry));
}

bool ConflictResolver::discard(const ConflictEntry& entry, QString* error)
{
    return close(entry, error);
}

bool ConflictResolver::mergeIntoExisting(const ConflictEntry& entry, QString* error)
{
    return DuplicateMerge(m_cache).run(entry, error);
}

LocalWriter::AlsoDo ConflictResolver::closer(const ConflictEntry& entry) const
{
    const qint64 id = entry.id;
    LocalCache& cache = m_cache;
    return [id, &cache](QString* error) {
        return ConflictStore(cache).close(id, error);
    };
}

bool ConflictResolver::close(const ConflictEntry& entry, QString* error)
{
    return ConflictStore(m_cache).close(entry.id, error);
}

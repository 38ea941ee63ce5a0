#include "sync/OfferWriteHook.h"

#include "sync/OfferEffects.h"

OfferWriteHook::OfferWriteHook(ServerStorage& storage)
    : m_storage(storage)
{
}

QVector<CommittedRow> OfferWriteHook::afterWrite(const QString& accountId, const QString& table,
                                                 const QJsonObject& before, const QJsonObject& after, qint64 seq)
{
    // The pushing account is the writer (updated_by) of the rows that follow, as of the row that caused them.
    return OfferEffects(m_storage, accountId, seq).afterWrite(table, before, after);
}

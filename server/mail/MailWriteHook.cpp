#include "mail/MailWriteHook.h"

#include "mail/MailEvents.h"

MailWriteHook::MailWriteHook(ServerStorage& storage)
    : m_storage(storage)
{
}

QVector<CommittedRow> MailWriteHook::afterWrite(const QString& accountId, const QString& table,
                                                const QJsonObject& before, const QJsonObject& after, qint64 seq)
{
    // The pushing account is the writer (updated_by) of the message rows, as of the row that caused them.
    return MailEvents(m_storage, accountId).afterWrite(table, before, after, seq);
}

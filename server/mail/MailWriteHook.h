#pragma once

#include "sync/WriteHook.h"

class ServerStorage;

// The mail room's part in a push: the WriteHook that lets MailEvents write a parent's mail for an applied write
// (docs/ARCHITECTURE.md "The path of one edit"). SyncServer registers it on the push service, so server/sync
// applies writes without knowing about mail, and the message rows still share their event's transaction and seq.
class MailWriteHook : public WriteHook
{
public:
    explicit MailWriteHook(ServerStorage& storage);

    QVector<CommittedRow> afterWrite(const QString& accountId, const QString& table, const QJsonObject& before,
                                     const QJsonObject& after, qint64 seq) override;

private:
    ServerStorage& m_storage;
};

#pragma once

#include "storage/ServerStorage.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

// What must follow a row a push wrote, without MutationApplier knowing what it is (docs/ARCHITECTURE.md "Write
// hooks"): the rows that follow an offer or an application state, and parent mail. Whoever composes the server
// registers hooks on PushService (SyncServer: OfferWriteHook, then the mail room's MailWriteHook); MutationApplier
// calls each, in that order, after an insert or update has written its row. A delete, and a mutation that wrote
// nothing (refused, gone, an unmerged conflict), call none; neither do the rows a hook writes.
//
// "After the write", not after the commit: the hook runs inside the push's transaction, in the mutation's own
// savepoint, and whatever it writes takes the write's seq. So it commits with its event or not at all, and
// reaches clients by the ordinary pull like the row that caused it (docs/PROTOCOL.md "Messages written by the
// server"). A hook that fails in storage throws StorageError: the mutation is undone with it and recorded as
// rejected (docs/PROTOCOL.md "Push"), so a write is never kept without what must follow it.
class WriteHook
{
public:
    virtual ~WriteHook() = default;

    // After `accountId`'s push wrote `after` into `table` at `seq`; `before` is the row as it was (empty for an
    // insert). Returns the rows the hook wrote (at `seq`), for the commit's notifications.
    virtual QVector<CommittedRow> afterWrite(const QString& accountId, const QString& table, const QJsonObject& before,
                                             const QJsonObject& after, qint64 seq) = 0;
};

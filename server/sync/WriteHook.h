#pragma once

#include "storage/ServerStorage.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

// What must follow a row a push wrote, without the sync room knowing what it is (parent mail is the one such job
// today: docs/ARCHITECTURE.md "The path of one edit", step 4). Whoever composes the server registers hooks on
// PushService (SyncServer: the mail room's MailWriteHook); MutationApplier calls each after an insert or update
// has written its row. A delete, and a mutation that wrote nothing (refused, gone, an unmerged conflict), call
// none.
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

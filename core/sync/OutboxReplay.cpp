#include "OutboxReplay.h"

#include "OutboxBatch.h"
#include "SyncLog.h"
#include "domain/Uuid.h"
#include "store/cache/LocalCache.h"
#include "store/outbox/Outbox.h"

#include <QSqlError>

bool OutboxReplay::prepare(LocalCache& cache, qint64 serverLastMid, Outcome* outcome, QString* error)
{
    *outcome = Outcome();
    const qint64 known = serverLastMid + OutboxBatch::midBase(cache); // local numbering
    QSqlDatabase db = cache.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    qint64 first = 0;
    // Pending entries at or below what the server knows cannot exist: settle acknowledges up to it.
    Outbox outbox(cache);
    bool ok = outbox.requeueAfter(known, &outcome->requeued, error) && outbox.firstPendingAfter(known, &first, error);
    if (ok && first > 0 && first > known + 1) {
        // Entries known + 1 .. first - 1 were purged: the restored server can never get them, and would refuse
        // every later mid. A new client id starts its count afresh, at the first entry still here.
        outcome->missing = first - known - 1;
        outcome->newClientId = true;
        ok = takeNewClientId(cache, first);
    }
    if (!ok || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    if (outcome->requeued > 0 || outcome->newClientId)
        qCInfo(lcSync) << "server restored: replaying" << outcome->requeued << "acknowledged changes;"
                       << outcome->missing << "were purged already" << (outcome->newClientId ? "(new client id)" : "");
    return true;
}

bool OutboxReplay::takeNewClientId(LocalCache& cache, qint64 firstLocalMid)
{
    // Rows are never renumbered (conflicts and tests refer to local mids); the base maps them onto 1, 2, ...
    return cache.setState(QStringLiteral("client_id"), Uuid::v7()) &&
           cache.setState(QStringLiteral("mid_base"), QString::number(firstLocalMid - 1));
}

bool OutboxReplay::purge(LocalCache& cache, int keepDays, QString* error)
{
    return Outbox(cache).purgeAcknowledged(keepDays, error);
}

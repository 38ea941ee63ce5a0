#include "SyncEngine.h"

#include "ApiClient.h"
#include "OutboxBatch.h"
#include "OutboxReplay.h"
#include "SyncLog.h"
#include "domain/Uuid.h"
#include "protocol/ApiConstants.h"
#include "protocol/CompactPageReader.h"
#include "protocol/TableSchema.h"
#include "store/cache/BulkLoad.h"
#include "store/cache/LocalCache.h"
#include "store/records/RecordQuery.h"
#include "store/write/PullApplier.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSqlError>

#include <limits>

SyncEngine::SyncEngine(LocalCache& cache, ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{
}

QString SyncEngine::clientId()
{
    QString id = m_cache.state(QStringLiteral("client_id"));
    if (id.isEmpty()) {
        id = Uuid::v7();
        m_cache.setState(QStringLiteral("client_id"), id);
    }
    return id;
}

void SyncEngine::start()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    m_resynced = false;
    m_gapSeen = false;
    m_replaying = false;
    m_askCount = true;
    m_pullTotal = -1;
    m_rowsReceived = 0;
    m_mutationsSent = 0;
    m_clock.start();
    emit started();
    pushNext();
}

bool SyncEngine::syncBlocking(QString* error)
{
    QEventLoop loop;
    bool result = false;
    auto connection = connect(this, &SyncEngine::finished, &loop, [&](bool ok, const QString& message) {
        result = ok;
        if (error)
            *error = message;
        loop.quit();
    });
    start();
    if (m_busy)
        loop.exec();
    disconnect(connection);
    return result;
}

void SyncEngine::pushNext()
{
    QString error;
    const QVector<Protocol::Mutation> batch = OutboxBatch::next(m_cache, m_pushBatch, &error);
    if (!error.isEmpty()) {
        finish(false, error);
        return;
    }
    if (batch.isEmpty()) {
        emit pushDone(m_mutationsSent);
        pullNext();
        return;
    }
    if (!OutboxBatch::markSent(m_cache, batch, &error)) {
        finish(false, error);
        return;
    }
    Protocol::PushRequest request;
    request.clientId = clientId();
    request.schemaVersion = Protocol::kSchemaVersion;
    request.mutations = batch;
    const qint64 lastMid = batch.last().mid;
    m_api.post(QStringLiteral("/sync/push"), request.toJson(),
               [this, lastMid](const ApiResult& reply) { handlePushReply(reply, lastMid); });
}

void SyncEngine::handlePushReply(const ApiResult& reply, qint64 lastMid)
{
    noteReachable(!reply.networkError);
    if (reply.status == 409 && reply.error.code == QLatin1String("mutation_gap") && !m_gapSeen) {
        // The server lacks mutations it once acknowledged: most likely it was restored from a backup. The pull
        // tells (410 with a new epoch), and the replay after it closes the gap.
        qCInfo(lcSync) << "the server lacks earlier changes of this client; pulling to find out why";
        m_gapSeen = true;
        emit pushDone(m_mutationsSent);
        pullNext();
        return;
    }
    if (!reply.ok()) {
        finish(false, reply.describe());
        return;
    }
    const Protocol::PushResponse response = Protocol::PushResponse::fromJson(reply.json);
    QString error;
    if (!OutboxBatch::settle(m_cache, response, &error)) {
        finish(false, error);
        return;
    }
    m_mutationsSent += response.results.size();
    Q_UNUSED(lastMid)
    pushNext();
}

void SyncEngine::pullNext(const QString& nextCursor)
{
    QUrlQuery query;
    const QString cursor = nextCursor.isEmpty() ? m_cache.state(QStringLiteral("cursor")) : nextCursor;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pullLimit));
    query.addQueryItem(QStringLiteral("client_id"), clientId());
    if (m_askCount) // once per pull: counting costs the server a query, the first answer is enough
        query.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    m_askCount = false;
    const int generation = m_generation;
    // The compact page when the server has it; an older server answers JSON, read the same way.
    const QByteArray accept = m_compactPages ? CompactPage::mediaType() + QByteArrayLiteral(", application/json;q=0.5")
                                             : QByteArrayLiteral("application/json");
    m_api.get(QStringLiteral("/sync/pull"), query, accept, [this, generation](const ApiResult& reply) {
        if (generation == m_generation) // else the round this page was asked for has ended
            handlePullReply(reply);
    });
}

void SyncEngine::handlePullReply(const ApiResult& reply)
{
    noteReachable(!reply.networkError);
    if (reply.status == 410 && !m_resynced) {
        // The server was restored or our scope changed: rebuild from scratch, keeping the outbox.
        QString error;
        m_resynced = true;
        emit resyncStarted();
        if (!resetForResync(&error)) {
            finish(false, error);
            return;
        }
        m_askCount = true;
        pullNext();
        return;
    }
    if (!reply.ok()) {
        finish(false, reply.describe());
        return;
    }
    if (reply.contentType == CompactPage::mediaType()) {
        CompactPageReader reader(reply.body);
        Protocol::PullPage page;
        QString error;
        if (!reader.readHeader(&page, &error)) {
            finish(false, error);
            return;
        }
        applyPage(page, [&](PullApplier& applier, QString* e) { return applier.apply(reader, page, e); });
        return;
    }
    const Protocol::PullPage page = Protocol::PullPage::fromJson(reply.json);
    applyPage(page, [&](PullApplier& applier, QString* e) { return applier.apply(page, e); });
}

void SyncEngine::applyPage(const Protocol::PullPage& page, const std::function<bool(PullApplier&, QString*)>& apply)
{
    // Ask for the next page before applying this one, so the server prepares it while SQLite writes.
    if (page.hasMore)
        pullNext(page.cursor);
    PullApplier applier(m_cache);
    applier.setDeferSearchIndex(BulkLoad::active(m_cache));
    QString error;
    if (!apply(applier, &error)) {
        finish(false, error);
        return;
    }
    notePullProgress(page, applier.rowsApplied());
    if (!page.hasMore)
        finishPull(page);
}

void SyncEngine::notePullProgress(const Protocol::PullPage& page, int rows)
{
    m_rowsReceived += rows;
    if (page.remaining >= 0)
        m_pullTotal = m_rowsReceived + page.remaining;
    // Commits made during the pull arrive too; the total grows with them rather than passing 100 %.
    if (m_pullTotal >= 0 && m_pullTotal < m_rowsReceived)
        m_pullTotal = m_rowsReceived;
    emit progress(m_rowsReceived, int(qMin<qint64>(m_pullTotal, std::numeric_limits<int>::max())));
}

void SyncEngine::finishPull(const Protocol::PullPage& page)
{
    QString error;
    bool pushAgain = false;
    if (!PullApplier(m_cache).applyParked(&error) || !BulkLoad::finish(m_cache, &error) ||
        !replayAfterRestore(page, &pushAgain, &error)) {
        finish(false, error);
        return;
    }
    if (pushAgain) {
        m_replaying = true;
        m_askCount = true;
        pushNext(); // then one more pull brings the server's rows for what was replayed
        return;
    }
    if (m_gapSeen && !m_replaying) {
        finish(false, tr("The server does not have changes this computer sent to it earlier, and did not say it "
                         "was restored. Ask an administrator to check the server."));
        return;
    }
    if (!OutboxReplay::purge(m_cache, m_keepAckedDays, &error)) {
        finish(false, error);
        return;
    }
    finish(true, QString());
}

bool SyncEngine::replayAfterRestore(const Protocol::PullPage& page, bool* pushAgain, QString* error)
{
    static const QString key = QStringLiteral("resync_from_epoch");
    const QString before = m_cache.state(key);
    if (before.isEmpty() || m_replaying)
        return true; // no rebuild ended with this page
    // Same server (other scope or an old cursor): it lost nothing of ours. Cleared only after the replay is
    // prepared: preparing twice is harmless (the server's last_mutation_id then covers it), skipping it is not.
    OutboxReplay::Outcome outcome;
    if (before != page.epoch && !OutboxReplay::prepare(m_cache, page.lastMutationId, &outcome, error))
        return false;
    if (!m_cache.setState(key, QString())) {
        *error = tr("The sync state cannot be written.");
        return false;
    }
    *pushAgain = before != page.epoch && RecordQuery(m_cache).pendingChanges() > 0;
    return true;
}

bool SyncEngine::resetForResync(QString* error)
{
    QSqlDatabase db = m_cache.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // Whether the server was restored is known once the rebuilt cache has the new epoch; the old one waits
    // here (and survives a crash during the rebuild). A rebuild that follows an unfinished one keeps it.
    const QString epoch = m_cache.state(QStringLiteral("epoch"));
    if (!epoch.isEmpty() && !m_cache.setState(QStringLiteral("resync_from_epoch"), epoch)) {
        *error = tr("The sync state cannot be written.");
        db.rollback();
        return false;
    }
    if (!BulkLoad::emptyForRebuild(m_cache, error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    qCInfo(lcSync) << "server asked for a full resync; the outbox is kept";
    return true;
}

void SyncEngine::finish(bool ok, const QString& error)
{
    ++m_generation; // a prefetched page still on its way belongs to this round; it must be ignored
    m_busy = false;
    m_lastRoundSeconds = m_clock.elapsed() / 1000.0;
    if (!ok)
        qCInfo(lcSync) << "sync round failed:" << error;
    else
        qCInfo(lcSync) << "sync round done:" << m_rowsReceived << "rows in" << m_lastRoundSeconds << "s";
    emit finished(ok, error);
    if (m_again)
        start();
}

void SyncEngine::noteReachable(bool online)
{
    if (int(online) == m_online)
        return;
    m_online = int(online);
    emit connectivityChanged(online);
}

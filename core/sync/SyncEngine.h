#pragma once

#include "ApiResult.h"
#include "protocol/SyncMessages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>

class ApiClient;
class PullApplier;
class LocalCache;

// One sync round: push the outbox in order (one request in flight), then pull pages until the server has
// no more. Never blocks the caller: it is driven by the API client's replies.
//
// After a 410 resync_required from a server whose epoch changed (restored from a backup), the cache is rebuilt
// and acknowledged mutations the restored server lacks are pushed again in the same round (OutboxReplay),
// followed by one more pull. At the end of a successful round acknowledged entries older than
// keepAckedDays() are purged.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(LocalCache& cache, ApiClient& api, QObject* parent = nullptr);

    void setPullLimit(int limit) { m_pullLimit = limit; }
    // Whether pulls ask for the compact page (docs/PROTOCOL.md "Pull, compact pages"); off, the client asks for JSON
    // pages only, as the previous version did and as an older server answers anyway.
    void setCompactPages(bool on) { m_compactPages = on; }
    void setPushBatch(int size) { m_pushBatch = size; }
    void setKeepAckedDays(int days) { m_keepAckedDays = qMax(0, days); }
    int keepAckedDays() const { return m_keepAckedDays; }
    bool isBusy() const { return m_busy; }
    int rowsReceived() const { return m_rowsReceived; }
    int mutationsSent() const { return m_mutationsSent; }
    // Whether the last round wrote rows to the cache (pulled rows, settled pushes, a rebuild); a quiet round
    // changed nothing the lists show.
    bool roundChangedData() const { return m_rowsReceived > 0 || m_mutationsSent > 0 || m_resynced; }
    double lastRoundSeconds() const { return m_lastRoundSeconds; }
    QString clientId();

    // Starts a round; if one is running, another follows it.
    void start();
    // Runs a whole round in a local event loop (CLI, tests); returns false with a reason on failure.
    bool syncBlocking(QString* error);

signals:
    void started();
    // total: rows this round will bring in all, as the server announced it (pull count=1); -1 when unknown.
    void progress(int rowsReceived, int total);
    // The outbox is empty (for now); the pull follows.
    void pushDone(int mutationsSent);
    void finished(bool ok, const QString& error);
    void connectivityChanged(bool online);
    // The server asked for a full resync (410): its data was restored, or this account's scope changed.
    void resyncStarted();

private:
    void pushNext();
    void handlePushReply(const ApiResult& reply, qint64 lastMid);
    void pullNext(const QString& nextCursor = QString());
    void handlePullReply(const ApiResult& reply);
    bool resetForResync(QString* error);
    void notePullProgress(const Protocol::PullPage& page, int rows);
    // Asks for the next page, then applies this one (apply: from JSON or from a compact page) and notes the progress.
    void applyPage(const Protocol::PullPage& page, const std::function<bool(PullApplier&, QString*)>& apply);
    void finishPull(const Protocol::PullPage& page);
    bool replayAfterRestore(const Protocol::PullPage& page, bool* pushAgain, QString* error);
    void finish(bool ok, const QString& error);
    void noteReachable(bool online);

    LocalCache& m_cache;
    ApiClient& m_api;
    bool m_busy = false;
    bool m_again = false;
    int m_online = -1; // unknown until the first answer, so the first one is always announced
    bool m_resynced = false;
    bool m_gapSeen = false;   // the server refused a push as a mutation gap this round
    bool m_replaying = false; // the second push of a round, after a restored server was found
    bool m_askCount = false;  // the next pull asks the server how many rows are still to come
    qint64 m_pullTotal = -1;
    int m_keepAckedDays = 30;
    int m_generation = 0;
    int m_pullLimit = 5000;
    bool m_compactPages = true;
    // Mutations per push request (docs/PERFORMANCE.md "Push"): 1,000 amortise a request's fixed cost; the
    // payload budget of OutboxBatch::next keeps a batch of long texts within the server's request limit.
    int m_pushBatch = 1000;
    int m_rowsReceived = 0;
    int m_mutationsSent = 0;
    double m_lastRoundSeconds = 0;
    QElapsedTimer m_clock;
};

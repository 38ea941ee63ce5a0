#pragma once

#include "ApiResult.h"
#include "protocol/SyncMessages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class ApiClient;
class LocalCache;

// One sync round: push the outbox in order (one request in flight), then pull pages until the server has
// no more. Never blocks the caller: it is driven by the API client's replies.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(LocalCache& cache, ApiClient& api, QObject* parent = nullptr);

    void setPullLimit(int limit) { m_pullLimit = limit; }
    void setPushBatch(int size) { m_pushBatch = size; }
    bool isBusy() const { return m_busy; }
    int rowsReceived() const { return m_rowsReceived; }
    int mutationsSent() const { return m_mutationsSent; }
    double lastRoundSeconds() const { return m_lastRoundSeconds; }
    QString clientId();

    // Starts a round; if one is running, another follows it.
    void start();
    // Runs a whole round in a local event loop (CLI, tests); returns false with a reason on failure.
    bool syncBlocking(QString* error);

signals:
    void started();
    void progress(int rowsReceived);
    // The outbox is empty (for now); the pull follows.
    void pushDone(int mutationsSent);
    void finished(bool ok, const QString& error);
    void connectivityChanged(bool online);

private:
    void pushNext();
    void handlePushReply(const ApiResult& reply, qint64 lastMid);
    void pullNext(const QString& nextCursor = QString());
    void handlePullReply(const ApiResult& reply);
    bool applyLocally(const QVector<Protocol::Change>& changes, QString* error);
    bool resetForResync(QString* error);
    bool searchRebuildPending();
    bool finishSearchRebuild(QString* error);
    bool applyParkedRows(QString* error);
    void finish(bool ok, const QString& error);
    void noteReachable(bool online);

    LocalCache& m_cache;
    ApiClient& m_api;
    bool m_busy = false;
    bool m_again = false;
    int m_online = -1; // unknown until the first answer, so the first one is always announced
    bool m_resynced = false;
    int m_generation = 0;
    int m_pullLimit = 5000;
    int m_pushBatch = 200;
    int m_rowsReceived = 0;
    int m_mutationsSent = 0;
    double m_lastRoundSeconds = 0;
    QElapsedTimer m_clock;
};

#pragma once

#include <QObject>
#include <QTimer>

class NotifyClient;
class SyncEngine;

// Decides when sync rounds run, so the outbox drains and the cache stays current with no further user
// activity: at start, when the server pokes, when the notify channel comes back, every 60 s as a
// fall-back, when a local change is made, and — after a failed round — again after a pause that doubles
// each time (with jitter), up to five minutes.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    SyncScheduler(SyncEngine& engine, NotifyClient* notify, QObject* parent = nullptr);

    void start();
    void stop();
    // Something changed locally or the person asked: sync soon.
    void requestSync();
    int nextRetryMs() const { return m_retry.isActive() ? m_retry.remainingTime() : -1; }
    int consecutiveFailures() const { return m_failures; }
    bool isRunning() const { return m_running; }
    void setPeriodMs(int ms) { m_period.setInterval(ms); }
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = ms; }

private:
    void onFinished(bool ok);
    int backoffMs() const;

    SyncEngine& m_engine;
    QTimer m_period;
    QTimer m_retry;
    QTimer m_soon;
    int m_failures = 0;
    int m_maxBackoffMs = 5 * 60 * 1000;
    bool m_running = false;
};

#include "SyncScheduler.h"

#include "NotifyClient.h"
#include "SyncEngine.h"

#include <QRandomGenerator>

SyncScheduler::SyncScheduler(SyncEngine& engine, NotifyClient* notify, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_period.setInterval(60 * 1000);
    m_retry.setSingleShot(true);
    // Precise: a coarse timer may fire 5 % late, past the longest back-off this scheduler promises.
    m_retry.setTimerType(Qt::PreciseTimer);
    // Several pokes or edits in one turn of the event loop become one round; one that comes while a round runs makes
    // one more round after it (SyncEngine::start). No wait beyond that: a change reaches the others as soon as the
    // round trips allow (a 50 ms pause here was most of the time a change took to show, docs/PERFORMANCE.md).
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_period, &QTimer::timeout, this, &SyncScheduler::requestSync);
    connect(&m_retry, &QTimer::timeout, this, &SyncScheduler::requestSync);
    connect(&m_soon, &QTimer::timeout, &m_engine, &SyncEngine::start);
    connect(&m_engine, &SyncEngine::finished, this, [this](bool ok, const QString&) { onFinished(ok); });
    if (notify) {
        connect(notify, &NotifyClient::poked, this, &SyncScheduler::requestSync);
        connect(notify, &NotifyClient::reconnected, this, &SyncScheduler::requestSync);
    }
}

void SyncScheduler::start()
{
    m_running = true;
    m_period.start();
    requestSync();
}

void SyncScheduler::stop()
{
    m_running = false;
    m_period.stop();
    m_retry.stop();
    m_soon.stop();
}

void SyncScheduler::requestSync()
{
    if (!m_running)
        return;
    m_retry.stop();
    if (!m_soon.isActive())
        m_soon.start();
}

void SyncScheduler::onFinished(bool ok)
{
    if (ok) {
        m_failures = 0;
        return;
    }
    ++m_failures;
    if (m_running)
        m_retry.start(backoffMs());
}

int SyncScheduler::backoffMs() const
{
    // 2 s, 4 s, 8 s … capped; the random half spreads clients that failed together.
    const qint64 base = qMin<qint64>(qint64(2000) << qMin(m_failures - 1, 16), m_maxBackoffMs);
    return int(base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1));
}

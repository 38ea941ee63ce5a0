#pragma once

#include "storage/ServerStorage.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

// The server answers for a family that let the respond-by date pass (docs/PROTOCOL.md "Offers and the emergency
// list"): a round, every intervalSeconds and once at start, turns each `sent` offer whose respond_by lies before
// today (the server's local date) into `expired`, with what follows as for a decline (OfferEffects): the
// application back to in review unless another offer is still sent, the place open again below its count. One
// transaction per round, a seq per offer, updated_by null (the server's own write); clients pull the rows and the
// commit listener pokes them. Tests set a clock of their own and call runOnce() instead of waiting for the timer.
class OfferExpiry : public QObject
{
    Q_OBJECT
public:
    using CommitListener = std::function<void(const QVector<CommittedRow>& rows)>;
    using Clock = std::function<QDateTime()>;

    // intervalSeconds 0: rounds only when asked (runOnce()).
    OfferExpiry(ServerStorage& storage, int intervalSeconds, QObject* parent = nullptr);

    void setCommitListener(CommitListener listener) { m_listener = std::move(listener); }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void start(); // a round now and every intervalSeconds (when > 0)
    // One round; the number of offers it expired (0 also when storage failed: logged, nothing written).
    int runOnce();

private:
    ServerStorage& m_storage;
    int m_intervalSeconds;
    CommitListener m_listener;
    Clock m_clock;
    QTimer m_timer;
};

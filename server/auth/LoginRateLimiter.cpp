#include "auth/LoginRateLimiter.h"

#include <QStringList>

namespace {
constexpr int kMaxTrackedNames = 10000;
}

LoginRateLimiter::LoginRateLimiter(int maxFailures, int windowSeconds)
    : m_maxFailures(maxFailures)
    , m_windowSeconds(windowSeconds)
{
}

void LoginRateLimiter::prune(const QString& key, const QDateTime& now)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return;
    QVector<QDateTime>& list = it.value();
    while (!list.isEmpty() && list.first().secsTo(now) >= m_windowSeconds)
        list.removeFirst();
    if (list.isEmpty())
        m_failures.erase(it);
}

int LoginRateLimiter::retryAfterSeconds(const QString& username, const QDateTime& now)
{
    const QString key = keyFor(username);
    prune(key, now);
    const QVector<QDateTime> list = m_failures.value(key);
    if (list.size() < m_maxFailures)
        return 0;
    // The window passes when the oldest failure that keeps the count at the limit has aged out.
    const QDateTime oldest = list.at(list.size() - m_maxFailures);
    return qMax<qint64>(1, m_windowSeconds - oldest.secsTo(now));
}

void LoginRateLimiter::recordFailure(const QString& username, const QDateTime& now)
{
    if (m_failures.size() > kMaxTrackedNames) {
        // Bound the memory an attacker can fill with invented names: drop every name whose window passed.
        const QStringList keys = m_failures.keys();
        for (const QString& key : keys)
            prune(key, now);
    }
    QVector<QDateTime>& list = m_failures[keyFor(username)];
    list.append(now);
    while (list.size() > m_maxFailures)
        list.removeFirst();
}

void LoginRateLimiter::reset(const QString& username)
{
    m_failures.remove(keyFor(username));
}

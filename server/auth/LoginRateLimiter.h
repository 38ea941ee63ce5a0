#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

// Counts failed logins per key in a sliding window (docs/PROTOCOL.md "Authentication"): AuthService keeps one
// per user name (known or not) and one per client address. While a key has reached the limit,
// retryAfterSeconds() > 0 and even the right password must be refused.
class LoginRateLimiter
{
public:
    LoginRateLimiter(int maxFailures, int windowSeconds);

    int retryAfterSeconds(const QString& username, const QDateTime& now);
    void recordFailure(const QString& username, const QDateTime& now);
    void reset(const QString& username);

private:
    void prune(const QString& key, const QDateTime& now);
    static QString keyFor(const QString& username) { return username.trimmed().toCaseFolded(); }

    int m_maxFailures;
    int m_windowSeconds;
    QHash<QString, QVector<QDateTime>> m_failures;
};

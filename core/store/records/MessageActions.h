#pragma once

#include <QString>

class LocalCache;

// What a worker does with a parent's messages: queue one they wrote (from a template or not) and send a
// failed one again. Both are ordinary local writes through the outbox, so they work offline; the server
// delivers whatever reaches it as `queued`.
class MessageActions
{
public:
    struct Draft {
        QString parentId;
        QString applicationId; // may be empty
        QString language;      // BCP 47, the parent's
        QString templateName;  // empty for a free message
        QString subject;
        QString body;
    };

    explicit MessageActions(LocalCache& cache);

    // The new message's id, or empty with *error set (nothing written).
    QString queue(const Draft& draft, QString* error);
    // Only a `failed` message can be sent again: it goes back to `queued` and loses its error.
    bool resend(const QString& messageId, QString* error);
    static bool canResend(const QString& status) { return status == QLatin1String("failed"); }

private:
    QString regionOf(const Draft& draft) const;

    LocalCache& m_cache;
};

#pragma once

#include <QDateTime>
#include <QString>

// Delivery bookkeeping of one queued e-mail message (server-only table mail_attempts, schema version 4): how
// often the server tried to send it and when it may try again. Not synced: clients see only the message's
// status, which changes when delivery ends (sent or failed).
struct MailAttempt {
    QString messageId;
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC
    QString lastError;
};

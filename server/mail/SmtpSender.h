#pragma once

#include <QByteArray>
#include <QString>

// One SMTP submission with libcurl (blocking: MailDelivery runs it on a worker thread). Thread-safe: it shares
// nothing but the process-wide libcurl initialisation. The relay's answer decides what happens next:
// 2xx sent; 5xx a permanent refusal (the message fails); anything else (no connection, 4xx, timeout) is
// worth another try later.
class SmtpSender
{
public:
    struct Job {
        QString messageId; // for the log only
        QString url;       // smtp://host:port or smtps://host:port (credentials may be in the URL)
        QString from;
        QString to;
        QByteArray data; // the RFC 5322 message (MimeMessage)
    };
    struct Outcome {
        QString messageId;
        bool sent = false;
        bool permanent = false; // a 5xx answer: trying again will not help
        int code = 0;           // last SMTP reply code, 0 without one
        QString error;          // for the message's `error` field (the relay's own words where it gave some)
    };

    static void initializeOnce(); // call on the main thread before the first send
    static Outcome send(const Job& job);
};

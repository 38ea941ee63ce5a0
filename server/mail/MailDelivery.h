#pragma once

#include "mail/SmtpSender.h"
#include "service/ServerOptions.h"
#include "storage/ServerStorage.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <functional>

class WriteTransaction;

// Delivers queued e-mail messages (docs/ARCHITECTURE.md "The server") and writes offer expiry reminders. A round, every
// mailPollSeconds or when asked: (1) offers still `sent` whose respond_by is at most 3 days away get one
// offer_expiring message each (MailEvents); (2) due queued messages are claimed (an attempt counted, leased
// for 10 minutes, under the writer lock so several server instances never send one message twice) and sent —
// by SMTP through libcurl on a worker thread, never on the HTTP thread, or as <message id>.eml files in the
// mail folder; (3) the outcomes are recorded: sent (sent_at), failed (a 5xx refusal, no usable address, or
// the last of mailMaxAttempts transient failures; the reason in `error`), or another try after an exponential
// back-off. Marking sent or failed is an ordinary server write (new seq, version + 1), so clients pull it.
// Without a relay or a mail folder messages stay queued (said once in the log). Logs name message ids only.
class MailDelivery : public QObject
{
    Q_OBJECT
public:
    using CommitListener = std::function<void(const QVector<CommittedRow>& rows)>;
    using Clock = std::function<QDateTime()>;

    MailDelivery(ServerStorage& storage, const ServerOptions& options, QObject* parent = nullptr);
    ~MailDelivery() override;

    // False with *error for unusable mail options (bad --smtp-url, missing or bad --mail-from, both a relay
    // and a folder).
    static bool checkOptions(const ServerOptions& options, QString* error);

    void setCommitListener(CommitListener listener) { m_listener = std::move(listener); }
    // The time rounds go by (tests move it forward instead of sleeping through a back-off).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void start(); // a round now and every mailPollSeconds (when > 0)
    // Starts one round; false (and nothing done) while the previous round is still sending.
    bool runOnce();
    bool isSending() const { return m_sending; }
    static constexpr int kReminderDays = 3;

signals:
    void roundFinished(); // the outcomes of a round are recorded

private:
    enum class Transport { None, Smtp, Folder };

    void remindOffers();
    QStringList claim();
    // The SMTP job of one claimed message; false with an outcome when it cannot be sent at all.
    bool prepare(const QString& messageId, SmtpSender::Job* job, SmtpSender::Outcome* failure);
    SmtpSender::Outcome writeToFolder(const SmtpSender::Job& job) const;
    void sendInBackground(const QVector<SmtpSender::Job>& jobs);
    void record(const QVector<SmtpSender::Outcome>& outcomes);
    void recordOne(const SmtpSender::Outcome& outcome, WriteTransaction& tx, QVector<CommittedRow>* rows);
    void finish(const QString& messageId, bool sent, const QString& error, WriteTransaction& tx,
                QVector<CommittedRow>* rows);
    void finishRound();
    QDateTime now() const { return m_clock().toUTC(); }

    ServerStorage& m_storage;
    ServerOptions m_options;
    Transport m_transport = Transport::None;
    CommitListener m_listener;
    Clock m_clock;
    QTimer m_timer;
    QFutureWatcher<QVector<SmtpSender::Outcome>> m_watcher;
    QVector<SmtpSender::Outcome> m_unsendable; // outcomes known before sending, recorded with the others
    bool m_sending = false;
    bool m_saidIdle = false;
};

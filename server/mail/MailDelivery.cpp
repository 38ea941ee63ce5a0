#include "mail/MailDelivery.h"

#include "io/PrivateFiles.h"
#include "mail/MailEvents.h"
#include "mail/MimeMessage.h"
#include "service/ServerLogging.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QSaveFile>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int kBatch = 20;
constexpr int kLeaseSeconds = 600;
constexpr qint64 kMaxBackOffSeconds = 6 * 3600;
const char* kDefaultFrom = "opvangloket@opvangloket.invalid";

QString str(const QJsonObject& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}

} // namespace

MailDelivery::MailDelivery(ServerStorage& storage, const ServerOptions& options, QObject* parent)
    : QObject(parent)
    , m_storage(storage)
    , m_options(options)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (!options.smtpUrl.isEmpty())
        m_transport = Transport::Smtp;
    else if (!options.mailDir.isEmpty())
        m_transport = Transport::Folder;
    if (m_options.mailFrom.isEmpty())
        m_options.mailFrom = QString::fromLatin1(kDefaultFrom);
    SmtpSender::initializeOnce();
    connect(&m_timer, &QTimer::timeout, this, [this] { runOnce(); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        QVector<SmtpSender::Outcome> outcomes = m_unsendable + m_watcher.result();
        m_unsendable.clear();
        record(outcomes);
        finishRound();
    });
}

MailDelivery::~MailDelivery()
{
    // A send in flight finishes on its thread (at most curl's timeout); its outcome is not recorded, and the
    // lease makes the next start try that message again.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool MailDelivery::checkOptions(const ServerOptions& options, QString* error)
{
    if (!options.smtpUrl.isEmpty() && !options.mailDir.isEmpty()) {
        *error = QStringLiteral("give either --smtp-url or --mail-dir, not both");
        return false;
    }
    if (!options.smtpUrl.isEmpty()) {
        const QUrl url(options.smtpUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps"))) {
            *error = QStringLiteral("--smtp-url wants smtp://HOST:PORT or smtps://HOST:PORT");
            return false;
        }
        if (options.mailFrom.isEmpty()) {
            *error = QStringLiteral("--smtp-url needs --mail-from ADDRESS");
            return false;
        }
    }
    if (!options.mailFrom.isEmpty() && !MimeMessage::isPlainAddress(options.mailFrom)) {
        *error = QStringLiteral("--mail-from wants a plain e-mail address, e.g. loket@example.be");
        return false;
    }
    return true;
}

void MailDelivery::start()
{
    if (m_transport == Transport::Smtp)
        qCInfo(lcServerMail) << "mail goes to the SMTP relay at" << QUrl(m_options.smtpUrl).host();
    else if (m_transport == Transport::Folder)
        qCInfo(lcServerMail) << "mail is written as .eml files to" << QDir(m_options.mailDir).absolutePath();
    if (m_options.mailPollSeconds > 0) {
        m_timer.start(m_options.mailPollSeconds * 1000);
        QTimer::singleShot(0, this, [this] { runOnce(); });
    }
}

bool MailDelivery::runOnce()
{
    if (m_sending)
        return false;
    try {
        remindOffers();
    } catch (const StorageError& e) {
        m_storage.recover();
        qCWarning(lcServerMail) << "offer reminders failed:" << e.what();
    }
    if (m_transport == Transport::None) {
        if (!m_saidIdle)
            qCInfo(lcServerMail) << "no --smtp-url or --mail-dir: messages stay queued";
        m_saidIdle = true;
        finishRound();
        return true;
    }
    QStringList ids;
    try {
        ids = claim();
    } catch (const StorageError& e) {
        m_storage.recover();
        qCWarning(lcServerMail) << "claiming queued mail failed:" << e.what();
    }
    QVector<SmtpSender::Job> jobs;
    QVector<SmtpSender::Outcome> outcomes;
    for (const QString& id : ids) {
        SmtpSender::Job job;
        SmtpSender::Outcome failure;
        if (prepare(id, &job, &failure))
            jobs.append(job);
        else
            outcomes.append(failure);
    }
    if (m_transport == Transport::Smtp && !jobs.isEmpty()) {
        m_unsendable = outcomes;
        sendInBackground(jobs);
        return true;
    }
    for (const SmtpSender::Job& job : jobs)
        outcomes.append(writeToFolder(job));
    record(outcomes);
    finishRound();
    return true;
}

void MailDelivery::finishRound()
{
    m_sending = false;
    emit roundFinished();
}

void MailDelivery::remindOffers()
{
    const QDate today = now().date();
    WriteTransaction tx(m_storage);
    const QStringList offers = m_storage.offersToRemind(today, today.addDays(kReminderDays));
    if (offers.isEmpty())
        return; // rolled back: nothing written
    QVector<CommittedRow> rows;
    MailEvents events(m_storage, QString());
    for (const QString& offerId : offers) {
        tx.beginStep(); // a seq per reminder, like a pushed mutation
        const std::optional<CommittedRow> row = events.offerReminder(offerId, tx.seq());
        m_storage.markOfferReminded(offerId, row ? str(row->row, "id") : QString(), now());
        tx.endStep();
        if (row)
            rows.append(*row);
    }
    tx.commit();
    qCInfo(lcServerMail) << "offer reminders written:" << rows.size();
    if (m_listener && !rows.isEmpty())
        m_listener(rows);
}

QStringList MailDelivery::claim()
{
    WriteTransaction tx(m_storage);
    const QDateTime at = now();
    const QStringList ids = m_storage.claimDueMessages(at, at.addSecs(kLeaseSeconds), kBatch);
    tx.commit();
    return ids;
}

bool MailDelivery::prepare(const QString& messageId, SmtpSender::Job* job, SmtpSender::Outcome* failure)
{
    failure->messageId = messageId;
    failure->permanent = true;
    const std::optional<StoredRow> message = m_storage.findRow(QStringLiteral("messages"), messageId);
    if (!message) {
        failure->error = QStringLiteral("the message was deleted");
        return false;
    }
    // The address as it is now: a clerk who added a missing address and queued the message again is heard.
    std::optional<StoredRow> parent = m_storage.findRow(QStringLiteral("parents"), str(message->row, "parent_id"));
    // Only a parent of the message's own region is written to (docs/PROTOCOL.md "References"); pushes refuse
    // anything else, this also holds for rows an operator edited by hand.
    if (parent && str(parent->row, "region_id") != str(message->row, "region_id")) {
        failure->error = QStringLiteral("the parent is not in this message's region");
        return false;
    }
    MimeMessage mime;
    mime.messageId = messageId;
    mime.from = m_options.mailFrom;
    mime.to = parent ? str(parent->row, "email").trimmed() : QString();
    mime.toName =
        parent ? str(parent->row, "first_name") + QLatin1Char(' ') + str(parent->row, "last_name") : QString();
    mime.subject = str(message->row, "subject");
    mime.body = str(message->row, "body");
    mime.date = now();
    if (mime.to.isEmpty()) {
        failure->error = QString::fromLatin1(MailEvents::kNoAddress);
        return false;
    }
    if (!mime.toBytes(&job->data, &failure->error))
        return false;
    job->messageId = messageId;
    job->url = m_options.smtpUrl;
    job->from = mime.from;
    job->to = mime.to;
    return true;
}

SmtpSender::Outcome MailDelivery::writeToFolder(const SmtpSender::Job& job) const
{
    SmtpSender::Outcome outcome;
    outcome.messageId = job.messageId;
    PrivateFiles::makeFolder(m_options.mailDir);
    QSaveFile file(QDir(m_options.mailDir).filePath(job.messageId + QStringLiteral(".eml")));
    // A mail to a parent is personal data: owner-only before a byte is written (QSaveFile writes a new file
    // under the umask's mode; on Linux an unnamed one, which only appears with its final name at commit).
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(job.data) == job.data.size() && file.commit()) {
        outcome.sent = true;
        return outcome;
    }
    outcome.error = QStringLiteral("cannot write to the mail folder: %1").arg(file.errorString());
    return outcome;
}

void MailDelivery::sendInBackground(const QVector<SmtpSender::Job>& jobs)
{
    m_sending = true;
    m_watcher.setFuture(QtConcurrent::run([jobs] {
        QVector<SmtpSender::Outcome> outcomes;
        for (const SmtpSender::Job& job : jobs)
            outcomes.append(SmtpSender::send(job));
        return outcomes;
    }));
}

void MailDelivery::record(const QVector<SmtpSender::Outcome>& outcomes)
{
    if (outcomes.isEmpty())
        return;
    QVector<CommittedRow> rows;
    try {
        WriteTransaction tx(m_storage);
        for (const SmtpSender::Outcome& outcome : outcomes)
            recordOne(outcome, tx, &rows);
        tx.commit();
    } catch (const StorageError& e) {
        // Nothing recorded: once the leases run out the messages are tried again (a relay may then see one twice).
        m_storage.recover();
        qCWarning(lcServerMail) << "recording mail outcomes failed:" << e.what();
        return;
    }
    if (m_listener && !rows.isEmpty())
        m_listener(rows);
}

void MailDelivery::recordOne(const SmtpSender::Outcome& outcome, WriteTransaction& tx, QVector<CommittedRow>* rows)
{
    if (outcome.sent) {
        qCInfo(lcServerMail) << "message" << outcome.messageId << "sent";
        finish(outcome.messageId, true, QString(), tx, rows);
        return;
    }
    const int attempts = m_storage.mailAttempt(outcome.messageId).value_or(MailAttempt()).attempts;
    if (outcome.permanent || attempts >= m_options.mailMaxAttempts) {
        qCWarning(lcServerMail) << "message" << outcome.messageId << "failed after" << attempts << "attempts, code"
                                << outcome.code;
        const QString error = outcome.permanent
                                  ? outcome.error
                                  : QStringLiteral("gave up after %1 attempts: %2").arg(attempts).arg(outcome.error);
        finish(outcome.messageId, false, error, tx, rows);
        return;
    }
    const qint64 delay =
        qMin(kMaxBackOffSeconds, qint64(qMax(1, m_options.mailRetrySeconds)) << qBound(0, attempts - 1, 20));
    qCInfo(lcServerMail) << "message" << outcome.messageId << "attempt" << attempts << "failed, code" << outcome.code
                         << "; next try in" << delay << "s";
    m_storage.scheduleMailRetry(outcome.messageId, now().addSecs(delay), outcome.error);
}

void MailDelivery::finish(const QString& messageId, bool sent, const QString& error, WriteTransaction& tx,
                          QVector<CommittedRow>* rows)
{
    m_storage.clearMailAttempts(messageId);
    std::optional<StoredRow> message = m_storage.findRow(QStringLiteral("messages"), messageId);
    if (!message)
        return;
    QJsonObject& row = message->row;
    const QString stamp = now().toString(Qt::ISODateWithMs);
    row.insert(QStringLiteral("status"), sent ? QStringLiteral("sent") : QStringLiteral("failed"));
    row.insert(QStringLiteral("sent_at"), sent ? QJsonValue(stamp) : QJsonValue());
    row.insert(QStringLiteral("error"), sent ? QJsonValue() : QJsonValue(error));
    row.insert(QStringLiteral("version"), row.value(QLatin1String("version")).toInteger() + 1);
    row.insert(QStringLiteral("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    row.insert(QStringLiteral("updated_by"), QJsonValue());
    m_storage.updateRow(QStringLiteral("messages"), row, tx.seq());
    rows->append({QStringLiteral("messages"), row, message->filedBy, tx.seq()});
}

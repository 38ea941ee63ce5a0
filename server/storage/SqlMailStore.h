#pragma once

#include "mail/MailAttempt.h"

#include <QDate>
#include <QStringList>
#include <optional>

class SqlDatabase;

// The SQL of mail delivery, in SQL both dialects run: which queued messages are due, their attempts and
// back-off (mail_attempts), and which offers got their expiry reminder (offer_reminders).
class SqlMailStore
{
public:
    explicit SqlMailStore(SqlDatabase& db);

    QStringList claimDueMessages(const QDateTime& now, const QDateTime& leaseUntil, int limit);
    std::optional<MailAttempt> mailAttempt(const QString& messageId);
    void scheduleMailRetry(const QString& messageId, const QDateTime& next, const QString& error);
    void clearMailAttempts(const QString& messageId);
    QStringList offersToRemind(const QDate& from, const QDate& to);
    void markOfferReminded(const QString& offerId, const QString& messageId, const QDateTime& at);

    // Schema version 4 of both ladders.
    static void createTables(SqlDatabase& db);

private:
    SqlDatabase& m_db;
};

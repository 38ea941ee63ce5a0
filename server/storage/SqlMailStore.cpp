#include "storage/SqlMailStore.h"

#include "storage/SqlDatabase.h"

namespace {
// Fixed width and UTC, so text comparison in SQL is time order in both dialects.
QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

SqlMailStore::SqlMailStore(SqlDatabase& db)
    : m_db(db)
{
}

void SqlMailStore::createTables(SqlDatabase& db)
{
    db.exec(QStringLiteral("CREATE TABLE mail_attempts (message_id TEXT PRIMARY KEY, attempts INTEGER NOT NULL, "
                           "next_attempt_at TEXT NOT NULL, last_error TEXT)"));
    db.exec(QStringLiteral("CREATE TABLE offer_reminders (offer_id TEXT PRIMARY KEY, message_id TEXT NOT NULL, "
                           "reminded_at TEXT NOT NULL)"));
    db.exec(QStringLiteral("CREATE INDEX messages_status ON messages(status, seq)"));
}

QStringList SqlMailStore::claimDueMessages(const QDateTime& now, const QDateTime& leaseUntil, int limit)
{
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT m.id FROM messages m LEFT JOIN mail_attempts a ON a.message_id = "
                                           "m.id WHERE m.status = 'queued' AND m.channel = 'email' AND "
                                           "(a.next_attempt_at IS NULL OR a.next_attempt_at <= ?) ORDER BY m.seq "
                                           "LIMIT ?"),
                            {iso(now), limit});
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    // The attempt counts from the claim, and the lease keeps other instances (and later rounds) off it while
    // it is being sent; a server that dies mid-send tries again once the lease ran out.
    for (const QString& id : ids)
        m_db.run(QStringLiteral("INSERT INTO mail_attempts (message_id, attempts, next_attempt_at) VALUES (?, 1, ?) "
                                "ON CONFLICT (message_id) DO UPDATE SET attempts = mail_attempts.attempts + 1, "
                                "next_attempt_at = excluded.next_attempt_at"),
                 {id, iso(leaseUntil)});
    return ids;
}

std::optional<MailAttempt> SqlMailStore::mailAttempt(const QString& messageId)
{
    QSqlQuery& q =
        m_db.run(QStringLiteral("SELECT attempts, next_attempt_at, last_error FROM mail_attempts WHERE message_id = ?"),
                 {messageId});
    std::optional<MailAttempt> attempt;
    if (q.next())
        attempt =
            MailAttempt{messageId, q.value(0).toInt(),
                        QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC(), q.value(2).toString()};
    q.finish();
    return attempt;
}

void SqlMailStore::scheduleMailRetry(const QString& messageId, const QDateTime& next, const QString& error)
{
    m_db.run(QStringLiteral("UPDATE mail_attempts SET next_attempt_at = ?, last_error = ? WHERE message_id = ?"),
             {iso(next), error, messageId});
}

void SqlMailStore::clearMailAttempts(const QString& messageId)
{
    m_db.run(QStringLiteral("DELETE FROM mail_attempts WHERE message_id = ?"), {messageId});
}

QStringList SqlMailStore::offersToRemind(const QDate& from, const QDate& to)
{
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT o.id FROM offers o LEFT JOIN offer_reminders r ON r.offer_id = o.id "
                                           "WHERE o.status = 'sent' AND o.respond_by >= ? AND o.respond_by <= ? AND "
                                           "r.offer_id IS NULL ORDER BY o.seq"),
                            {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    return ids;
}

void SqlMailStore::markOfferReminded(const QString& offerId, const QString& messageId, const QDateTime& at)
{
    m_db.run(QStringLiteral("INSERT INTO offer_reminders (offer_id, message_id, reminded_at) VALUES (?, ?, ?)"),
             {offerId, messageId, iso(at)});
}

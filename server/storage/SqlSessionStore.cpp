#include "storage/SqlSessionStore.h"

#include "storage/SqlDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const char* kSessionColumns = "id, account_id, access_hash, refresh_hash, access_expires_at, refresh_expires_at, "
                              "revoked, device";

QString iso(const QDateTime& at)
{
    return at.toString(Qt::ISODateWithMs);
}

SessionRecord readSession(const QSqlQuery& q)
{
    SessionRecord s;
    s.id = q.value(0).toString();
    s.accountId = q.value(1).toString();
    s.accessHash = q.value(2).toString().toLatin1();
    s.refreshHash = q.value(3).toString().toLatin1();
    s.accessExpiresAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    s.refreshExpiresAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    s.revoked = q.value(6).toInt() != 0;
    s.device = q.value(7).toString();
    return s;
}

// A condition "column is one of the ids in the one bound JSON array": one prepared statement whatever the
// number of ids, so a sweep over many sockets stays one query.
QString inJsonArray(const SqlDatabase& db, const QString& column)
{
    if (db.dialect().isPostgres())
        return QStringLiteral("%1 IN (SELECT jsonb_array_elements_text(CAST(? AS jsonb)))").arg(column);
    return QStringLiteral("%1 IN (SELECT value FROM json_each(?))").arg(column);
}

} // namespace

SqlSessionStore::SqlSessionStore(SqlDatabase& db)
    : m_db(db)
{
}

void SqlSessionStore::createRetiredTokenTable(SqlDatabase& db)
{
    // Sessions from before this step have no retired tokens: each stands alone, as it did.
    db.exec(QStringLiteral("CREATE TABLE retired_refresh_tokens (refresh_hash TEXT PRIMARY KEY, session_id TEXT NOT "
                           "NULL, retired_at TEXT NOT NULL)"));
    db.exec(QStringLiteral("CREATE INDEX retired_refresh_tokens_at ON retired_refresh_tokens(retired_at)"));
    db.exec(QStringLiteral("CREATE INDEX sessions_account ON sessions(account_id)"));
}

void SqlSessionStore::insertSession(const SessionRecord& s)
{
    m_db.run(QStringLiteral("INSERT INTO sessions (%1, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                 .arg(QLatin1String(kSessionColumns)),
             {s.id, s.accountId, QString::fromLatin1(s.accessHash), QString::fromLatin1(s.refreshHash),
              iso(s.accessExpiresAt), iso(s.refreshExpiresAt), s.revoked ? 1 : 0, s.device,
              iso(QDateTime::currentDateTimeUtc())});
}

std::optional<SessionRecord> SqlSessionStore::sessionBy(const QString& column, const QByteArray& hash)
{
    QSqlQuery& q =
        m_db.run(QStringLiteral("SELECT %1 FROM sessions WHERE %2 = ?").arg(QLatin1String(kSessionColumns), column),
                 {QString::fromLatin1(hash)});
    std::optional<SessionRecord> session;
    if (q.next())
        session = readSession(q);
    q.finish();
    return session;
}

void SqlSessionStore::updateSession(const SessionRecord& s)
{
    m_db.run(QStringLiteral("UPDATE sessions SET access_hash = ?, refresh_hash = ?, access_expires_at = ?, "
                            "refresh_expires_at = ?, revoked = ? WHERE id = ?"),
             {QString::fromLatin1(s.accessHash), QString::fromLatin1(s.refreshHash), iso(s.accessExpiresAt),
              iso(s.refreshExpiresAt), s.revoked ? 1 : 0, s.id});
}

bool SqlSessionStore::revokeSession(const QString& sessionId)
{
    QSqlQuery& q =
        m_db.run(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ? AND revoked = 0"), {sessionId});
    const bool revoked = q.numRowsAffected() > 0;
    q.finish();
    return revoked;
}

int SqlSessionStore::revokeSessionsOf(const QString& accountId, const QString& exceptSessionId)
{
    // Two statements: an empty id would be bound as NULL, and "id <> NULL" holds for no row.
    QSqlQuery& q =
        exceptSessionId.isEmpty()
            ? m_db.run(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE account_id = ? AND revoked = 0"),
                       {accountId})
            : m_db.run(
                  QStringLiteral("UPDATE sessions SET revoked = 1 WHERE account_id = ? AND revoked = 0 AND id <> ?"),
                  {accountId, exceptSessionId});
    const int revoked = q.numRowsAffected();
    q.finish();
    return revoked;
}

void SqlSessionStore::retireRefreshHash(const QString& sessionId, const QByteArray& hash)
{
    m_db.run(QStringLiteral("INSERT INTO retired_refresh_tokens (refresh_hash, session_id, retired_at) VALUES (?, ?, "
                            "?) ON CONFLICT (refresh_hash) DO NOTHING"),
             {QString::fromLatin1(hash), sessionId, iso(QDateTime::currentDateTimeUtc())});
}

std::optional<SessionRecord> SqlSessionStore::sessionByRetiredRefreshHash(const QByteArray& hash)
{
    QString columns = QStringLiteral("s.") + QLatin1String(kSessionColumns);
    columns.replace(QLatin1String(", "), QLatin1String(", s."));
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT %1 FROM retired_refresh_tokens r JOIN sessions s ON s.id = "
                                           "r.session_id WHERE r.refresh_hash = ?")
                                .arg(columns),
                            {QString::fromLatin1(hash)});
    std::optional<SessionRecord> session;
    if (q.next())
        session = readSession(q);
    q.finish();
    return session;
}

int SqlSessionStore::purgeRetiredRefreshHashes(const QDateTime& retiredBefore)
{
    QSqlQuery& q =
        m_db.run(QStringLiteral("DELETE FROM retired_refresh_tokens WHERE retired_at < ?"), {iso(retiredBefore)});
    const int removed = q.numRowsAffected();
    q.finish();
    return removed;
}

QVector<SessionStatus> SqlSessionStore::sessionStatuses(const QStringList& sessionIds)
{
    const QString ids =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sessionIds)).toJson(QJsonDocument::Compact));
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT s.id, s.revoked, a.id, a.role, a.region_ids, a.active FROM "
                                           "sessions s LEFT JOIN accounts a ON a.id = s.account_id WHERE %1")
                                .arg(inJsonArray(m_db, QStringLiteral("s.id"))),
                            {ids});
    QVector<SessionStatus> statuses;
    while (q.next()) {
        SessionStatus status;
        status.sessionId = q.value(0).toString();
        status.revoked = q.value(1).toInt() != 0;
        if (!q.value(2).isNull()) {
            Account account;
            account.id = q.value(2).toString();
            account.role = q.value(3).toString();
            for (const QJsonValue& v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
                account.regionIds.append(v.toString());
            account.active = q.value(5).toInt() != 0;
            status.account = account;
        }
        statuses.append(status);
    }
    q.finish();
    return statuses;
}

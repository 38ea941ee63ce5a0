#pragma once

#include "storage/ServerStorage.h"

class SqlDatabase;

// Sessions in SQL both dialects run: one row per sign-in that keeps its id while refreshes rotate its tokens,
// the refresh tokens rotation replaced (retired_refresh_tokens, so a reused one is recognised and the session
// revoked, docs/PROTOCOL.md "Sessions"), revoking every session of an account, and the one query per sweep
// that tells NotifyHub which open sockets lost their session or account.
class SqlSessionStore
{
public:
    explicit SqlSessionStore(SqlDatabase& db);

    void insertSession(const SessionRecord& session);
    std::optional<SessionRecord> sessionBy(const QString& column, const QByteArray& hash);
    void updateSession(const SessionRecord& session);
    bool revokeSession(const QString& sessionId);
    int revokeSessionsOf(const QString& accountId, const QString& exceptSessionId);

    void retireRefreshHash(const QString& sessionId, const QByteArray& hash);
    std::optional<SessionRecord> sessionByRetiredRefreshHash(const QByteArray& hash);
    int purgeRetiredRefreshHashes(const QDateTime& retiredBefore);

    QVector<SessionStatus> sessionStatuses(const QStringList& sessionIds);

    // Schema version 6 of both ladders.
    static void createRetiredTokenTable(SqlDatabase& db);

private:
    SqlDatabase& m_db;
};

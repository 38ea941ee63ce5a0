#pragma once

#include "auth/AuthContext.h"
#include "http/ApiReply.h"

#include <QUrlQuery>

class ServerStorage;

// GET /api/v1/history?table=T&id=ID (docs/PROTOCOL.md): who changed which fields of one row, and when, from
// the audit log. Answers only for a row the caller may see now, under the same scope rules as pull; a row it
// may not see answers 404 exactly like a missing one. Field names only, never values.
class HistoryService
{
public:
    explicit HistoryService(ServerStorage& storage);

    ApiReply history(const AuthContext& context, const QUrlQuery& query);

private:
    QJsonObject entryJson(const AuditRecord& record, const QString& action, QHash<QString, QString>& names);
    QString accountName(const QString& accountId, QHash<QString, QString>& names);
    static QString writeAction(const AuditRecord& record);

    ServerStorage& m_storage;
};

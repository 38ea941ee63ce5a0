#pragma once

#include "auth/AuthContext.h"
#include "http/ApiReply.h"

#include <QUrlQuery>

class ServerStorage;

// GET /api/v1/audit (docs/PROTOCOL.md "Audit"): the audit log, filtered and paged newest first, for an admin
// (every event) or a coordinator (the events whose region_id is one of its regions); 403 for everyone else. The
// cursor is opaque to the client: base64url of "a1:<id of the last event returned>".
class AuditService
{
public:
    explicit AuditService(ServerStorage& storage);

    ApiReply events(const AuthContext& context, const QUrlQuery& query);

    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 500;

private:
    // A `from`/`to` parameter as stored (UTC ISO-8601 with milliseconds); a date alone is the day's first or last
    // millisecond. False when it is neither a date nor a date-time.
    static bool readTime(const QString& text, bool endOfDay, QString* out);
    static QString cursorFor(qint64 id);
    static qint64 idOf(const QString& cursor); // 0 when malformed

    ServerStorage& m_storage;
};

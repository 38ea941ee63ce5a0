#pragma once

#include "auth/AuthContext.h"
#include "http/ApiReply.h"

#include <QUrlQuery>

class ServerStorage;

// GET /api/v1/audit (docs/PROTOCOL.md "Audit"): the audit log, filtered and paged newest first, for an admin
// (every event) or a coordinator (the events whose region_id is one of its regions); 403 for everyone else. The
// cursor is opaque to the client: base64url of "a1:<id of the last event returned>".
// POST /api/v1/audit/exports: a client tells that a person exported or printed a list from its offline copy, which
// the server cannot see otherwise; it is written as an `export.<format>` event holding counts only.
class AuditService
{
public:
    explicit AuditService(ServerStorage& storage);

    ApiReply events(const AuthContext& context, const QUrlQuery& query);
    ApiReply reportExport(const AuthContext& context, const QJsonObject& body);

    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 500;
    // The most rows one reported export may claim (far above any region's lists).
    static constexpr qint64 kMaxExportRows = 10000000;
    // An export made offline is reported later with its own time (`exported_at`): at most this late, and not ahead
    // of the server's clock by more than the skew.
    static constexpr int kMaxReportDelayDays = 366;
    static constexpr int kClockSkewSeconds = 300;

private:
    // A `from`/`to` parameter as stored (UTC ISO-8601 with milliseconds); a date alone is the day's first or last
    // millisecond. False when it is neither a date nor a date-time.
    static bool readTime(const QString& text, bool endOfDay, QString* out);
    static QString cursorFor(qint64 id);
    static qint64 idOf(const QString& cursor); // 0 when malformed
    // What a reported export may name as its list: a synced table or the audit log itself.
    static bool isExportable(const QString& entity);
    // An export body's first problem as "field: why" (422), or empty.
    static QString exportProblem(const QJsonObject& body);
    // `exported_at` as stored (UTC with milliseconds), or empty when it is not a date-time in the allowed range.
    static QString exportedAt(const QString& text);

    ServerStorage& m_storage;
};

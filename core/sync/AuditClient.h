#pragma once

#include "sync/ApiClient.h"

#include <QDate>
#include <QString>

// The audit log's online calls (docs/PROTOCOL.md "Audit"): a page of events as an admin or coordinator filters them,
// and the report that a person exported or printed a list, which happens in the client alone. The log lives on the
// server only: nothing of it is cached, so both need the network.
class AuditClient
{
public:
    // What the audit page asks for; empty fields and null dates do not filter. The dates are the person's local days.
    struct Filter {
        QString accountId;
        QString entity;
        QString entityId;
        QString action;
        QDate from;
        QDate to;
    };

    explicit AuditClient(ApiClient& api);

    // One page, newest first; cursor empty for the first, else the previous page's next_cursor.
    void events(const Filter& filter, const QString& cursor, int limit, ApiClient::Callback done);
    // POST /audit/exports with a body from exportBody().
    void reportExport(const QJsonObject& body, ApiClient::Callback done);

    // The query string of events() (tests read it to see what the page asked).
    static QUrlQuery query(const Filter& filter, const QString& cursor, int limit);
    // The body of an export report; exportedAt invalid when it is reported at once.
    static QJsonObject exportBody(const QString& entity, qint64 rows, const QString& format, const QString& regionId,
                                  const QDateTime& exportedAt = QDateTime());

private:
    ApiClient& m_api;
};

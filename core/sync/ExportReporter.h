#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

class ApiClient;
class LocalCache;

// Tells the server of every export and printout a person makes (docs/PROTOCOL.md "Audit", POST /audit/exports): the
// lists are written from the offline copy, so only the client knows. Online the report goes at once. Offline, or when
// it cannot reach the server, the report waits in the cache's sync_state (key "pending_export_reports": the bodies,
// each with the moment of the export) and flush() sends it once the client is online again; it is never lost with a
// restart. A report the server refuses (4xx) is dropped and logged, as sending it again would get the same answer.
// Reports hold counts and the format only, never what was filtered or typed.
class ExportReporter : public QObject
{
    Q_OBJECT

public:
    ExportReporter(LocalCache& cache, ApiClient& api, QObject* parent = nullptr);

    // format: "csv", "pdf" or "print"; entity: the table the list shows (or "audit_events").
    void report(const QString& entity, qint64 rows, const QString& format, bool online);
    // Sends the waiting reports, oldest first, one at a time; stops at the first that cannot reach the server.
    void flush();
    int pendingCount() const { return pending().size(); }

    static constexpr const char* kStateKey = "pending_export_reports";

signals:
    // The server wrote the event of one report (now or from the queue).
    void reported(const QString& action);

private:
    QJsonArray pending() const;
    void setPending(const QJsonArray& reports);
    void enqueue(const QJsonObject& body);
    void sendNext();

    LocalCache& m_cache;
    ApiClient& m_api;
    bool m_flushing = false;
};

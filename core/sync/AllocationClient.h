#pragma once

#include "sync/ApiClient.h"

#include <QDate>
#include <QString>

// The joint allocation's online calls (docs/PROTOCOL.md "Allocation"): make a draft, list and read runs, confirm a
// draft into offers, discard it. They need the whole region's picture and must not be done offline, so they go
// straight to the server; the offers a confirmation writes reach the cache by the next pull like any other row.
class AllocationClient
{
public:
    explicit AllocationClient(ApiClient& api);

    // seed < 0: the server draws one (and returns it in the run).
    void draft(const QString& regionId, qint64 seed, ApiClient::Callback done);
    void runs(const QString& regionId, ApiClient::Callback done);
    void run(const QString& runId, ApiClient::Callback done);
    void confirm(const QString& runId, const QDate& respondBy, ApiClient::Callback done);
    void discard(const QString& runId, ApiClient::Callback done);

private:
    ApiClient& m_api;
};

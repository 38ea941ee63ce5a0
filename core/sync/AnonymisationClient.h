#pragma once

#include "sync/ApiClient.h"

#include <QDate>
#include <QString>

// Anonymisation's online calls (docs/PROTOCOL.md "Anonymisation"): read and save each region's retention, and
// count (dry run) or carry out a run. Only the server sees every family, so none of it works offline; the rows a run
// anonymises reach the cache by the next pull like any other change.
class AnonymisationClient
{
public:
    explicit AnonymisationClient(ApiClient& api);

    void retention(ApiClient::Callback done);
    void saveRetention(const QString& regionId, int familyYears, int messageYears, ApiClient::Callback done);
    // Families whose applications all closed before closedBefore, messages written before messagesBefore.
    void run(const QString& regionId, const QDate& closedBefore, const QDate& messagesBefore, bool dryRun,
             ApiClient::Callback done);

private:
    ApiClient& m_api;
};

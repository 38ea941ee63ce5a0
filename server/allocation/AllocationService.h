#pragma once

#include "auth/AuthContext.h"
#include "domain/allocation/RuleSet.h"
#include "http/ApiReply.h"
#include "storage/AllocationRunRecord.h"
#include "sync/PushService.h"

#include <QUrlQuery>
#include <optional>

class ServerStorage;

// The online allocation endpoints (docs/PROTOCOL.md "Rule sets", "Allocation"): the rule sets any account may read;
// drafts, the run list, one run, confirm and discard for the coordinator of the run's region or an admin (403 for
// everyone else). A draft writes only the run and its audit event; confirming is AllocationConfirmation's.
class AllocationService
{
public:
    AllocationService(ServerStorage& storage, PushService& push);
    void setCommitListener(PushService::CommitListener listener) { m_listener = std::move(listener); }

    ApiReply ruleSets() const;
    ApiReply create(const AuthContext& context, const QJsonObject& body);
    ApiReply list(const AuthContext& context, const QUrlQuery& query);
    ApiReply get(const AuthContext& context, const QString& id);
    ApiReply confirm(const AuthContext& context, const QString& id, const QJsonObject& body);
    ApiReply discard(const AuthContext& context, const QString& id);

    // The wire form of a run; `full` adds the assignments.
    static QJsonObject runJson(const AllocationRunRecord& run, bool full);
    // A seed from the body (a whole number from 0 to 2^53 - 1), or a fresh random one when absent.
    static bool readSeed(const QJsonValue& value, quint64* seed);

private:
    // 403 unless the caller coordinates `regionId` or is an admin.
    static std::optional<ApiReply> refusal(const AuthContext& context, const QString& regionId);
    // The run when it exists and the caller may act on it; else the 404 or 403 to answer.
    std::optional<AllocationRunRecord> runFor(const AuthContext& context, const QString& id, ApiReply* failure);
    const RuleSet* ruleSetFor(const QJsonObject& body, const QString& regionId, const QDate& asOf) const;

    ServerStorage& m_storage;
    PushService& m_push;
    PushService::CommitListener m_listener;
};

#pragma once

#include "auth/AuthContext.h"
#include "http/ApiReply.h"
#include "storage/AllocationRunRecord.h"
#include "sync/WriteHook.h"

#include <QDate>
#include <memory>
#include <vector>

class ServerStorage;
class WriteTransaction;

// Turns a draft into offers (docs/PROTOCOL.md "Allocation", confirm), in one transaction: first the stale check
// (every application and free place of the run still at the version the draft read, else 409 `stale` and nothing
// written), then one `sent` offer per matched application, each applied like a pushed insert (MutationApplier:
// the offer rules' checks, then the write hooks, so the application becomes `offered`, a full place `reserved` and
// the parent's `offer_made` mail is queued, exactly as for an offer made by hand), then the run `confirmed` and the
// audit events. An offer the rules refuse (a seat taken by hand meanwhile) makes the run stale as well. The reply
// also proposes the urgent applications left without a place for the emergency list.
class AllocationConfirmation
{
public:
    AllocationConfirmation(ServerStorage& storage, const AuthContext& context,
                           const std::vector<std::unique_ptr<WriteHook>>& hooks);

    // The reply to send; *written gets the rows the commit wrote (for the notify pokes).
    ApiReply confirm(const QString& runId, const QDate& respondBy, QVector<CommittedRow>* written);

    // The run's applications left without a place that have an urgent need (desired start within 8 weeks of the
    // run's day, or social reasons) and are not on the emergency list: proposed to the coordinator, not written.
    QJsonArray emergencyProposals(const AllocationRunRecord& run);

private:
    // Whether every "id:version" of basis[table] still holds.
    bool unchanged(const QString& table, const QString& regionId, const QJsonArray& basis);
    // Writes the offer of one assignment; false (with *why) when the offer rules refuse it.
    bool offer(const QJsonObject& assignment, const QString& runId, const QString& regionId, const QDate& respondBy,
               qint64 mid, WriteTransaction& tx, QVector<CommittedRow>* written, QString* why);

    ServerStorage& m_storage;
    const AuthContext& m_context;
    const std::vector<std::unique_ptr<WriteHook>>& m_hooks;
};

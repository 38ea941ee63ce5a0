#pragma once

#include "auth/AuthContext.h"
#include "protocol/SyncMessages.h"
#include "sync/WriteHook.h"
#include "sync/WritePolicy.h"

#include <memory>
#include <vector>

class ServerStorage;
class WriteTransaction;

// Applies one pushed mutation inside the caller's write transaction (docs/PROTOCOL.md): insert with
// server-set fields, per-field merging update, tombstoning delete. Returns the result to record; writes
// rows only for applied (or partly merged) outcomes, and lets the write hooks follow each inserted or updated row.
class MutationApplier
{
public:
    MutationApplier(ServerStorage& storage, const AuthContext& context,
                    const std::vector<std::unique_ptr<WriteHook>>& hooks);

    Protocol::MutationResult apply(const Protocol::Mutation& mutation, WriteTransaction& tx);
    // The rows the last apply() wrote (for a delete: as it was; for a region move also as it was before), for
    // commit notifications.
    const QVector<CommittedRow>& touched() const { return m_touched; }
    // The names of the fields the last apply() wrote (for the audit log; an insert: every field it filled).
    const QStringList& changedFields() const { return m_changedFields; }

private:
    Protocol::MutationResult applyInsert(const Protocol::Mutation& m, WriteTransaction& tx);
    Protocol::MutationResult applyUpdate(const Protocol::Mutation& m, WriteTransaction& tx);
    Protocol::MutationResult applyDelete(const Protocol::Mutation& m, WriteTransaction& tx);

    void setServerFields(const QString& table, QJsonObject& row) const;
    QString checkApplicationInsert(const QJsonObject& row) const;
    bool findDuplicate(const QString& table, const QJsonObject& row, Protocol::MutationResult* result);
    // Notes entries new in `after` are signed with the caller's account and the server's time.
    void signNotes(const QJsonObject& before, QJsonObject& after) const;
    void assignNumber(QJsonObject& row);
    std::optional<StoredRow> visibleRow(const QString& table, const QString& id);
    QString checkStatusChange(const QString& table, const QJsonObject& before, const QJsonObject& after) const;
    // A location published or unpublished in its region: the referrers' scope exit (or its withdrawal).
    void recordPublicationChange(const QString& table, const StoredRow& before, const QJsonObject& after, qint64 seq);
    void recordRegionMove(const QString& table, const StoredRow& before, const QJsonObject& after, qint64 seq);
    // Every hook after a written row (WriteHook); what they wrote joins the touched rows.
    void runHooks(const QString& table, const QJsonObject& before, const QJsonObject& after, qint64 seq);

    static Protocol::MutationResult result(qint64 mid, Protocol::MutationStatus status,
                                           const QString& reason = QString());

    ServerStorage& m_storage;
    const AuthContext& m_context;
    const std::vector<std::unique_ptr<WriteHook>>& m_hooks;
    WritePolicy m_policy;
    QVector<CommittedRow> m_touched;
    QStringList m_changedFields;
};

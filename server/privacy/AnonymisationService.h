#pragma once

#include "auth/AuthContext.h"
#include "http/ApiReply.h"
#include "privacy/AnonymisationPlan.h"
#include "privacy/RetentionService.h"
#include "sync/PushService.h"

#include <QDate>
#include <optional>

class ServerStorage;

// POST /api/v1/anonymisation/runs (docs/PROTOCOL.md "Anonymisation"), admin only: reads the body, works out each
// region's cut-offs (given, or today minus the region's retention), plans the run (AnonymisationPlan) and either
// only counts (a dry run: nothing written but its audit event) or writes every planned row in one transaction —
// version + 1 and a new seq, so the change feed carries the anonymised rows to every cache that holds them — with
// its audit events. After the commit it pokes the notify sockets, deletes the mail files of the anonymised
// messages (--mail-dir) and lets storage drop the old bytes (RetentionService holds the retention endpoints).
class AnonymisationService
{
public:
    explicit AnonymisationService(ServerStorage& storage);
    void setCommitListener(PushService::CommitListener listener) { m_listener = std::move(listener); }
    void setMailDir(const QString& mailDir) { m_mailDir = mailDir; }
    RetentionService& retention() { return m_retention; }

    ApiReply run(const AuthContext& context, const QJsonObject& body);

private:
    struct Request {
        QStringList regionIds;
        std::optional<QDate> closedBefore;
        std::optional<QDate> messagesBefore;
        bool dryRun = true;
    };
    std::optional<ApiReply> read(const QJsonObject& body, Request* request);
    static std::optional<ApiReply> readDate(const QJsonObject& body, const char* field, std::optional<QDate>* out);
    QVector<AnonymisationPlan::Cutoffs> cutoffs(const Request& request);
    // Writes the plan; returns the rows written for the notify pokes.
    QVector<CommittedRow> write(const AnonymisationPlan& plan, const AuthContext& context);
    void audit(const AuthContext& context, const AnonymisationPlan& plan,
               const QVector<AnonymisationPlan::Cutoffs>& cutoffs, bool dryRun);
    void afterCommit(const AnonymisationPlan& plan);
    static QJsonObject replyBody(const AnonymisationPlan& plan, const QVector<AnonymisationPlan::Cutoffs>& cutoffs,
                                 bool dryRun);

    ServerStorage& m_storage;
    RetentionService m_retention;
    PushService::CommitListener m_listener;
    QString m_mailDir;
};

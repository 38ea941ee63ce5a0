#pragma once

#include "storage/ServerStorage.h"

class SqlDatabase;

// Accounts, push clients, recorded mutation results and the audit log, in SQL both dialects run.
class SqlAccountStore
{
public:
    explicit SqlAccountStore(SqlDatabase& db);

    std::optional<Account> accountBy(const QString& column, const QString& value);
    void insertAccount(const Account& account, qint64 seq);
    void updateAccount(const Account& account, qint64 seq);

    std::optional<ClientRecord> client(const QString& clientId);
    void saveClient(const ClientRecord& client);
    std::optional<QJsonObject> recordedResult(const QString& clientId, qint64 mid);
    void recordResult(const QString& clientId, qint64 mid, const QJsonObject& result);

    void appendAudit(const AuditEvent& event);
    QVector<AuditRecord> auditOf(const QString& entity, const QString& entityId);

private:
    SqlDatabase& m_db;
};

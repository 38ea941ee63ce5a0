#pragma once

#include "storage/ServerStorage.h"

class SqlDatabase;

// Accounts with their sign-in state (account_security), push clients and recorded mutation results, in SQL both
// dialects run.
class SqlAccountStore
{
public:
    explicit SqlAccountStore(SqlDatabase& db);

    std::optional<Account> accountBy(const QString& column, const QString& value);
    void insertAccount(const Account& account, qint64 seq);
    void updateAccount(const Account& account, qint64 seq);
    QVector<Account> accounts();
    void setMustChangePassword(const QString& accountId, bool mustChange);
    void recordSignIn(const QString& accountId, const QString& at);

    std::optional<ClientRecord> client(const QString& clientId);
    void saveClient(const ClientRecord& client);
    std::optional<QJsonObject> recordedResult(const QString& clientId, qint64 mid);
    void recordResult(const QString& clientId, qint64 mid, const QJsonObject& result);

    // Schema step 9 of both ladders: the sign-in state of an account, apart from the synced accounts row so that a
    // sign-in takes no seq and the operator-edit triggers never see it.
    static void createSecurityTable(SqlDatabase& db);

private:
    SqlDatabase& m_db;
};

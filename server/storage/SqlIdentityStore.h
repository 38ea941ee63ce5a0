#pragma once

#include "storage/ExternalIdentity.h"

#include <optional>

class SqlDatabase;

// The SQL of sign-in with an identity provider, in SQL both dialects run: the external_identities table, one row
// per (provider, subject) and at most one subject per account and provider.
class SqlIdentityStore
{
public:
    explicit SqlIdentityStore(SqlDatabase& db);

    std::optional<ExternalIdentity> bySubject(const QString& providerId, const QString& subject);
    std::optional<ExternalIdentity> byAccount(const QString& providerId, const QString& accountId);
    void insert(const ExternalIdentity& identity);

    // Schema version 12 of both ladders.
    static void createTables(SqlDatabase& db);

private:
    std::optional<ExternalIdentity> readOne(const QString& where, const QString& providerId, const QString& value);

    SqlDatabase& m_db;
};

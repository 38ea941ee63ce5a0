#include "storage/SqlIdentityStore.h"

#include "storage/SqlDatabase.h"

SqlIdentityStore::SqlIdentityStore(SqlDatabase& db)
    : m_db(db)
{
}

void SqlIdentityStore::createTables(SqlDatabase& db)
{
    db.exec(QStringLiteral("CREATE TABLE external_identities (provider_id TEXT NOT NULL, subject TEXT NOT NULL, "
                           "account_id TEXT NOT NULL, linked_at TEXT NOT NULL, linked_by TEXT, method TEXT NOT NULL, "
                           "PRIMARY KEY (provider_id, subject), UNIQUE (provider_id, account_id))"));
}

std::optional<ExternalIdentity> SqlIdentityStore::readOne(const QString& where, const QString& providerId,
                                                          const QString& value)
{
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT provider_id, subject, account_id, linked_at, linked_by, method "
                                           "FROM external_identities WHERE provider_id = ? AND %1 = ?")
                                .arg(where),
                            {providerId, value});
    std::optional<ExternalIdentity> found;
    if (q.next())
        found = ExternalIdentity{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    q.finish();
    return found;
}

std::optional<ExternalIdentity> SqlIdentityStore::bySubject(const QString& providerId, const QString& subject)
{
    return readOne(QStringLiteral("subject"), providerId, subject);
}

std::optional<ExternalIdentity> SqlIdentityStore::byAccount(const QString& providerId, const QString& accountId)
{
    return readOne(QStringLiteral("account_id"), providerId, accountId);
}

void SqlIdentityStore::insert(const ExternalIdentity& identity)
{
    m_db.run(QStringLiteral("INSERT INTO external_identities (provider_id, subject, account_id, linked_at, linked_by, "
                            "method) VALUES (?, ?, ?, ?, ?, ?)"),
             {identity.providerId, identity.subject, identity.accountId, identity.linkedAt,
              identity.linkedBy.isEmpty() ? QVariant() : QVariant(identity.linkedBy), identity.method});
}

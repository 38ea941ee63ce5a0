#include "storage/SqlAccountStore.h"

#include "storage/SqlDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const char* kAccountColumns = "id, username, display_name, email, role, region_ids, organisation, active, "
                              "password_hash, version, updated_at, updated_by, must_change_password, "
                              "last_sign_in_at";
const char* kAccountsJoined = "accounts LEFT JOIN account_security ON account_security.account_id = accounts.id";

QString regionJson(const QStringList& ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

Account readAccount(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toString();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.email = q.value(3).toString();
    a.role = q.value(4).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        a.regionIds.append(v.toString());
    a.organisation = q.value(6).toString();
    a.active = q.value(7).toInt() != 0;
    a.passwordHash = q.value(8).toString();
    a.version = q.value(9).toLongLong();
    a.updatedAt = q.value(10).toString();
    a.updatedBy = q.value(11).toString();
    a.mustChangePassword = q.value(12).toInt() != 0;
    a.lastSignInAt = q.value(13).toString();
    return a;
}

QVariantList accountValues(const Account& a, qint64 seq)
{
    return {a.username,
            a.displayName,
            a.email,
            a.role,
            regionJson(a.regionIds),
            a.organisation,
            a.active ? 1 : 0,
            a.passwordHash,
            a.version,
            a.updatedAt,
            a.updatedBy.isEmpty() ? QVariant() : QVariant(a.updatedBy),
            a.primaryRegion(),
            seq,
            a.id};
}

} // namespace

SqlAccountStore::SqlAccountStore(SqlDatabase& db)
    : m_db(db)
{
}

std::optional<Account> SqlAccountStore::accountBy(const QString& column, const QString& value)
{
    const QString condition =
        column == QLatin1String("username") ? m_db.dialect().usernameEquals() : column + QLatin1String(" = ?");
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                .arg(QLatin1String(kAccountColumns), QLatin1String(kAccountsJoined), condition),
                            {value});
    std::optional<Account> account;
    if (q.next())
        account = readAccount(q);
    q.finish();
    return account;
}

void SqlAccountStore::insertAccount(const Account& account, qint64 seq)
{
    m_db.run(QStringLiteral("INSERT INTO accounts (username, display_name, email, role, region_ids, organisation, "
                            "active, password_hash, version, updated_at, updated_by, region_id, seq, id) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             accountValues(account, seq));
}

void SqlAccountStore::updateAccount(const Account& account, qint64 seq)
{
    m_db.run(QStringLiteral("UPDATE accounts SET username = ?, display_name = ?, email = ?, role = ?, region_ids = ?, "
                            "organisation = ?, active = ?, password_hash = ?, version = ?, updated_at = ?, "
                            "updated_by = ?, region_id = ?, seq = ? WHERE id = ?"),
             accountValues(account, seq));
}

QVector<Account> SqlAccountStore::accounts()
{
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT %1 FROM %2 ORDER BY lower(username)")
                                .arg(QLatin1String(kAccountColumns), QLatin1String(kAccountsJoined)));
    QVector<Account> all;
    while (q.next())
        all.append(readAccount(q));
    q.finish();
    return all;
}

void SqlAccountStore::setMustChangePassword(const QString& accountId, bool mustChange)
{
    m_db.run(QStringLiteral("INSERT INTO account_security (account_id, must_change_password) VALUES (?, ?) "
                            "ON CONFLICT(account_id) DO UPDATE SET must_change_password = "
                            "excluded.must_change_password"),
             {accountId, mustChange ? 1 : 0});
}

void SqlAccountStore::recordSignIn(const QString& accountId, const QString& at)
{
    m_db.run(QStringLiteral("INSERT INTO account_security (account_id, must_change_password, last_sign_in_at) "
                            "VALUES (?, 0, ?) ON CONFLICT(account_id) DO UPDATE SET last_sign_in_at = "
                            "excluded.last_sign_in_at"),
             {accountId, at});
}

void SqlAccountStore::createSecurityTable(SqlDatabase& db)
{
    db.exec(QStringLiteral("CREATE TABLE account_security (account_id TEXT PRIMARY KEY, must_change_password "
                           "INTEGER NOT NULL DEFAULT 0, last_sign_in_at TEXT)"));
}

std::optional<ClientRecord> SqlAccountStore::client(const QString& clientId)
{
    QSqlQuery& q =
        m_db.run(QStringLiteral("SELECT account_id, last_mutation_id FROM clients WHERE client_id = ?"), {clientId});
    std::optional<ClientRecord> record;
    if (q.next())
        record = ClientRecord{clientId, q.value(0).toString(), q.value(1).toLongLong()};
    q.finish();
    return record;
}

void SqlAccountStore::saveClient(const ClientRecord& c)
{
    m_db.run(QStringLiteral("INSERT INTO clients (client_id, account_id, last_mutation_id) VALUES (?, ?, ?) "
                            "ON CONFLICT(client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id"),
             {c.clientId, c.accountId, c.lastMutationId});
}

std::optional<QJsonObject> SqlAccountStore::recordedResult(const QString& clientId, qint64 mid)
{
    QSqlQuery& q = m_db.run(QStringLiteral("SELECT result FROM client_mutations WHERE client_id = ? AND mid = ?"),
                            {clientId, mid});
    std::optional<QJsonObject> result;
    if (q.next())
        result = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    return result;
}

void SqlAccountStore::recordResult(const QString& clientId, qint64 mid, const QJsonObject& result)
{
    m_db.run(QStringLiteral("INSERT INTO client_mutations (client_id, mid, result) VALUES (?, ?, ?)"),
             {clientId, mid, QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))});
}

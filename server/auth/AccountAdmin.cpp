#include "auth/AccountAdmin.h"

#include "auth/PasswordHasher.h"
#include "domain/RegionCatalog.h"
#include "domain/Uuid.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"
#include "sync/RowValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
QString regionJson(const QStringList& ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}
} // namespace

AccountAdmin::AccountAdmin(ServerStorage& storage)
    : m_storage(storage)
{
}

bool AccountAdmin::check(const Account& account, QString* error) const
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!namePattern.match(account.username).hasMatch()) {
        *error = QStringLiteral("user names are 2-64 letters, digits, dots, dashes or underscores");
        return false;
    }
    if (!Account::isRole(account.role)) {
        *error = QStringLiteral("role must be one of: %1").arg(Account::roles().join(QLatin1String(", ")));
        return false;
    }
    if (!checkRegions(account.regionIds, account.role, error))
        return false;
    if (m_storage.accountByUsername(account.username)) {
        *error = QStringLiteral("the user name is already taken");
        return false;
    }
    return true;
}

bool AccountAdmin::checkRegions(const QStringList& regionIds, const QString& role, QString* error)
{
    if (regionIds.isEmpty() && role != QLatin1String("admin")) {
        *error = QStringLiteral("give at least one region (antwerpen, mechelen, turnhout)");
        return false;
    }
    for (const QString& region : regionIds) {
        if (!RegionCatalog::isRegionId(region)) {
            *error = QStringLiteral("unknown region \"%1\"").arg(region);
            return false;
        }
    }
    return true;
}

QString AccountAdmin::create(const Account& account, const QString& password, QString* error)
{
    if (password.size() < 4) {
        *error = QStringLiteral("the password must have at least 4 characters");
        return QString();
    }
    if (!check(account, error))
        return QString();
    return createWithHash(account, PasswordHasher::hash(password), error);
}

QString AccountAdmin::createWithHash(Account account, const QString& passwordHash, QString* error)
{
    if (!check(account, error))
        return QString();
    if (account.id.isEmpty())
        account.id = Uuid::v7();
    if (account.role == QLatin1String("admin") && account.regionIds.isEmpty()) {
        for (const Region& r : RegionCatalog::regions())
            account.regionIds.append(r.id);
    }
    if (account.displayName.isEmpty())
        account.displayName = account.username;
    account.passwordHash = passwordHash;
    account.version = 1;
    account.updatedAt = RowValues::nowIso();
    WriteTransaction tx(m_storage);
    m_storage.insertAccount(account, tx.seq());
    m_storage.appendAudit({QString(), QStringLiteral("account.create"), QStringLiteral("accounts"), account.id,
                           QStringLiteral("role %1").arg(account.role)});
    tx.commit();
    return account.id;
}

bool AccountAdmin::setPassword(const QString& username, const QString& password, QString* error)
{
    std::optional<Account> account = m_storage.accountByUsername(username);
    if (!account) {
        *error = QStringLiteral("no such account");
        return false;
    }
    if (password.size() < 4) {
        *error = QStringLiteral("the password must have at least 4 characters");
        return false;
    }
    account->passwordHash = PasswordHasher::hash(password);
    WriteTransaction tx(m_storage);
    m_storage.updateAccount(*account, tx.seq());
    // Whoever knew the old password may hold a session: every one ends with it (docs/PROTOCOL.md "Sessions").
    // A running server closes their notify sockets at its next sweep (NotifyHub).
    const int revoked = m_storage.revokeSessionsOf(account->id);
    m_storage.appendAudit({QString(), QStringLiteral("account.passwd"), QStringLiteral("accounts"), account->id,
                           QStringLiteral("%1 session(s) revoked").arg(revoked)});
    tx.commit();
    return true;
}

bool AccountAdmin::setActive(const QString& username, bool active, QString* error)
{
    std::optional<Account> account = m_storage.accountByUsername(username);
    if (!account) {
        *error = QStringLiteral("no such account");
        return false;
    }
    account->active = active;
    account->version += 1;
    account->updatedAt = RowValues::nowIso();
    account->updatedBy.clear();
    WriteTransaction tx(m_storage);
    m_storage.updateAccount(*account, tx.seq());
    m_storage.appendAudit({QString(), active ? QStringLiteral("account.enable") : QStringLiteral("account.disable"),
                           QStringLiteral("accounts"), account->id, QString()});
    tx.commit();
    return true;
}

bool AccountAdmin::setRegions(const QString& username, const QStringList& regionIds, QString* error)
{
    std::optional<Account> account = m_storage.accountByUsername(username);
    if (!account) {
        *error = QStringLiteral("no such account");
        return false;
    }
    QStringList regions = regionIds;
    regions.removeDuplicates();
    if (regions.isEmpty() && account->role == QLatin1String("admin")) {
        *error = QStringLiteral("give at least one region");
        return false;
    }
    if (!checkRegions(regions, account->role, error))
        return false;
    const QString before = regionJson(account->regionIds);
    account->regionIds = regions;
    account->version += 1;
    account->updatedAt = RowValues::nowIso();
    account->updatedBy.clear();
    WriteTransaction tx(m_storage);
    m_storage.updateAccount(*account, tx.seq());
    // Accounts that saw this one only through a region it left must drop it from their pickers.
    m_storage.recordScopeExit(
        {QStringLiteral("accounts"), account->id, before, QString(), account->version, tx.seq(), regionJson(regions)});
    m_storage.appendAudit({QString(), QStringLiteral("account.regions"), QStringLiteral("accounts"), account->id,
                           QStringLiteral("%1 region(s)").arg(regions.size())});
    tx.commit();
    return true;
}

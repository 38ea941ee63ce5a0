#include "auth/AccountAdmin.h"

#include "auth/AccountPolicy.h"
#include "auth/PasswordHasher.h"
#include "domain/AccountRules.h"
#include "domain/RegionCatalog.h"
#include "domain/Uuid.h"
#include "storage/ServerStorage.h"
#include "storage/WriteTransaction.h"
#include "sync/RowValues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString regionJson(const QStringList& ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

bool isActiveAdmin(const Account& account)
{
    return account.active && account.role == QLatin1String("admin");
}

AccountOutcome invalid(const QString& message)
{
    return AccountOutcome::failure(422, QStringLiteral("invalid"), message);
}

QStringList allRegions()
{
    QStringList ids;
    for (const Region& r : RegionCatalog::regions())
        ids.append(r.id);
    return ids;
}

} // namespace

AccountAdmin::AccountAdmin(ServerStorage& storage)
    : m_storage(storage)
{
}

QString AccountAdmin::invalidField(const Account& account)
{
    if (!AccountRules::isUserName(account.username))
        return QStringLiteral("username: 2-64 letters, digits, dots, dashes or underscores");
    if (!Account::isRole(account.role))
        return QStringLiteral("role: must be one of %1").arg(Account::roles().join(QLatin1String(", ")));
    if (account.regionIds.isEmpty() && account.role != QLatin1String("admin"))
        return QStringLiteral("region_ids: give at least one region (antwerpen, mechelen, turnhout)");
    for (const QString& region : account.regionIds) {
        if (!RegionCatalog::isRegionId(region))
            return QStringLiteral("region_ids: unknown region \"%1\"").arg(region);
    }
    if (account.displayName.size() > AccountRules::kMaxTextLength)
        return QStringLiteral("display_name: at most 200 characters");
    if (account.organisation.size() > AccountRules::kMaxTextLength)
        return QStringLiteral("organisation: at most 200 characters");
    if (!account.email.isEmpty() && !AccountRules::isEmail(account.email))
        return QStringLiteral("email: not an e-mail address");
    return QString();
}

void AccountAdmin::audit(const Account* actor, const QString& action, const Account& account, const QString& summary,
                         const QStringList& fields)
{
    AuditEvent event{actor ? actor->id : QString(), action, QStringLiteral("accounts"), account.id, summary, fields};
    event.version = account.version;
    event.regionId = AccountPolicy::auditRegion(account);
    m_storage.appendAudit(event);
}

std::optional<Account> AccountAdmin::target(const Account* actor, const QString& accountId, AccountOutcome* failure)
{
    if (!AccountPolicy::mayAdminister(actor)) {
        *failure = AccountOutcome::failure(403, QStringLiteral("forbidden"),
                                           QStringLiteral("Only an administrator or a coordinator manages accounts."));
        return std::nullopt;
    }
    std::optional<Account> account = m_storage.accountById(accountId);
    if (!account) {
        *failure = AccountOutcome::failure(404, QStringLiteral("not_found"), QStringLiteral("No such account."));
        return std::nullopt;
    }
    if (!AccountPolicy::mayManage(actor, *account)) {
        *failure = AccountOutcome::failure(403, QStringLiteral("forbidden"),
                                           QStringLiteral("This account is not one you manage."));
        return std::nullopt;
    }
    return account;
}

bool AccountAdmin::isLastAdminLeaving(const Account& before, const Account& after)
{
    if (!isActiveAdmin(before) || isActiveAdmin(after))
        return false;
    for (const Account& other : m_storage.accounts()) {
        if (other.id != before.id && isActiveAdmin(other))
            return false;
    }
    return true;
}

QVector<Account> AccountAdmin::list(const Account* actor)
{
    QVector<Account> visible;
    if (!AccountPolicy::mayAdminister(actor))
        return visible;
    for (const Account& account : m_storage.accounts()) {
        if (AccountPolicy::mayManage(actor, account))
            visible.append(account);
    }
    return visible;
}

AccountOutcome AccountAdmin::create(const Account* actor, Account account, const QString& password,
                                    const QString& passwordHash, bool byMail)
{
    if (!AccountPolicy::mayAdminister(actor))
        return AccountOutcome::failure(403, QStringLiteral("forbidden"),
                                       QStringLiteral("Only an administrator or a coordinator manages accounts."));
    account.regionIds.removeDuplicates();
    if (account.role == QLatin1String("admin") && account.regionIds.isEmpty())
        account.regionIds = allRegions();
    if (account.displayName.isEmpty())
        account.displayName = account.username;
    if (const QString problem = invalidField(account); !problem.isEmpty())
        return invalid(problem);
    if (const QString refusal = AccountPolicy::refusalToGrant(actor, account.role, account.regionIds);
        !refusal.isEmpty())
        return AccountOutcome::failure(403, QStringLiteral("forbidden"), refusal);
    AccountOutcome outcome;
    if (!passwordHash.isEmpty()) {
        account.passwordHash = passwordHash;
    } else if (!password.isEmpty()) {
        account.passwordHash = PasswordHasher::hash(password);
    } else {
        outcome.oneTimePassword = AccountPolicy::oneTimePassword();
        account.passwordHash = PasswordHasher::hash(outcome.oneTimePassword);
        account.mustChangePassword = true;
    }
    account.id = account.id.isEmpty() ? Uuid::v7() : account.id;
    account.active = true;
    account.version = 1;
    account.updatedAt = RowValues::nowIso();
    account.updatedBy = actor ? actor->id : QString();
    WriteTransaction tx(m_storage);
    if (m_storage.accountByUsername(account.username)) // under the writer lock: no second one can slip in
        return AccountOutcome::failure(409, QStringLiteral("username_taken"),
                                       QStringLiteral("username: this user name is taken already"));
    outcome.seq = tx.seq();
    m_storage.insertAccount(account, outcome.seq);
    if (account.mustChangePassword)
        m_storage.setMustChangePassword(account.id, true);
    audit(actor, QStringLiteral("account.create"), account,
          QStringLiteral("role %1, %2 region(s)%3")
              .arg(account.role)
              .arg(account.regionIds.size())
              .arg(account.mustChangePassword ? (byMail ? QStringLiteral(", one-time password sent by mail")
                                                        : QStringLiteral(", one-time password"))
                                              : QString()));
    tx.commit();
    outcome.status = 201;
    outcome.account = account;
    return outcome;
}

AccountOutcome AccountAdmin::update(const Account* actor, const QString& accountId, const AccountChange& change)
{
    AccountOutcome failure;
    WriteTransaction tx(m_storage); // the last-admin count and the write see the same accounts
    const std::optional<Account> before = target(actor, accountId, &failure);
    if (!before)
        return failure;
    Account after = *before;
    after.displayName = change.displayName.value_or(after.displayName);
    after.email = change.email.value_or(after.email);
    after.role = change.role.value_or(after.role);
    after.organisation = change.organisation.value_or(after.organisation);
    after.active = change.active.value_or(after.active);
    if (change.regionIds) {
        after.regionIds = *change.regionIds;
        after.regionIds.removeDuplicates();
    }
    if (after.role == QLatin1String("admin") && after.regionIds.isEmpty())
        after.regionIds = allRegions();
    if (after.displayName.isEmpty())
        after.displayName = after.username;
    if (const QString problem = invalidField(after); !problem.isEmpty())
        return invalid(problem);
    if (const QString refusal = AccountPolicy::refusalToGrant(actor, after.role, after.regionIds); !refusal.isEmpty())
        return AccountOutcome::failure(403, QStringLiteral("forbidden"), refusal);
    if (isLastAdminLeaving(*before, after))
        return AccountOutcome::failure(409, QStringLiteral("last_admin"),
                                       QStringLiteral("This is the last active administrator: make another one "
                                                      "first."));
    QStringList fields;
    const auto note = [&fields](bool changed, const char* name) {
        if (changed)
            fields.append(QLatin1String(name));
    };
    note(after.displayName != before->displayName, "display_name");
    note(after.email != before->email, "email");
    note(after.role != before->role, "role");
    note(after.regionIds != before->regionIds, "region_ids");
    note(after.organisation != before->organisation, "organisation");
    note(after.active != before->active, "active");
    AccountOutcome outcome;
    outcome.account = *before;
    if (fields.isEmpty())
        return outcome; // nothing changes: no write, no event
    after.version += 1;
    after.updatedAt = RowValues::nowIso();
    after.updatedBy = actor ? actor->id : QString();
    outcome.seq = tx.seq();
    m_storage.updateAccount(after, outcome.seq);
    if (after.regionIds != before->regionIds) {
        // Accounts that saw this one only through a region it left must drop it from their pickers.
        m_storage.recordScopeExit({QStringLiteral("accounts"), after.id, regionJson(before->regionIds), QString(),
                                   after.version, outcome.seq, regionJson(after.regionIds)});
    }
    QString action = QStringLiteral("account.update");
    if (fields == QStringList{QStringLiteral("active")})
        action = after.active ? QStringLiteral("account.enable") : QStringLiteral("account.disable");
    QString summary = QStringLiteral("changed: %1").arg(fields.join(QLatin1String(", ")));
    if (after.role != before->role)
        summary += QStringLiteral("; role %1 -> %2").arg(before->role, after.role);
    if (after.regionIds != before->regionIds)
        summary += QStringLiteral("; %1 region(s)").arg(after.regionIds.size());
    if (after.active != before->active)
        summary += after.active ? QStringLiteral("; enabled") : QStringLiteral("; disabled");
    audit(actor, action, after, summary, fields);
    tx.commit();
    outcome.account = after;
    return outcome;
}

AccountOutcome AccountAdmin::resetPassword(const Account* actor, const QString& accountId, bool byMail)
{
    AccountOutcome failure;
    std::optional<Account> account = target(actor, accountId, &failure);
    if (!account)
        return failure;
    AccountOutcome outcome;
    outcome.oneTimePassword = AccountPolicy::oneTimePassword();
    account->passwordHash = PasswordHasher::hash(outcome.oneTimePassword);
    account->mustChangePassword = true;
    WriteTransaction tx(m_storage);
    outcome.seq = tx.seq();
    m_storage.updateAccount(*account, outcome.seq);
    m_storage.setMustChangePassword(account->id, true);
    // Whoever knew the old password may hold a session: every one ends with it (docs/PROTOCOL.md "Sessions").
    outcome.revokedSessions = m_storage.revokeSessionsOf(account->id);
    audit(actor, QStringLiteral("account.reset_password"), *account,
          QStringLiteral("one-time password%1; %2 session(s) revoked")
              .arg(byMail ? QStringLiteral(" sent by mail") : QString())
              .arg(outcome.revokedSessions));
    tx.commit();
    outcome.account = *account;
    return outcome;
}

void AccountAdmin::recordPasswordMailFailure(const Account* actor, const Account& account)
{
    WriteTransaction tx(m_storage);
    audit(actor, QStringLiteral("account.password_mail_failed"), account,
          QStringLiteral("the one-time password could not be mailed; it was shown instead"));
    tx.commit();
}

AccountOutcome AccountAdmin::signOut(const Account* actor, const QString& accountId)
{
    AccountOutcome failure;
    const std::optional<Account> account = target(actor, accountId, &failure);
    if (!account)
        return failure;
    AccountOutcome outcome;
    WriteTransaction tx(m_storage);
    outcome.revokedSessions = m_storage.revokeSessionsOf(account->id);
    audit(actor, QStringLiteral("account.sign_out"), *account,
          QStringLiteral("%1 session(s) revoked").arg(outcome.revokedSessions));
    tx.commit();
    outcome.account = *account;
    return outcome;
}

AccountOutcome AccountAdmin::changeOwnPassword(const Account& self, const QString& sessionId,
                                               const QString& newPassword)
{
    if (const QString problem = AccountPolicy::refusalOfNewPassword(newPassword, self.username); !problem.isEmpty())
        return invalid(problem);
    Account account = self;
    account.passwordHash = PasswordHasher::hash(newPassword);
    account.mustChangePassword = false;
    AccountOutcome outcome;
    WriteTransaction tx(m_storage);
    outcome.seq = tx.seq();
    m_storage.updateAccount(account, outcome.seq);
    m_storage.setMustChangePassword(account.id, false);
    outcome.revokedSessions = m_storage.revokeSessionsOf(account.id, sessionId);
    AuditEvent event{account.id, QStringLiteral("auth.password_change"), QStringLiteral("accounts"), account.id,
                     QStringLiteral("%1 other session(s) revoked").arg(outcome.revokedSessions)};
    event.regionId = AccountPolicy::auditRegion(account);
    m_storage.appendAudit(event);
    tx.commit();
    outcome.account = account;
    return outcome;
}

QString AccountAdmin::create(const Account& account, const QString& password, QString* error)
{
    if (password.size() < 4) {
        *error = QStringLiteral("the password must have at least 4 characters");
        return QString();
    }
    const AccountOutcome outcome = create(nullptr, account, password);
    if (!outcome.ok())
        *error = outcome.message;
    return outcome.ok() ? outcome.account.id : QString();
}

QString AccountAdmin::createWithHash(const Account& account, const QString& passwordHash, QString* error)
{
    const AccountOutcome outcome = create(nullptr, account, QString(), passwordHash);
    if (!outcome.ok())
        *error = outcome.message;
    return outcome.ok() ? outcome.account.id : QString();
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
    m_storage.setMustChangePassword(account->id, false);
    // Whoever knew the old password may hold a session: every one ends with it (docs/PROTOCOL.md "Sessions").
    // A running server closes their notify sockets at its next sweep (NotifyHub).
    const int revoked = m_storage.revokeSessionsOf(account->id);
    audit(nullptr, QStringLiteral("account.passwd"), *account, QStringLiteral("%1 session(s) revoked").arg(revoked));
    tx.commit();
    return true;
}

bool AccountAdmin::byName(const QString& username, const AccountChange& change, QString* error)
{
    const std::optional<Account> account = m_storage.accountByUsername(username);
    if (!account) {
        *error = QStringLiteral("no such account");
        return false;
    }
    const AccountOutcome outcome = update(nullptr, account->id, change);
    if (!outcome.ok())
        *error = outcome.message;
    return outcome.ok();
}

bool AccountAdmin::setActive(const QString& username, bool active, QString* error)
{
    AccountChange change;
    change.active = active;
    return byName(username, change, error);
}

bool AccountAdmin::setRole(const QString& username, const QString& role, QString* error)
{
    AccountChange change;
    change.role = role;
    return byName(username, change, error);
}

bool AccountAdmin::setRegions(const QString& username, const QStringList& regionIds, QString* error)
{
    if (regionIds.isEmpty()) {
        *error = QStringLiteral("give at least one region");
        return false;
    }
    AccountChange change;
    change.regionIds = regionIds;
    return byName(username, change, error);
}

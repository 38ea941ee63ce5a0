#pragma once

#include "auth/Account.h"
#include "auth/AccountChange.h"
#include "auth/AccountOutcome.h"

#include <QString>
#include <QStringList>
#include <QVector>

class ServerStorage;

// The one implementation of every account action (docs/PROTOCOL.md "Accounts"): the `account` subcommands, the
// HTTP endpoints (AccountService), tests and demo data all come here. Each action takes the acting account (null:
// the operator), checks AccountPolicy and the account rules (unique user name, the last active admin stays), and
// is one write transaction with its audit event; a change of the synced account row takes a seq. The by-name
// methods at the end are the operator's.
class AccountAdmin
{
public:
    explicit AccountAdmin(ServerStorage& storage);

    // The accounts `actor` may manage, by user name.
    QVector<Account> list(const Account* actor);
    // A new account. With an empty password and hash the server makes a one-time password (returned once, to be
    // changed at the first sign-in); passwordHash is a precomputed Argon2id hash (demo seeding hashes once).
    // byMail: the one-time password goes to the account's address (said in the audit summary, never the password).
    AccountOutcome create(const Account* actor, Account account, const QString& password,
                          const QString& passwordHash = QString(), bool byMail = false);
    AccountOutcome update(const Account* actor, const QString& accountId, const AccountChange& change);
    // A one-time password in place of the old one; every session of the account ends.
    AccountOutcome resetPassword(const Account* actor, const QString& accountId, bool byMail = false);
    // The mail of a one-time password could not be handed over (it was shown in the answer instead): audited.
    void recordPasswordMailFailure(const Account* actor, const Account& account);
    // Ends every session of the account.
    AccountOutcome signOut(const Account* actor, const QString& accountId);
    // The signed-in person's own new password (checked against AccountPolicy); its other sessions end, the
    // one it came with stays.
    AccountOutcome changeOwnPassword(const Account& self, const QString& sessionId, const QString& newPassword);

    // Operator subcommands, by user name; false with *error on refusal.
    QString create(const Account& account, const QString& password, QString* error);
    QString createWithHash(const Account& account, const QString& passwordHash, QString* error);
    // Sets a new password (at least 4 characters: the operator's choice) and revokes every session.
    bool setPassword(const QString& username, const QString& password, QString* error);
    bool setActive(const QString& username, bool active, QString* error);
    bool setRole(const QString& username, const QString& role, QString* error);
    // Replaces the account's regions. Its scope changes, so its next pull with an old cursor is 410 and its
    // pushes are judged by the new regions; accounts that saw it only through an old region get a delete.
    bool setRegions(const QString& username, const QStringList& regionIds, QString* error);

private:
    // The account when it exists and `actor` may manage it; else the 404 or 403.
    std::optional<Account> target(const Account* actor, const QString& accountId, AccountOutcome* failure);
    // 422 for a bad field of a new or changed account (user name, role, regions, e-mail, lengths).
    static QString invalidField(const Account& account);
    // 409 last_admin when `before` is the last active admin and `after` is not an active admin any more.
    bool isLastAdminLeaving(const Account& before, const Account& after);
    bool byName(const QString& username, const AccountChange& change, QString* error);
    void audit(const Account* actor, const QString& action, const Account& account, const QString& summary,
               const QStringList& fields = {});

    ServerStorage& m_storage;
};

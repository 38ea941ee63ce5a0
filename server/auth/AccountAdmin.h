#pragma once

#include "auth/Account.h"

#include <QString>
#include <QStringList>

class ServerStorage;

// Operator actions on accounts (the `account` subcommands, tests, demo data). Each action is one write
// transaction that takes a seq (accounts are synced) and appends an audit event.
class AccountAdmin
{
public:
    explicit AccountAdmin(ServerStorage& storage);

    // Checks role, regions and user name; returns the new account id or an empty string with *error set.
    QString create(const Account& account, const QString& password, QString* error);
    // Same, with a precomputed Argon2id hash (demo seeding hashes "demo" once).
    QString createWithHash(Account account, const QString& passwordHash, QString* error);
    // Sets a new password and revokes every session of the account.
    bool setPassword(const QString& username, const QString& password, QString* error);
    bool setActive(const QString& username, bool active, QString* error);
    // Replaces the account's regions. Its scope changes, so its next pull with an old cursor is 410 and its
    // pushes are judged by the new regions; accounts that saw it only through an old region get a delete.
    bool setRegions(const QString& username, const QStringList& regionIds, QString* error);

private:
    bool check(const Account& account, QString* error) const;
    static bool checkRegions(const QStringList& regionIds, const QString& role, QString* error);

    ServerStorage& m_storage;
};

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class ClientProfile;

// "Sign out and remove my data from this PC": everything this client keeps of one account on one server — the
// cache file with its WAL and shared-memory files, copies of it set aside as damaged, and the application being
// filed in the wizard. The session must be closed first (the cache file open elsewhere cannot go). Other accounts'
// files and the profile's settings stay.
class AccountDataRemoval
{
    Q_DECLARE_TR_FUNCTIONS(AccountDataRemoval)

public:
    // False with *error (in the person's words) when a file could not be removed; what could go is gone.
    static bool remove(const ClientProfile& profile, const QUrl& server, const QString& username, int* files,
                       QString* error);
};

#pragma once

#include <QDate>
#include <QString>
#include <QTextStream>
#include <QUrl>

class ClientProfile;
class ClientSession;

// The commands of opvangloket-cli. Exit codes: 0 success, 1 usage, 2 sign-in refused, 3 server
// unreachable or failing, 4 cache problem, 5 cache differs from the server (check).
class CliCommands
{
public:
    enum Exit { Ok = 0, Usage = 1, AuthFailed = 2, ServerFailed = 3, CacheFailed = 4, Mismatch = 5 };

    struct Options {
        QUrl server;
        QString profileDir;
        QString user;
        bool passwordStdin = false;
        int keepAckedDays = -1; // --keep-acked-days; -1: the profile's setting
        // report
        QDate from, to;   // both included
        QString regionId; // empty: every region of the account
        QString format;   // csv
        QString outPath;
        bool offline = false; // from the cache as it is, without syncing first
    };

    explicit CliCommands(const Options& options);
    ~CliCommands();

    int login();
    int sync();
    int status();
    int check();
    int report();

private:
    // Signs in with --password-stdin, or resumes with the keychain's refresh token.
    int connect();
    QString readPassword(bool prompt);

    Options m_options;
    ClientProfile* m_profile = nullptr;
    ClientSession* m_session = nullptr;
    QTextStream m_out;
    QTextStream m_err;
};

#pragma once

#include "service/ServerOptions.h"

#include <QCommandLineParser>
#include <QStringList>
#include <functional>
#include <memory>

class ServerStorage;

// The command line of opvangloket-server: options, the `account`, `migrate`, `backup` and `epoch` subcommands,
// and their exit codes (0 ok, 1 failure while running, 2 usage error or unsupported configuration).
class AccountAdmin;

class ServerCli
{
public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

    ServerCli();
    // Parses the arguments (handles --help and --version); false with *error on bad usage.
    bool parse(const QStringList& arguments, QString* error);
    const ServerOptions& options() const { return m_options; }
    QStringList command() const { return m_parser.positionalArguments(); }
    QString value(const QString& name) const { return m_parser.value(name); }

    int runMigrate();
    int runAccount();
    int runBackup();
    int runEpoch();

private:
    void addOptions();
    bool parseListen(const QString& text, QString* error);
    // --config FILE: parses again with the file's options ahead of the command line's.
    bool readConfigFile(const QStringList& arguments, QString* error);
    int openStorageFailure(const QString& error, bool unsupported) const;
    // The storage of --data/--database, migrated; null with *exitCode set (and the reason printed) on failure.
    std::unique_ptr<ServerStorage> openStorage(int* exitCode) const;
    // Opens the storage, makes one account change and says what happened (the same for every account subcommand).
    int runOnAccounts(const QString& action, const std::function<bool(AccountAdmin&, QString*)>& change,
                      const QString& done);
    int runSetRegions(const QStringList& args);
    int runSetRole(const QStringList& args);
    // account link-identity USER --provider ID --subject SUB (the provider from --oidc-config).
    int runLinkIdentity(const QStringList& args);
    static QString readPasswordFromStdin();

    QCommandLineParser m_parser;
    ServerOptions m_options;
};

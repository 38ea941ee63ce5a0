#include "ServerCli.h"
#include "ServerConfigFile.h"

#include "auth/AccountAdmin.h"
#include "auth/IdentityLinks.h"
#include "auth/OidcProviderConfig.h"
#include "storage/ServerStorage.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresStorage.h"

#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

namespace {
QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}
} // namespace

ServerCli::ServerCli()
{
    addOptions();
}

void ServerCli::addOptions()
{
    m_parser.setApplicationDescription(QStringLiteral(
        "Opvangloket central sync server.\n\nCommands:\n  (none)                 serve the API\n"
        "  migrate                migrate the database and exit\n"
        "  account create --username U --role R --regions a,b [--display-name N] [--email E]  (password on "
        "stdin)\n"
        "  account passwd --username U   (password on stdin; ends every session of the account)\n"
        "  account disable --username U   (its tokens answer 403 at once; not the last active admin)\n"
        "  account enable --username U\n"
        "  account set-role USER ROLE     (admin|coordinator|counter|referrer; not the last active admin)\n"
        "  account set-regions USER REGION[,REGION...]   (the account's devices resync)\n"
        "  account link-identity USER --provider ID --subject SUB   (with --oidc-config: sign-in with that "
        "provider)\n"
        "  backup FILE            SQLite: consistent copy of the live database (PostgreSQL: use pg_dump)\n"
        "  epoch rotate           new epoch after restoring data: every client resyncs"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1:8787; port 0 = any)."),
         QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8787")},
        {QStringLiteral("data"), QStringLiteral("Data directory (default: the app data folder)."),
         QStringLiteral("DIR")},
        {QStringLiteral("database"),
         QStringLiteral("Database URL: sqlite:PATH (default <data>/opvangloket.sqlite) or "
                        "postgresql://USER:PASSWORD@HOST:PORT/DB."),
         QStringLiteral("URL")},
        {QStringLiteral("demo"), QStringLiteral("Seed the demo data set when the database is empty.")},
        {QStringLiteral("demo-scale"), QStringLiteral("Seed N applications (benchmarks) instead of the demo set."),
         QStringLiteral("N")},
        {QStringLiteral("tombstone-days"), QStringLiteral("Keep deletes this many days (default 90)."),
         QStringLiteral("N"), QStringLiteral("90")},
        {QStringLiteral("smtp-url"),
         QStringLiteral("Send queued mail through this SMTP relay: smtp://HOST:PORT (STARTTLS when offered) or "
                        "smtps://HOST:PORT; user:password@ in the URL to log in."),
         QStringLiteral("URL")},
        {QStringLiteral("mail-from"), QStringLiteral("Sender address of outgoing mail (required with --smtp-url)."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("mail-dir"),
         QStringLiteral("Without a relay: write outgoing mail as <message id>.eml files here (demo, tests)."),
         QStringLiteral("DIR")},
        {QStringLiteral("tls-cert"),
         QStringLiteral("TLS certificate (PEM; intermediate certificates may follow it): serve HTTPS and WSS."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM, unencrypted)."), QStringLiteral("FILE")},
        {QStringLiteral("insecure-http"),
         QStringLiteral("Allow plain HTTP on a non-loopback address (only behind a TLS-terminating proxy).")},
        {QStringLiteral("config"),
         QStringLiteral("Read options from FILE: key = value lines, keys as the long options above (listen, data, "
                        "database, tombstone-days, smtp-url, mail-from, mail-dir, tls-cert, tls-key, "
                        "insecure-http = yes|no); options on the command line win."),
         QStringLiteral("FILE")},
        {QStringLiteral("oidc-config"),
         QStringLiteral("Identity providers offered for sign-in: a JSON array of {id, display_name, issuer, "
                        "client_id, region_ids, link_by_email} (server/README.md)."),
         QStringLiteral("FILE")},
        {QStringLiteral("provider"), QStringLiteral("account link-identity: provider id."), QStringLiteral("ID")},
        {QStringLiteral("subject"), QStringLiteral("account link-identity: the provider's subject (sub)."),
         QStringLiteral("SUB")},
        {QStringLiteral("username"), QStringLiteral("account: user name."), QStringLiteral("U")},
        {QStringLiteral("role"), QStringLiteral("account create: admin|coordinator|counter|referrer."),
         QStringLiteral("R")},
        {QStringLiteral("regions"), QStringLiteral("account create: comma-separated region ids."),
         QStringLiteral("LIST")},
        {QStringLiteral("display-name"), QStringLiteral("account create: display name."), QStringLiteral("NAME")},
        {QStringLiteral("email"), QStringLiteral("account create: e-mail address."), QStringLiteral("EMAIL")},
        {QStringLiteral("organisation"), QStringLiteral("account create: organisation."), QStringLiteral("ORG")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("migrate | account ... | backup | epoch"),
                                   QStringLiteral("[command]"));
}

bool ServerCli::parseListen(const QString& text, QString* error)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : -1;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (!ok || port < 0 || port > 65535 || address.isNull()) {
        *error = QStringLiteral("--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8787");
        return false;
    }
    m_options.listenAddress = address;
    m_options.port = quint16(port);
    return true;
}

bool ServerCli::parse(const QStringList& arguments, QString* error)
{
    if (!m_parser.parse(arguments)) {
        *error = m_parser.errorText();
        return false;
    }
    if (m_parser.isSet(QStringLiteral("config")) && !readConfigFile(arguments, error))
        return false;
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(Ok);
    if (m_parser.isSet(QStringLiteral("version")))
        m_parser.showVersion();
    if (!parseListen(m_parser.value(QStringLiteral("listen")), error))
        return false;
    m_options.dataDir = m_parser.isSet(QStringLiteral("data"))
                            ? m_parser.value(QStringLiteral("data"))
                            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_options.databaseUrl = m_parser.value(QStringLiteral("database"));
    m_options.demo = m_parser.isSet(QStringLiteral("demo"));
    bool ok = true;
    if (m_parser.isSet(QStringLiteral("demo-scale"))) {
        m_options.demoApplications = m_parser.value(QStringLiteral("demo-scale")).toInt(&ok);
        if (!ok || m_options.demoApplications < 1) {
            *error = QStringLiteral("--demo-scale wants a positive number of applications");
            return false;
        }
    }
    m_options.tombstoneDays = m_parser.value(QStringLiteral("tombstone-days")).toInt(&ok);
    if (!ok || m_options.tombstoneDays < 1) {
        *error = QStringLiteral("--tombstone-days wants a positive number of days");
        return false;
    }
    m_options.smtpUrl = m_parser.value(QStringLiteral("smtp-url"));
    m_options.mailFrom = m_parser.value(QStringLiteral("mail-from"));
    m_options.mailDir = m_parser.value(QStringLiteral("mail-dir"));
    m_options.tlsCert = m_parser.value(QStringLiteral("tls-cert"));
    m_options.tlsKey = m_parser.value(QStringLiteral("tls-key"));
    m_options.insecureHttp = m_parser.isSet(QStringLiteral("insecure-http"));
    m_options.oidcConfig = m_parser.value(QStringLiteral("oidc-config"));
    if (m_options.tlsCert.isEmpty() != m_options.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }
    return true;
}

bool ServerCli::readConfigFile(const QStringList& arguments, QString* error)
{
    QStringList fromFile;
    if (!ServerConfigFile::read(m_parser.value(QStringLiteral("config")), &fromFile, error))
        return false;
    // Before the real arguments: where an option is given twice, the parser keeps the last value.
    const QStringList merged = arguments.mid(0, 1) + fromFile + arguments.mid(1);
    if (!m_parser.parse(merged)) {
        *error = m_parser.errorText();
        return false;
    }
    return true;
}

int ServerCli::openStorageFailure(const QString& error, bool unsupported) const
{
    err() << "opvangloket-server: " << error << Qt::endl;
    return unsupported ? Usage : Failure;
}

std::unique_ptr<ServerStorage> ServerCli::openStorage(int* exitCode) const
{
    QString error;
    StorageFactory::Failure failure;
    auto storage = StorageFactory::open(m_options, &error, &failure);
    if (!storage)
        *exitCode = openStorageFailure(error, failure == StorageFactory::Failure::Unsupported);
    return storage;
}

int ServerCli::runMigrate()
{
    int exitCode = Ok;
    const auto storage = openStorage(&exitCode);
    if (!storage)
        return exitCode;
    QTextStream(stdout) << "database at schema version " << storage->schemaVersion() << Qt::endl;
    return Ok;
}

QString ServerCli::readPasswordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

int ServerCli::runAccount()
{
    const QStringList args = command();
    const QString action = args.value(1);
    if (action == QLatin1String("set-regions"))
        return runSetRegions(args);
    if (action == QLatin1String("set-role"))
        return runSetRole(args);
    if (action == QLatin1String("link-identity"))
        return runLinkIdentity(args);
    const QString username = value(QStringLiteral("username"));
    const QStringList actions{QStringLiteral("create"), QStringLiteral("passwd"), QStringLiteral("disable"),
                              QStringLiteral("enable")};
    if (args.size() != 2 || username.isEmpty() || !actions.contains(action)) {
        err() << "usage: opvangloket-server account create|passwd|disable|enable --username U [...]\n"
                 "       opvangloket-server account set-role USER ROLE\n"
                 "       opvangloket-server account set-regions USER REGION[,REGION...]\n"
                 "       opvangloket-server account link-identity USER --provider ID --subject SUB"
              << Qt::endl;
        return Usage;
    }
    const auto change = [&](AccountAdmin& admin, QString* error) {
        if (action == QLatin1String("create")) {
            Account account;
            account.username = username;
            account.role = value(QStringLiteral("role"));
            account.regionIds = value(QStringLiteral("regions")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            account.displayName = value(QStringLiteral("display-name"));
            account.email = value(QStringLiteral("email"));
            account.organisation = value(QStringLiteral("organisation"));
            return !admin.create(account, readPasswordFromStdin(), error).isEmpty();
        }
        if (action == QLatin1String("passwd"))
            return admin.setPassword(username, readPasswordFromStdin(), error);
        return admin.setActive(username, action == QLatin1String("enable"), error);
    };
    return runOnAccounts(action, change, QStringLiteral("account %1: %2 done").arg(username, action));
}

int ServerCli::runOnAccounts(const QString& action, const std::function<bool(AccountAdmin&, QString*)>& change,
                             const QString& done)
{
    int exitCode = Ok;
    const auto storage = openStorage(&exitCode);
    if (!storage)
        return exitCode;
    QString error;
    AccountAdmin admin(*storage);
    if (!change(admin, &error)) {
        err() << "opvangloket-server: account " << action << ": " << error << Qt::endl;
        return Failure;
    }
    QTextStream(stdout) << done << Qt::endl;
    return Ok;
}

int ServerCli::runSetRegions(const QStringList& args)
{
    const QStringList regions = args.value(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (args.size() != 4 || args.at(2).isEmpty() || regions.isEmpty()) {
        err() << "usage: opvangloket-server account set-regions USER REGION[,REGION...]" << Qt::endl;
        return Usage;
    }
    return runOnAccounts(
        QStringLiteral("set-regions"),
        [&](AccountAdmin& admin, QString* error) { return admin.setRegions(args.at(2), regions, error); },
        QStringLiteral("account %1: regions set to %2; its devices resync on their next pull")
            .arg(args.at(2), regions.join(QLatin1Char(','))));
}

int ServerCli::runSetRole(const QStringList& args)
{
    if (args.size() != 4 || args.at(2).isEmpty() || args.at(3).isEmpty()) {
        err() << "usage: opvangloket-server account set-role USER ROLE" << Qt::endl;
        return Usage;
    }
    return runOnAccounts(
        QStringLiteral("set-role"),
        [&](AccountAdmin& admin, QString* error) { return admin.setRole(args.at(2), args.at(3), error); },
        QStringLiteral("account %1: role set to %2; its devices resync on their next pull")
            .arg(args.at(2), args.at(3)));
}

int ServerCli::runLinkIdentity(const QStringList& args)
{
    const QString providerId = value(QStringLiteral("provider"));
    if (args.size() != 3 || args.at(2).isEmpty() || providerId.isEmpty() ||
        value(QStringLiteral("subject")).isEmpty()) {
        err() << "usage: opvangloket-server --oidc-config FILE account link-identity USER --provider ID --subject SUB"
              << Qt::endl;
        return Usage;
    }
    QVector<OidcProvider> providers;
    QString error;
    if (m_options.oidcConfig.isEmpty() || !OidcProviderConfig::load(m_options.oidcConfig, &providers, &error)) {
        err() << "opvangloket-server: account link-identity: "
              << (error.isEmpty() ? QStringLiteral("give --oidc-config FILE") : error) << Qt::endl;
        return Usage;
    }
    const auto provider =
        std::find_if(providers.cbegin(), providers.cend(), [&](const OidcProvider& p) { return p.id == providerId; });
    if (provider == providers.cend()) {
        err() << "opvangloket-server: account link-identity: no provider \"" << providerId << "\" in "
              << m_options.oidcConfig << Qt::endl;
        return Usage;
    }
    int exitCode = Ok;
    const auto storage = openStorage(&exitCode);
    if (!storage)
        return exitCode;
    if (!IdentityLinks(*storage).linkByOperator(*provider, args.at(2), value(QStringLiteral("subject")), &error)) {
        err() << "opvangloket-server: account link-identity: " << error << Qt::endl;
        return Failure;
    }
    QTextStream(stdout) << "account " << args.at(2) << ": linked to provider " << providerId << Qt::endl;
    return Ok;
}

int ServerCli::runBackup()
{
    const QStringList args = command();
    if (args.size() != 2 || args.at(1).isEmpty()) {
        err() << "usage: opvangloket-server backup FILE" << Qt::endl;
        return Usage;
    }
    if (m_options.databaseUrl.startsWith(QLatin1String("postgres"))) {
        err() << "opvangloket-server: backup: " << PostgresStorage::backupAdvice() << Qt::endl;
        return Usage;
    }
    int exitCode = Ok;
    const auto storage = openStorage(&exitCode);
    if (!storage)
        return exitCode;
    QString error;
    if (!storage->backupTo(args.at(1), &error)) {
        err() << "opvangloket-server: backup: " << error << Qt::endl;
        return Failure;
    }
    QTextStream(stdout) << "backup written to " << args.at(1)
                        << "; a server started on it takes a new epoch, so clients resync" << Qt::endl;
    return Ok;
}

int ServerCli::runEpoch()
{
    const QStringList args = command();
    if (args.size() != 2 || args.at(1) != QLatin1String("rotate")) {
        err() << "usage: opvangloket-server epoch rotate" << Qt::endl;
        return Usage;
    }
    int exitCode = Ok;
    const auto storage = openStorage(&exitCode);
    if (!storage)
        return exitCode;
    const QString epoch = storage->rotateEpoch();
    QTextStream(stdout) << "new epoch " << epoch
                        << "; (re)start every server instance: clients resync on their next pull" << Qt::endl;
    return Ok;
}

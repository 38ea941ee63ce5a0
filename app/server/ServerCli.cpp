#include "ServerCli.h"

#include "AccountAdmin.h"
#include "ServerStorage.h"
#include "StorageFactory.h"

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
        "  account passwd --username U   (password on stdin)\n  account disable --username U"));
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
        {QStringLiteral("mail-dir"), QStringLiteral("Write outgoing mail as .eml files here (not yet active)."),
         QStringLiteral("DIR")},
        {QStringLiteral("tls-cert"), QStringLiteral("TLS certificate (PEM)."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)."), QStringLiteral("FILE")},
        {QStringLiteral("username"), QStringLiteral("account: user name."), QStringLiteral("U")},
        {QStringLiteral("role"), QStringLiteral("account create: admin|coordinator|counter|referrer."),
         QStringLiteral("R")},
        {QStringLiteral("regions"), QStringLiteral("account create: comma-separated region ids."),
         QStringLiteral("LIST")},
        {QStringLiteral("display-name"), QStringLiteral("account create: display name."), QStringLiteral("NAME")},
        {QStringLiteral("email"), QStringLiteral("account create: e-mail address."), QStringLiteral("EMAIL")},
        {QStringLiteral("organisation"), QStringLiteral("account create: organisation."), QStringLiteral("ORG")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("migrate | account ..."),
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
    m_options.mailDir = m_parser.value(QStringLiteral("mail-dir"));
    m_options.tlsCert = m_parser.value(QStringLiteral("tls-cert"));
    m_options.tlsKey = m_parser.value(QStringLiteral("tls-key"));
    return true;
}

int ServerCli::openStorageFailure(const QString& error, bool unsupported) const
{
    err() << "opvangloket-server: " << error << Qt::endl;
    return unsupported ? Usage : Failure;
}

int ServerCli::runMigrate()
{
    QString error;
    StorageFactory::Failure failure;
    const auto storage = StorageFactory::open(m_options, &error, &failure);
    if (!storage)
        return openStorageFailure(error, failure == StorageFactory::Failure::Unsupported);
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
    const QString username = value(QStringLiteral("username"));
    if (args.size() != 2 || username.isEmpty() ||
        !QStringList{QStringLiteral("create"), QStringLiteral("passwd"), QStringLiteral("disable")}.contains(action)) {
        err() << "usage: opvangloket-server account create|passwd|disable --username U [...]" << Qt::endl;
        return Usage;
    }
    QString error;
    StorageFactory::Failure failure;
    const auto storage = StorageFactory::open(m_options, &error, &failure);
    if (!storage)
        return openStorageFailure(error, failure == StorageFactory::Failure::Unsupported);
    AccountAdmin admin(*storage);
    bool ok = false;
    if (action == QLatin1String("create")) {
        Account account;
        account.username = username;
        account.role = value(QStringLiteral("role"));
        account.regionIds = value(QStringLiteral("regions")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        account.displayName = value(QStringLiteral("display-name"));
        account.email = value(QStringLiteral("email"));
        account.organisation = value(QStringLiteral("organisation"));
        ok = !admin.create(account, readPasswordFromStdin(), &error).isEmpty();
    } else if (action == QLatin1String("passwd")) {
        ok = admin.setPassword(username, readPasswordFromStdin(), &error);
    } else {
        ok = admin.setActive(username, false, &error);
    }
    if (!ok) {
        err() << "opvangloket-server: account " << action << ": " << error << Qt::endl;
        return Failure;
    }
    QTextStream(stdout) << "account " << username << ": " << action << " done" << Qt::endl;
    return Ok;
}

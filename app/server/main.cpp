#include "ServerCli.h"
#include "demo/DemoSeeder.h"
#include "service/SyncServer.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printDemoBanner(const ServerOptions& options)
{
    QTextStream out(stdout);
    out << "*** DEMO MODE: the database is seeded with invented demo data ";
    out << (options.demoApplications > 0 ? QStringLiteral("(%1 applications)").arg(options.demoApplications)
                                         : QStringLiteral("(default set)"));
    out << " when empty. ***\nDemo accounts, all with password \"demo\":\n";
    for (const QString& line : DemoSeeder::accountDescriptions())
        out << "  " << line << "\n";
    out.flush();
}

int serve(ServerOptions options)
{
    options.seedDemo = &DemoSeeder::seedInto;
    if (options.demo || options.demoApplications > 0)
        printDemoBanner(options);
    SyncServer server;
    QString error;
    if (!server.start(options, &error)) {
        QTextStream(stderr) << "opvangloket-server: " << error << Qt::endl;
        const bool usage = server.lastFailure() == SyncServer::StartFailure::BadOptions ||
                           server.lastFailure() == SyncServer::StartFailure::Unsupported;
        return usage ? ServerCli::Usage : ServerCli::Failure;
    }
    if (server.demoSeedSeconds() >= 0)
        QTextStream(stdout) << "demo data seeded in " << QString::number(server.demoSeedSeconds(), 'f', 2) << " s"
                            << Qt::endl;
    QTextStream(stdout) << "listening on " << server.baseUrl() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Opvangloket"));
    QCoreApplication::setApplicationName(QStringLiteral("opvangloket-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPVANGLOKET_VERSION));
    ServerCli cli;
    QString error;
    if (!cli.parse(QCoreApplication::arguments(), &error)) {
        QTextStream(stderr) << "opvangloket-server: " << error << Qt::endl;
        return ServerCli::Usage;
    }
    const QStringList command = cli.command();
    if (command.isEmpty())
        return serve(cli.options());
    if (command.first() == QLatin1String("migrate") && command.size() == 1)
        return cli.runMigrate();
    if (command.first() == QLatin1String("account"))
        return cli.runAccount();
    if (command.first() == QLatin1String("backup"))
        return cli.runBackup();
    if (command.first() == QLatin1String("epoch"))
        return cli.runEpoch();
    QTextStream(stderr) << "opvangloket-server: unknown command \"" << command.first() << "\"; see --help" << Qt::endl;
    return ServerCli::Usage;
}

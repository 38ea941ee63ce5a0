#include "CliCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Opvangloket"));
    QCoreApplication::setOrganizationName(QStringLiteral("Opvangloket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPVANGLOKET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opvangloket from the command line: sign in, sync the offline cache, and check it against the server.\n\n"
        "Commands:\n"
        "  login    sign in (remembered in the system keychain unless --password-stdin is given)\n"
        "  sync     push pending changes and pull what is new; prints rows received and seconds\n"
        "  status   what the offline cache holds (no network needed)\n"
        "  check    compare the cache with the server (exit 0 only when they are equal)\n\n"
        "Exit codes: 0 success, 1 usage, 2 sign-in refused, 3 server unreachable or failing, 4 cache problem,\n"
        "5 cache differs from the server."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("login | sync | status | check"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server address."), QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Folder for the cache and settings."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("U"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        QStringLiteral("Read the password from standard input; nothing is stored in the keychain."));
    const QCommandLineOption keepAcked(
        QStringLiteral("keep-acked-days"),
        QStringLiteral("Keep changes the server acknowledged N days, to send them again should the server be "
                       "restored from an older backup (default: the profile's setting, else 30)."),
        QStringLiteral("N"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log what the client does."));
    parser.addOptions({server, profile, user, passwordStdin, keepAcked, verbose});
    parser.process(app);
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("opvangloket.*.info=false"));

    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.size() != 1) {
        err << "Give exactly one command: login, sync, status or check. See --help.\n";
        return CliCommands::Usage;
    }
    CliCommands::Options options;
    if (parser.isSet(server)) {
        options.server = QUrl::fromUserInput(parser.value(server));
        if (!options.server.isValid() || options.server.scheme().isEmpty()) {
            err << "Not a server address: " << parser.value(server) << "\n";
            return CliCommands::Usage;
        }
    }
    options.profileDir = parser.value(profile);
    options.user = parser.value(user);
    options.passwordStdin = parser.isSet(passwordStdin);
    if (parser.isSet(keepAcked)) {
        bool ok = false;
        options.keepAckedDays = parser.value(keepAcked).toInt(&ok);
        if (!ok || options.keepAckedDays < 0 || options.keepAckedDays > 3650) {
            err << "--keep-acked-days takes a whole number of days from 0 to 3650, not '" << parser.value(keepAcked)
                << "'.\n";
            return CliCommands::Usage;
        }
    }

    CliCommands commands(options);
    const QString command = args.first();
    if (command == QLatin1String("login"))
        return commands.login();
    if (command == QLatin1String("sync"))
        return commands.sync();
    if (command == QLatin1String("status"))
        return commands.status();
    if (command == QLatin1String("check"))
        return commands.check();
    err << "Unknown command '" << command << "'. Use login, sync, status or check.\n";
    return CliCommands::Usage;
}

#include "CliCommands.h"
#include "common/UiLanguage.h"
#include "domain/RegionCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

namespace {

// The options of `report`, checked before anything opens: an empty text, or what is wrong in one sentence.
QString readReportOptions(const QCommandLineParser& parser, const QList<QCommandLineOption>& o,
                          CliCommands::Options* options)
{
    const QCommandLineOption &from = o.at(0), &to = o.at(1), &region = o.at(2), &format = o.at(3), &out = o.at(4),
                             &offline = o.at(5);
    options->from = QDate::fromString(parser.value(from), Qt::ISODate);
    options->to = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!options->from.isValid() || !options->to.isValid())
        return QStringLiteral("report needs --from and --to as dates YYYY-MM-DD (both days included).");
    if (options->from > options->to)
        return QStringLiteral("--from %1 comes after --to %2.").arg(parser.value(from), parser.value(to));
    options->regionId = parser.value(region);
    if (!options->regionId.isEmpty() && !RegionCatalog::isRegionId(options->regionId))
        return QStringLiteral("Unknown region '%1'; one of antwerpen, mechelen, turnhout.").arg(options->regionId);
    options->format = parser.value(format);
    if (options->format != QLatin1String("csv") && options->format != QLatin1String("pdf"))
        return QStringLiteral("report needs --format csv or --format pdf.");
    options->outPath = parser.value(out);
    if (options->outPath.isEmpty())
        return QStringLiteral("report needs --out FILE.");
    options->offline = parser.isSet(offline);
    return QString();
}

} // namespace

// `report --format pdf` draws charts, which need a QApplication; everything else runs without a GUI. Without a
// display the charts are drawn offscreen.
bool drawsCharts(int argc, char* argv[])
{
    bool report = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        report = report || arg == "report";
        pdf = pdf || arg == "--format=pdf" || (arg == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf");
    }
    return report && pdf;
}

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (drawsCharts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
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
        "  check    compare the cache with the server (exit 0 only when they are equal)\n"
        "  report   the period report for the agency, per child, small counts hidden:\n"
        "           report --from YYYY-MM-DD --to YYYY-MM-DD [--region R] --format csv|pdf --out FILE\n\n"
        "Exit codes: 0 success, 1 usage, 2 sign-in refused, 3 server unreachable or failing, 4 cache problem,\n"
        "5 cache differs from the server."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("login | sync | status | check | report"));
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
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("report: first day (included)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("report: last day (included)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("report: one region (default: every region of the account)."),
                                    QStringLiteral("R"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("report: csv or pdf."),
                                    QStringLiteral("F"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("report: the file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("report --format pdf: the language of the PDF, nl (default), fr or en."),
        QStringLiteral("L"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     QStringLiteral("report: from the offline copy as it is, without syncing first."));
    parser.addOptions(
        {server, profile, user, passwordStdin, keepAcked, verbose, from, to, region, format, out, offline, lang});
    parser.process(app);
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("opvangloket.*.info=false"));

    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.size() != 1) {
        err << "Give exactly one command: login, sync, status, check or report. See --help.\n";
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

    const QString command = args.first();
    if (command == QLatin1String("report")) {
        const QString problem = readReportOptions(parser, {from, to, region, format, out, offline}, &options);
        if (!problem.isEmpty()) {
            err << problem << "\n";
            return CliCommands::Usage;
        }
    }
    if (options.format == QLatin1String("pdf")) {
        const QString language = parser.isSet(lang) ? parser.value(lang) : QStringLiteral("nl");
        if (!UiLanguage::supported().contains(language)) {
            err << "--lang takes nl, fr or en, not '" << language << "'.\n";
            return CliCommands::Usage;
        }
        UiLanguage::set(language);
        UiLanguage::installTranslators(app);
    }
    CliCommands commands(options);
    if (command == QLatin1String("login"))
        return commands.login();
    if (command == QLatin1String("sync"))
        return commands.sync();
    if (command == QLatin1String("status"))
        return commands.status();
    if (command == QLatin1String("check"))
        return commands.check();
    if (command == QLatin1String("report"))
        return commands.report();
    err << "Unknown command '" << command << "'. Use login, sync, status, check or report.\n";
    return CliCommands::Usage;
}

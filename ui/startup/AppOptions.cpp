#include "startup/AppOptions.h"

#include "MainWindow.h"
#include "common/UiLanguage.h"

#include <QCommandLineParser>
#include <QFileInfo>

bool AppOptions::parse(const QStringList& arguments, AppOptions* out, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Opvangloket — the desktop client for the local childcare counter."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Server address, e.g. https://opvangloket.example.be."), QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Folder for the offline copy and settings."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("PEM file of the certificate authority that issued the server's certificate, "
                                       "trusted beside the system's; remembered in the profile."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), tr("User name to sign in with."), QStringLiteral("U"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password from standard input; nothing is stored in the "
                                              "keychain."));
    const QCommandLineOption view(QStringLiteral("view"),
                                  tr("Part to open: %1.").arg(MainWindow::viewNames().join(QStringLiteral(", "))),
                                  QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a picture of the window after the first sync, then quit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the window: nl, fr or en."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Type TEXT in the global search once the window shows (with --screenshot, "
                                       "the picture shows its results)."),
                                    QStringLiteral("TEXT"));
    QCommandLineOption bench(QStringLiteral("bench"), QStringLiteral("For tests/bench: report start-up time and "
                                                                     "memory on standard output, then quit."));
    bench.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({server, profile, caFile, user, passwordStdin, view, screenshot, lang, search, bench});
    parser.process(arguments); // exits for --help, --version and unknown options

    out->server = QUrl(parser.value(server));
    out->profileDir = parser.value(profile);
    if (parser.isSet(caFile))
        out->caFile = QFileInfo(parser.value(caFile)).absoluteFilePath();
    out->user = parser.value(user);
    out->passwordStdin = parser.isSet(passwordStdin);
    out->view = parser.value(view);
    out->screenshot = parser.value(screenshot);
    out->language = parser.value(lang);
    out->search = parser.value(search);
    out->bench = parser.isSet(bench);
    if (parser.isSet(server) && (!out->server.isValid() || out->server.host().isEmpty())) {
        *error = tr("The server address \"%1\" is not valid.").arg(parser.value(server));
        return false;
    }
    if (parser.isSet(caFile) && !QFileInfo(out->caFile).isReadable()) {
        *error = tr("The CA file \"%1\" cannot be read.").arg(parser.value(caFile));
        return false;
    }
    if (out->passwordStdin && out->user.isEmpty()) {
        *error = tr("--password-stdin needs --user.");
        return false;
    }
    if (!out->view.isEmpty() && !MainWindow::viewNames().contains(out->view)) {
        *error = tr("Unknown view \"%1\"; choose one of: %2.")
                     .arg(out->view, MainWindow::viewNames().join(QStringLiteral(", ")));
        return false;
    }
    if (!out->language.isEmpty() && !UiLanguage::supported().contains(out->language)) {
        *error = tr("Unknown language \"%1\"; choose nl, fr or en.").arg(out->language);
        return false;
    }
    return true;
}

#include "AppController.h"
#include "BenchProbe.h"
#include "common/UiIcons.h"
#include "startup/AppOptions.h"

#include <QApplication>
#include <QCoreApplication>

namespace {

// --help and --version must work where there is no display (a terminal over ssh, a packaging check),
// so they are answered before a QApplication tries to connect to one.
bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Opvangloket"));
    QCoreApplication::setOrganizationName(QStringLiteral("Opvangloket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPVANGLOKET_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        AppOptions options;
        QString error;
        AppOptions::parse(app.arguments(), &options, &error); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(UiIcons::icon(QStringLiteral("opvangloket")));
    AppController controller;
    controller.setBenchProbe(
        [](MainWindow& window, StartupTimer& startup, QObject* parent) { new BenchProbe(window, startup, parent); });
    return controller.run(app);
}

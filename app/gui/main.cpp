#include "AppController.h"
#include "UiIcons.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Opvangloket"));
    QApplication::setOrganizationName(QStringLiteral("Opvangloket"));
    QApplication::setApplicationVersion(QStringLiteral(OPVANGLOKET_VERSION));
    QApplication::setWindowIcon(UiIcons::icon(QStringLiteral("opvangloket")));
    AppController controller;
    return controller.run(app);
}

#include "common/UiIcons.h"

QIcon UiIcons::icon(const QString& name)
{
    return QIcon(QStringLiteral(":/icons/%1.png").arg(name));
}

#pragma once

#include <QIcon>
#include <QString>

// The client's own icons by name ("parents", "sync"). They are PNG renderings of resources/icons/*.svg,
// so they show even where Qt's SVG plugin is not installed.
class UiIcons
{
public:
    static QIcon icon(const QString& name);
};

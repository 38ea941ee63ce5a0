#pragma once

#include <QLoggingCategory>

// Logging of the desktop client's widgets. Never log personal data: ids and counts only.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

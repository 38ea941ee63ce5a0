#pragma once

#include <QString>

class QCoreApplication;

// The language the person reads the client in: "nl", "fr" or "en". It follows the system locale unless
// --lang overrides it. Texts that come from core (state labels, explanations) are asked for in it too.
class UiLanguage
{
public:
    static QString code();
    static void set(const QString& code);
    // Picks the UI language for a locale name such as "nl_BE"; languages we do not ship fall back to English.
    static QString fromLocaleName(const QString& localeName);
    static QStringList supported();
    // Installs our translation and Qt's own for the current language on the application.
    static void installTranslators(QCoreApplication& app);
};

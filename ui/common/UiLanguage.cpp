#include "common/UiLanguage.h"

#include "common/UiLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace {
QString g_code = QStringLiteral("en");
}

QString UiLanguage::code()
{
    return g_code;
}

void UiLanguage::set(const QString& code)
{
    g_code = supported().contains(code) ? code : QStringLiteral("en");
}

QStringList UiLanguage::supported()
{
    return {QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en")};
}

QString UiLanguage::fromLocaleName(const QString& localeName)
{
    const QString primary = localeName.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    return supported().contains(primary) ? primary : QStringLiteral("en");
}

void UiLanguage::installTranslators(QCoreApplication& app)
{
    // Belgian conventions for numbers and dates in the chosen language.
    QLocale::setDefault(
        QLocale(g_code == QLatin1String("en") ? QStringLiteral("en_BE") : g_code + QStringLiteral("_BE")));
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/opvangloket_%1.qm").arg(g_code)))
        QCoreApplication::installTranslator(ours);
    else
        qCDebug(lcUi) << "no translation for" << g_code;
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(g_code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

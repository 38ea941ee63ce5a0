#pragma once

#include "domain/InfoSheet.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A location's info sheet as the parents' website shows it (docs/PROTOCOL.md "Info sheets"), for the Locations page's
// live preview: the sheet's own words in the language being edited, the headings in that language too (they are
// the website's, not the window's), and each field that falls back to the Dutch text marked, in the window's
// language, so the editor sees what is still to be translated. Fields empty in both are left out, as on the site.
class InfoSheetHtml
{
    Q_DECLARE_TR_FUNCTIONS(InfoSheetHtml)

public:
    static QString render(const QJsonObject& location, const InfoSheet& sheet, const QString& lang);
    // The language's name in the window's language ("French"), for notes about a sheet language.
    static QString languageName(const QString& lang);

private:
    static QString heading(const QString& field, const QString& lang);
    static QString facts(const QJsonObject& location, const QString& lang);
};

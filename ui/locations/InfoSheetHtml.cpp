#include "locations/InfoSheetHtml.h"

#include "common/DisplayFormat.h"

#include <QHash>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

// The website's own words, per sheet language: not the window's translations.
QString siteWord(const QString& key, const QString& lang)
{
    static const QHash<QString, QStringList> words{
        {QStringLiteral("description"),
         {QStringLiteral("Over ons"), QStringLiteral("À propos"), QStringLiteral("About us")}},
        {QStringLiteral("opening_hours"),
         {QStringLiteral("Openingsuren"), QStringLiteral("Heures d’ouverture"), QStringLiteral("Opening hours")}},
        {QStringLiteral("tariff"), {QStringLiteral("Tarief"), QStringLiteral("Tarif"), QStringLiteral("Tariff")}},
        {QStringLiteral("languages"),
         {QStringLiteral("Gesproken talen"), QStringLiteral("Langues parlées"), QStringLiteral("Languages spoken")}},
        {QStringLiteral("contact"), {QStringLiteral("Contact"), QStringLiteral("Contact"), QStringLiteral("Contact")}},
        {QStringLiteral("group"),
         {QStringLiteral("Groepsopvang"), QStringLiteral("Accueil en groupe"), QStringLiteral("Group childcare")}},
        {QStringLiteral("family"),
         {QStringLiteral("Gezinsopvang"), QStringLiteral("Accueil familial"), QStringLiteral("Family childcare")}},
        {QStringLiteral("ages"),
         {QStringLiteral("Leeftijd: %1 tot %2 maanden"), QStringLiteral("Âge : de %1 à %2 mois"),
          QStringLiteral("Ages: %1 to %2 months")}},
        {QStringLiteral("places"),
         {QStringLiteral("%1 plaatsen"), QStringLiteral("%1 places"), QStringLiteral("%1 places")}}};
    const int column = lang == QLatin1String("fr") ? 1 : lang == QLatin1String("en") ? 2 : 0;
    return words.value(key).value(column);
}

} // namespace

QString InfoSheetHtml::languageName(const QString& lang)
{
    if (lang == QLatin1String("fr"))
        return tr("French");
    if (lang == QLatin1String("en"))
        return tr("English");
    return tr("Dutch");
}

QString InfoSheetHtml::heading(const QString& field, const QString& lang)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(siteWord(field, lang)));
}

QString InfoSheetHtml::facts(const QJsonObject& location, const QString& lang)
{
    QStringList parts{siteWord(str(location, "kind"), lang)};
    const QString address = (str(location, "street") + QLatin1Char(' ') + str(location, "house_number")).trimmed();
    const QString town = (str(location, "postcode") + QLatin1Char(' ') + str(location, "municipality")).trimmed();
    for (const QString& part : {address, town}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    const QJsonValue low = location.value(QLatin1String("age_min_months"));
    const QJsonValue high = location.value(QLatin1String("age_max_months"));
    if (low.isDouble() && high.isDouble())
        parts.append(siteWord(QStringLiteral("ages"), lang).arg(low.toInt()).arg(high.toInt()));
    if (location.value(QLatin1String("capacity")).isDouble())
        parts.append(siteWord(QStringLiteral("places"), lang).arg(location.value(QLatin1String("capacity")).toInt()));
    parts.removeAll(QString());
    return QStringLiteral("<p class='facts'>%1</p>").arg(esc(parts.join(QStringLiteral(" · "))));
}

QString InfoSheetHtml::render(const QJsonObject& location, const InfoSheet& sheet, const QString& lang)
{
    QString html = QStringLiteral("<style>.facts{color:#555}.fallback{background:#fff3cd;color:#6b4e00}"
                                  ".off{background:#f8d7da;color:#721c24;padding:4px}</style>");
    if (!location.value(QLatin1String("published")).toBool())
        html += QStringLiteral("<p class='off'>%1</p>")
                    .arg(esc(tr("Not published: the website does not show this location.")));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(str(location, "name")));
    html += facts(location, lang);
    for (const QString& field : InfoSheet::fieldNames()) {
        QString served;
        const QString text = sheet.resolved(lang, field, &served);
        if (text.isEmpty())
            continue;
        html += heading(field, lang);
        if (served != lang)
            html += QStringLiteral("<p class='fallback'>%1</p>")
                        .arg(esc(tr("Shown in Dutch: there is no %1 text yet.").arg(languageName(lang))));
        html += QStringLiteral("<p>%1</p>").arg(esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return html;
}

#include "demo/DemoInfoSheet.h"

#include <QHash>
#include <QJsonArray>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString languagesIn(const QJsonArray& codes, const QString& lang)
{
    static const QHash<QString, QStringList> names{{s("nl"), {s("Nederlands"), s("néerlandais"), s("Dutch")}},
                                                   {s("fr"), {s("Frans"), s("français"), s("French")}},
                                                   {s("en"), {s("Engels"), s("anglais"), s("English")}},
                                                   {s("ar"), {s("Arabisch"), s("arabe"), s("Arabic")}},
                                                   {s("tr"), {s("Turks"), s("turc"), s("Turkish")}}};
    const int column = lang == s("nl") ? 0 : lang == s("fr") ? 1 : 2;
    QStringList out;
    for (const QJsonValue& code : codes)
        out.append(names.value(code.toString()).value(column, code.toString()));
    return out.join(s(", "));
}

} // namespace

QJsonObject DemoInfoSheet::forLocation(const QJsonObject& location, int index)
{
    const bool group = location.value(s("kind")).toString() == s("group");
    const bool incomeRelated = location.value(s("tariff")).toString() == s("income_related");
    const QJsonArray languages = location.value(s("languages")).toArray();
    const QString contact = location.value(s("phone")).toString() + s(" · ") + location.value(s("email")).toString();
    const QJsonObject nl{
        {s("description"), group ? s("Warme opvang in kleine leefgroepen, met aandacht voor elk kind. We spelen "
                                     "veel buiten en koken elke dag vers.")
                                 : s("Huiselijke opvang in een kleine groep, met een vaste vertrouwde begeleider.")},
        {s("opening_hours"),
         group ? s("maandag tot vrijdag, 7.00 tot 18.30 uur") : s("maandag tot vrijdag, 7.30 tot 17.30 uur")},
        {s("tariff"), incomeRelated ? s("Inkomensgerelateerd tarief (u betaalt volgens uw inkomen).")
                                    : s("Vrije prijs: vraag ons naar de dagprijs.")},
        {s("languages"), languagesIn(languages, s("nl"))},
        {s("contact"), contact}};
    QJsonObject fr{
        {s("description"), group ? s("Un accueil chaleureux en petits groupes, attentif à chaque enfant. Nous jouons "
                                     "beaucoup dehors et cuisinons frais chaque jour.")
                                 : s("Un accueil familial en petit groupe, avec une accueillante fixe.")},
        {s("tariff"), incomeRelated ? s("Tarif lié aux revenus (vous payez selon vos revenus).")
                                    : s("Prix libre : demandez-nous le prix par jour.")},
        {s("languages"), languagesIn(languages, s("fr"))}};
    if (index % 3 != 0) // a third of the French sheets lack opening hours: the website shows the Dutch ones
        fr.insert(s("opening_hours"),
                  group ? s("du lundi au vendredi, de 7 h à 18 h 30") : s("du lundi au vendredi, de 7 h 30 à 17 h 30"));
    QJsonObject en{{s("description"), group ? s("Warm childcare in small groups that pays attention to every child.")
                                            : s("Homely childcare in a small group with one familiar childminder.")},
                   {s("languages"), languagesIn(languages, s("en"))}};
    return QJsonObject{{s("nl"), nl}, {s("fr"), fr}, {s("en"), en}};
}

#include "demo/DemoData.h"

#include <QHash>

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

DemoPlace place(const char* municipality, const char* postcode, double lat, double lon,
                std::initializer_list<const char*> streets)
{
    return {QString::fromUtf8(municipality), QString::fromLatin1(postcode), lat, lon, list(streets)};
}

QHash<QString, QVector<DemoPlace>> buildPlaces()
{
    QHash<QString, QVector<DemoPlace>> places;
    places.insert(
        QStringLiteral("antwerpen"),
        {place("Antwerpen", "2000", 51.2194, 4.4025, {"Meir", "Nationalestraat", "Kammenstraat", "Hoogstraat"}),
         place("Antwerpen", "2018", 51.2050, 4.4120, {"Belgiëlei", "Van Eycklei", "Lange Kievitstraat"}),
         place("Antwerpen", "2020", 51.1880, 4.3960,
               {"Abdijstraat", "Sint-Bernardsesteenweg", "Kolonel Silvertopstraat"}),
         place("Antwerpen", "2060", 51.2270, 4.4240, {"Handelstraat", "Carnotstraat", "Offerandestraat"}),
         place("Berchem", "2600", 51.1929, 4.4236, {"Statiestraat", "Driekoningenstraat", "Uitbreidingstraat"}),
         place("Borgerhout", "2140", 51.2117, 4.4405, {"Turnhoutsebaan", "Kroonstraat", "Collegelaan"}),
         place("Deurne", "2100", 51.2192, 4.4653, {"Herentalsebaan", "Ter Heydelaan", "Lakborslei"}),
         place("Ekeren", "2180", 51.2775, 4.4189, {"Kapelsestraat", "Veltwijcklaan", "Prinshoeveweg"}),
         place("Hoboken", "2660", 51.1733, 4.3487, {"Kioskplaats", "Kapelstraat", "Sint-Bernardsesteenweg"}),
         place("Merksem", "2170", 51.2448, 4.4410, {"Bredabaan", "Lambrechtshoekenlaan", "Terlindenhofstraat"}),
         place("Wilrijk", "2610", 51.1688, 4.3950, {"Boomsesteenweg", "Kleine Doornstraat", "Bist"}),
         place("Berendrecht-Zandvliet-Lillo", "2040", 51.3444, 4.3147, {"Monnikenhofstraat", "Dorpsstraat"})});
    places.insert(
        QStringLiteral("mechelen"),
        {place("Mechelen", "2800", 51.0259, 4.4776,
               {"Bruul", "IJzerenleen", "Hoogstraat", "Adegemstraat", "Nekkerspoelstraat", "Brusselsesteenweg"}),
         place("Mechelen", "2801", 50.9930, 4.4130, {"Heffensestraat", "Kerkhofstraat"}),
         place("Mechelen", "2811", 51.0450, 4.4200, {"Leestsesteenweg", "Dorpstraat"}),
         place("Mechelen", "2812", 51.0120, 4.5120, {"Mechelsesteenweg", "Kerkstraat"})});
    places.insert(QStringLiteral("turnhout"),
                  {place("Turnhout", "2300", 51.3227, 4.9447,
                         {"Gasthuisstraat", "Otterstraat", "Steenweg op Gierle", "Victoriestraat"}),
                   place("Oud-Turnhout", "2360", 51.3199, 4.9847, {"Dorp", "Steenweg op Mol"}),
                   place("Beerse", "2340", 51.3196, 4.8606, {"Bisschopslaan", "Lindenlaan", "Boudewijnstraat"}),
                   place("Kasterlee", "2460", 51.2411, 4.9656, {"Markt", "Geelsebaan", "Binnenweg"}),
                   place("Lille", "2275", 51.2414, 4.8244, {"Rechtestraat", "Lindelaan"}),
                   place("Vosselaar", "2350", 51.3086, 4.8889, {"Kerkstraat", "Heieinde"})});
    return places;
}

} // namespace

const QStringList& DemoData::firstNames()
{
    static const QStringList names =
        list({"Emma",  "Louise", "Olivia",  "Noah",    "Arthur", "Liam",  "Lucas", "Jules",   "Mila",   "Nora",
              "Elise", "Lotte",  "Marie",   "Ella",    "Lars",   "Wout",  "Finn",  "Mohamed", "Adam",   "Yasmine",
              "Amira", "Aya",    "Youssef", "Ayoub",   "Zeynep", "Elif",  "Emir",  "Mehmet",  "Mei",    "Linh",
              "Minh",  "Anh",    "Kofi",    "Ama",     "Fatima", "Sara",  "Hanne", "Ine",     "Jana",   "Julie",
              "Sofie", "Tom",    "Pieter",  "Jan",     "Koen",   "Bart",  "Dries", "Sien",    "Fien",   "Bram",
              "Inès",  "Chloé",  "Zoë",     "Noël",    "Anaïs",  "Théo",  "Léa",   "Maël",    "Hélène", "Joëlle",
              "Zofia", "Jakub",  "Aminata", "Mamadou", "Ilyas",  "Salma", "Hamza", "Büşra",   "Gökhan", "Thuy"});
    return names;
}

const QStringList& DemoData::lastNames()
{
    static const QStringList names =
        list({"Peeters",      "Janssens",   "Maes",      "Jacobs",   "Mertens",   "Willems",      "Claes",
              "Goossens",     "Wouters",    "De Smet",   "Dubois",   "Lambert",   "Dupont",       "Van den Broeck",
              "Vermeulen",    "Van Damme",  "Hermans",   "Smets",    "Verhoeven", "El Amrani",    "El Idrissi",
              "Benali",       "Bouzid",     "Çelik",     "Yılmaz",   "Kaya",      "Demir",        "Öztürk",
              "Nguyen",       "Tran",       "Pham",      "Kowalski", "Nowak",     "Mensah",       "Diallo",
              "Van Hoeck",    "Verbruggen", "De Backer", "Aerts",    "Van Looy",  "Vandenberghe", "Desmet",
              "Van de Velde", "Coppens",    "Michiels",  "Leclercq", "Boukhari",  "Şahin"});
    return names;
}

const QStringList& DemoData::groupLocationNames()
{
    static const QStringList names = list({"Kinderdagverblijf De Speelvogel",
                                           "'t Kabouterhuis",
                                           "De Boomhut",
                                           "Het Zonnetje",
                                           "Kinderopvang Kwibus",
                                           "Villa Kakelbont",
                                           "De Notelaar",
                                           "Klein Duimpje",
                                           "Het Rupsje",
                                           "De Kleine Prins",
                                           "Kinderdagverblijf Pimpampoentje",
                                           "De Vlindertuin",
                                           "Het Speelkasteel",
                                           "Kribbe Sterrenhemel",
                                           "De Regenboog",
                                           "Kinderdagverblijf Dikkie Dik",
                                           "Het Egeltje",
                                           "De Zandbak",
                                           "Opvang Koekeloere",
                                           "De Madeliefjes"});
    return names;
}

const QStringList& DemoData::organisers(const QString& regionId)
{
    static const QHash<QString, QStringList> all{
        {QStringLiteral("antwerpen"),
         list({"Stad Antwerpen", "Ferm Kinderopvang", "Vzw Kinderopvang Scheldeland", "Kinderopvang Berchem vzw"})},
        {QStringLiteral("mechelen"), list({"Stad Mechelen", "Ferm Kinderopvang", "Vzw Dijlekindjes"})},
        {QStringLiteral("turnhout"), list({"Stad Turnhout", "Ferm Kinderopvang", "Vzw Kempenkind"})}};
    static const QStringList none;
    const auto it = all.find(regionId);
    return it == all.end() ? none : it.value();
}

const QVector<DemoPlace>& DemoData::places(const QString& regionId)
{
    static const QHash<QString, QVector<DemoPlace>> all = buildPlaces();
    static const QVector<DemoPlace> none;
    const auto it = all.find(regionId);
    return it == all.end() ? none : it.value();
}

QString DemoData::asciiName(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QChar(0x0131))
            out.append(c == QChar(0x0131) ? QLatin1Char('i') : c);
    }
    return out;
}

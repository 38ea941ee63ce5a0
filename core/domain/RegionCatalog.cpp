#include "RegionCatalog.h"

#include <QJsonObject>

namespace {

Municipality m(const char* name, std::initializer_list<const char*> postcodes)
{
    Municipality mu{QString::fromUtf8(name), {}};
    for (const char* p : postcodes)
        mu.postcodes.append(QString::fromLatin1(p));
    return mu;
}

QVector<Region> buildRegions()
{
    return {
        {QStringLiteral("antwerpen"),
         QStringLiteral("Antwerpen"),
         QStringLiteral("ANT"),
         {m("Antwerpen", {"2000", "2018", "2020", "2030", "2050", "2060"}), m("Berendrecht-Zandvliet-Lillo", {"2040"}),
          m("Berchem", {"2600"}), m("Borgerhout", {"2140"}), m("Deurne", {"2100"}), m("Ekeren", {"2180"}),
          m("Hoboken", {"2660"}), m("Merksem", {"2170"}), m("Wilrijk", {"2610"})}},
        {QStringLiteral("mechelen"),
         QStringLiteral("Mechelen"),
         QStringLiteral("MEC"),
         {m("Mechelen", {"2800", "2801", "2811", "2812"})}},
        {QStringLiteral("turnhout"),
         QStringLiteral("Stadsregio Turnhout"),
         QStringLiteral("TUR"),
         {m("Turnhout", {"2300"}), m("Oud-Turnhout", {"2360"}), m("Beerse", {"2340"}), m("Kasterlee", {"2460"}),
          m("Lille", {"2275"}), m("Vosselaar", {"2350"})}},
    };
}

} // namespace

QJsonArray Region::municipalitiesJson() const
{
    QJsonArray list;
    for (const Municipality& mu : municipalities)
        list.append(QJsonObject{{QStringLiteral("name"), mu.name},
                                {QStringLiteral("postcodes"), QJsonArray::fromStringList(mu.postcodes)}});
    return list;
}

bool Region::hasPostcode(const QString& postcode) const
{
    for (const Municipality& mu : municipalities) {
        if (mu.postcodes.contains(postcode))
            return true;
    }
    return false;
}

const QVector<Region>& RegionCatalog::regions()
{
    static const QVector<Region> all = buildRegions();
    return all;
}

const Region* RegionCatalog::find(const QString& regionId)
{
    for (const Region& r : regions()) {
        if (r.id == regionId)
            return &r;
    }
    return nullptr;
}

QStringList RegionCatalog::ids()
{
    QStringList all;
    for (const Region& r : regions())
        all.append(r.id);
    return all;
}

bool RegionCatalog::isRegionId(const QString& regionId)
{
    return find(regionId) != nullptr;
}

QString RegionCatalog::regionForPostcode(const QString& postcode)
{
    for (const Region& r : regions()) {
        if (r.hasPostcode(postcode))
            return r.id;
    }
    return QString();
}

QString RegionCatalog::municipalityForPostcode(const QString& postcode)
{
    for (const Region& r : regions()) {
        for (const Municipality& mu : r.municipalities) {
            if (mu.postcodes.contains(postcode))
                return mu.name;
        }
    }
    return QString();
}

#include "store/search/LocationFinder.h"

#include "store/cache/LocalCache.h"

#include <QSqlQuery>
#include <QtMath>

#include <algorithm>

LocationFinder::LocationFinder(const LocalCache& cache)
    : m_cache(cache)
{
}

QVector<LocationChoice> LocationFinder::published(const QString& regionId) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT id, name, kind, postcode, municipality, tariff, age_min_months, age_max_months,"
                             " lat, lon FROM locations WHERE region_id = ? AND published = 1 ORDER BY name, id"));
    q.addBindValue(regionId);
    QVector<LocationChoice> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        LocationChoice c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        c.kind = q.value(2).toString();
        c.postcode = q.value(3).toString();
        c.municipality = q.value(4).toString();
        c.tariff = q.value(5).toString();
        c.ageMinMonths = q.value(6).isNull() ? -1 : q.value(6).toInt();
        c.ageMaxMonths = q.value(7).isNull() ? -1 : q.value(7).toInt();
        c.hasPosition = !q.value(8).isNull() && !q.value(9).isNull();
        c.lat = q.value(8).toDouble();
        c.lon = q.value(9).toDouble();
        out.append(c);
    }
    return out;
}

bool LocationFinder::homeOf(const QVector<LocationChoice>& locations, const QString& postcode,
                            const QString& municipality, double* lat, double* lon)
{
    const auto centroid = [&](const auto& sameArea) {
        double sumLat = 0, sumLon = 0;
        int n = 0;
        for (const LocationChoice& c : locations) {
            if (c.hasPosition && sameArea(c)) {
                sumLat += c.lat;
                sumLon += c.lon;
                ++n;
            }
        }
        if (n == 0)
            return false;
        *lat = sumLat / n;
        *lon = sumLon / n;
        return true;
    };
    const QString pc = postcode.trimmed();
    const QString mu = municipality.trimmed();
    if (!pc.isEmpty() && centroid([&](const LocationChoice& c) { return c.postcode == pc; }))
        return true;
    return !mu.isEmpty() &&
           centroid([&](const LocationChoice& c) { return c.municipality.compare(mu, Qt::CaseInsensitive) == 0; });
}

QVector<LocationChoice> LocationFinder::nearestFirst(QVector<LocationChoice> locations, const QString& postcode,
                                                     const QString& municipality, bool* homeKnown)
{
    double lat = 0, lon = 0;
    const bool known = homeOf(locations, postcode, municipality, &lat, &lon);
    if (homeKnown)
        *homeKnown = known;
    if (!known)
        return locations;
    for (LocationChoice& c : locations)
        c.distanceKm = c.hasPosition ? distanceKm(lat, lon, c.lat, c.lon) : -1;
    std::stable_sort(locations.begin(), locations.end(), [](const LocationChoice& a, const LocationChoice& b) {
        if (a.hasPosition != b.hasPosition)
            return a.hasPosition;
        if (a.hasPosition && a.distanceKm != b.distanceKm)
            return a.distanceKm < b.distanceKm;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return locations;
}

double LocationFinder::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadiusKm = 6371.0;
    const double dLat = qDegreesToRadians(lat2 - lat1);
    const double dLon = qDegreesToRadians(lon2 - lon1);
    const double a = qSin(dLat / 2) * qSin(dLat / 2) +
                     qCos(qDegreesToRadians(lat1)) * qCos(qDegreesToRadians(lat2)) * qSin(dLon / 2) * qSin(dLon / 2);
    return 2 * kEarthRadiusKm * qAsin(qMin(1.0, qSqrt(a)));
}

#pragma once

#include <QString>
#include <QVector>

class LocalCache;

// One published location as the application wizard offers it.
struct LocationChoice {
    QString id;
    QString name;
    QString kind; // group | family
    QString postcode;
    QString municipality;
    QString tariff; // income_related | free_price | empty when unknown
    int ageMinMonths = -1;
    int ageMaxMonths = -1;
    bool hasPosition = false;
    double lat = 0;
    double lon = 0;
    double distanceKm = -1; // set by nearestFirst(); -1 when unknown
};

// The published locations of a region, and their order by distance from a parent's home. The cache holds
// no coordinates for postcodes, so the parent's place is estimated as the centroid of the cached locations
// in the same postcode, or else in the same municipality; without either there is no distance to sort by.
class LocationFinder
{
public:
    explicit LocationFinder(const LocalCache& cache);

    // Sorted by name.
    QVector<LocationChoice> published(const QString& regionId) const;

    // The estimated home of someone living in postcode (municipality as a fall-back); false when none of
    // the locations says where that is.
    static bool homeOf(const QVector<LocationChoice>& locations, const QString& postcode, const QString& municipality,
                       double* lat, double* lon);
    // Nearest first from that home, with distanceKm filled in; locations without a position go last, by name.
    // Returns the locations unchanged (by name) when the home is unknown; *homeKnown says which.
    static QVector<LocationChoice> nearestFirst(QVector<LocationChoice> locations, const QString& postcode,
                                                const QString& municipality, bool* homeKnown = nullptr);
    // Great-circle distance (haversine), in kilometres.
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);

private:
    const LocalCache& m_cache;
};

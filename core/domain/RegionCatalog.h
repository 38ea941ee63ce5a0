#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QVector>

// The three regions that share the system, with their municipalities and real postcodes.
struct Municipality {
    QString name;
    QStringList postcodes;
};

struct Region {
    QString id; // antwerpen | mechelen | turnhout
    QString name;
    QString numberPrefix; // ANT | MEC | TUR
    QVector<Municipality> municipalities;

    QJsonArray municipalitiesJson() const;
    bool hasPostcode(const QString& postcode) const;
};

class RegionCatalog
{
public:
    static const QVector<Region>& regions();
    static const Region* find(const QString& regionId);
    // The ids of every region, in the catalogue's order.
    static QStringList ids();
    static bool isRegionId(const QString& regionId);
    // Empty when the postcode lies outside the three regions.
    static QString regionForPostcode(const QString& postcode);
    static QString municipalityForPostcode(const QString& postcode);
};

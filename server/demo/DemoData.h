#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// Fixed word lists behind the demo data set: names common in Flanders and among Belgian families of
// Moroccan, Turkish, Vietnamese, Polish, Ghanaian and Guinean origin, real streets and coordinates of the
// municipalities in the three regions, and location names. Invented people; real places.
struct DemoPlace {
    QString municipality;
    QString postcode;
    double lat;
    double lon;
    QStringList streets;
};

class DemoData
{
public:
    static const QStringList& firstNames();
    static const QStringList& lastNames();
    static const QStringList& groupLocationNames();
    static const QStringList& organisers(const QString& regionId);
    // The places (municipality, postcode, streets) of one region, from RegionCatalog's municipalities.
    static const QVector<DemoPlace>& places(const QString& regionId);
    // Lower-case ASCII for e-mail addresses: "Çelik" -> "celik", "El Amrani" -> "elamrani".
    static QString asciiName(const QString& name);
};

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

class LocalCache;

// Who a free place can be offered to, and which places an application can be offered (docs/ARCHITECTURE.md
// "Domain"): open applications with the place's location among their preferences that PlaceFit accepts, best
// first — most priority grounds, then on the emergency list, then the earliest submitted (until rule sets
// decide the order). Read from the cache, so it works offline; the server still judges the offer itself.
class OfferCandidates
{
public:
    struct Family {
        QString applicationId;
        QString number;
        QString child;
        QString parent;
        QStringList priority; // the grounds that are set (ListFilter::priorityFlags() names)
        bool onEmergencyList = false;
        QString submittedAt;
        QString desiredStart;
    };
    struct Place {
        QString freePlaceId;
        QString locationId;
        QString location;
        QString municipality;
        QString availableFrom;
        int ageMin = 0;
        int ageMax = 0;
        int free = 0; // count minus the offers out on it
    };

    explicit OfferCandidates(const LocalCache& cache);

    QVector<Family> forPlace(const QString& freePlaceId) const;
    QVector<Place> forApplication(const QString& applicationId) const;
    QString lastError() const { return m_error; }

private:
    const LocalCache& m_cache;
    mutable QString m_error;
};

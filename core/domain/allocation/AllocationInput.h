#pragma once

#include "PriorityGrounds.h"
#include "domain/PlaceFit.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

// What one joint allocation runs over (docs/ARCHITECTURE.md "Joint allocation"), read once from synced rows so the
// engine never touches JSON in its inner loop: the open applications of a region with their child's dates, the free
// seats of its open places, the locations' names for the explanations, and the seed. The server builds it from
// its storage, a client could from its cache: both get the same result from the same rows.
class AllocationInput
{
public:
    struct Application {
        QString id;
        QString parentId;
        PlaceFit::Wish wish;
        PriorityGrounds grounds;
    };
    struct Place {
        QString id;
        PlaceFit::Place terms; // terms.locationId is the location
        int seats = 0;         // the place's count less the seats its sent and accepted offers hold
    };

    QVector<Application> applications;
    QVector<Place> places;
    QHash<QString, QString> locationNames; // id → name
    quint64 seed = 0;

    // `children` by id; a place's seats are `count` less `heldSeats[place id]`.
    static AllocationInput fromRows(const QVector<QJsonObject>& applications,
                                    const QHash<QString, QJsonObject>& children, const QVector<QJsonObject>& places,
                                    const QHash<QString, int>& heldSeats, const QVector<QJsonObject>& locations,
                                    quint64 seed);
    // Whether an application in this state takes part (submitted or in review: waiting, without a sent offer).
    static bool isOpen(const QJsonObject& application);
};

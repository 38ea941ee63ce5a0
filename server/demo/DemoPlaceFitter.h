#pragma once

#include "demo/DemoPlaceBook.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QVector>

class DemoRandom;
class ServerStorage;

// Makes part of the demo's free places fit families that wait for one, the way an organiser reports a place a
// waiting family could take: a place nobody was offered gets the start, days and age band of a family that chose
// its location. Without it the random places and the random wishes rarely meet and a joint allocation over the demo
// gives almost nobody a place. Runs after the families are written, drawing its numbers last, so every other demo
// row stays as it was for the same seed and day.
class DemoPlaceFitter
{
public:
    // A waiting (submitted or in review) application and its child, as written.
    void note(const QJsonObject& application, const QJsonObject& child);
    // Rewrites four in five of the places without offers to fit a waiting family of their location; returns how many.
    int fit(ServerStorage& storage, const QVector<DemoPlaceBook::Place>& places, DemoRandom& rng) const;

private:
    struct Waiting {
        QDate start;
        int flexibilityWeeks = 0;
        QJsonObject days;
        QDate birth; // or expected birth
    };
    // The fields that make `place` fit `family`; empty when the family cannot start there soon enough.
    static QJsonObject fittingTerms(const Waiting& family, const QDate& today);

    QHash<QString, QVector<Waiting>> m_byLocation; // location id -> families that chose it
};

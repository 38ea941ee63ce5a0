#pragma once

#include "store/lists/ListFilter.h"

#include <QString>
#include <QStringList>
#include <QVector>

// What one dashboard chart shows, apart from how it is drawn: categories along one axis, one or more series of
// whole numbers, and per category the applications list filter a click opens. The chart, its table for screen
// readers and its CSV are all made from this, so they always hold the same figures.
struct ChartData {
    struct Series {
        QString name;
        QVector<qint64> values;
        // True when a value counts people: under 5 it shows as "< 5" and its bar stays flat.
        bool people = true;
        QString unit; // shown after a value that is not a count of people ("%", " days")
    };

    QString id;    // file names of exports: "per-month", "funnel", …
    QString title; // in the window's language
    QString note;  // a line under the title (basis, median, rule set)
    QStringList categories;
    QString categoryTitle; // under the categories, when their labels need a unit ("days")
    QString valueTitle;    // beside the values, when they are not counts ("% of the applications")
    QVector<Series> series;
    QVector<ListFilter> drill; // per category; empty or isEmpty(): a click opens nothing
    bool horizontal = false;
};

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Whether a free place fits an application (docs/ARCHITECTURE.md "Domain"): the place's location is among the
// preferences, the child's age (in whole months, from the birth date or the expected one) lies within the
// place's age band on the day it is available, that day lies within desired start ± flexibility, and the place
// offers every day the family asked for (a full day also serves a half-day wish). One rule for offers by hand
// and the joint allocation: the allocation checks millions of pairs, so the rule works on parsed terms (Place,
// Wish), and the row form parses them and asks the same question.
class PlaceFit
{
    Q_DECLARE_TR_FUNCTIONS(PlaceFit)

public:
    enum class Misfit { None, NotPreferred, Age, Start, Days };

    // Weekdays mon..fri as bits 0..4: `any` has a bit for every day named, `full` for every full day.
    struct Days {
        quint8 any = 0;
        quint8 full = 0;
        quint8 offeredNotHalf = 0; // on a place: days offered as anything but half
    };
    // What of a free place the rule reads.
    struct Place {
        QString locationId;
        QDate availableFrom;
        int ageMinMonths = 0;
        int ageMaxMonths = 0;
        Days days;
    };
    // What of an application and its child the rule reads.
    struct Wish {
        QStringList preferences;
        QDate born; // birth date, else the expected one; invalid when neither is known
        QDate desiredStart;
        int flexibilityWeeks = 0;
        Days days;
    };

    static Misfit check(const QJsonObject& place, const QJsonObject& application, const QJsonObject& child);
    static Misfit check(const Place& place, const Wish& wish);
    // The same without the preference test (the allocation asks only about preferred locations).
    static Misfit checkTerms(const Place& place, const Wish& wish);
    static Place placeOf(const QJsonObject& place);
    static Wish wishOf(const QJsonObject& application, const QJsonObject& child);
    static Days daysOf(const QJsonObject& days);
    // Whole months from birth to day (negative before birth).
    static int ageInMonths(const QDate& birth, const QDate& day);
    static bool daysFit(const QJsonObject& placeDays, const QJsonObject& wantedDays);
    static bool daysFit(const Days& offered, const Days& wanted);
    // Why it does not fit, in plain words.
    static QString explain(Misfit misfit);
};

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

// Whether a free place fits an application (docs/ARCHITECTURE.md "Domain"): the place's location is among the
// preferences, the child's age (in whole months, from the birth date or the expected one) lies within the
// place's age band on the day it is available, that day lies within desired start ± flexibility, and the place
// offers every day the family asked for (a full day also serves a half-day wish). One rule for offers by hand
// and, later, the joint allocation.
class PlaceFit
{
    Q_DECLARE_TR_FUNCTIONS(PlaceFit)

public:
    enum class Misfit { None, NotPreferred, Age, Start, Days };

    static Misfit check(const QJsonObject& place, const QJsonObject& application, const QJsonObject& child);
    // Whole months from birth to day (negative before birth).
    static int ageInMonths(const QDate& birth, const QDate& day);
    static bool daysFit(const QJsonObject& placeDays, const QJsonObject& wantedDays);
    // Why it does not fit, in plain words.
    static QString explain(Misfit misfit);
};

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// The age bands the agency counts children in (not born yet, under one, one, two or older): one definition for the
// period report, the dashboard's waiting children per age and the applications list's age filter, so a click on a
// bar lists exactly the children the bar counts.
class AgeBand
{
public:
    static QStringList all(); // "unborn", "0", "1", "2_plus"
    // The band of a child born on `birth` (invalid: not born yet, or no date) on the day `on`.
    static QString of(const QDate& birth, const QDate& on);
    // Children of `band` on `on` were born after `*after` and on or before `*by` (an invalid date: no bound). For
    // "unborn" both stay invalid: those have no birth date, or one after `on`. False for an unknown band.
    static bool bornBetween(const QString& band, const QDate& on, QDate* after, QDate* by);
    // Whether a place for children of lowMonths to highMonths old (both included) takes a child of `band`; a child
    // not born yet needs a place for a baby.
    static bool takes(const QString& band, int lowMonths, int highMonths);
};

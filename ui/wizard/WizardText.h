#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

struct LocationChoice;

// Plain words for what the application wizard shows, and the one way it reads a typed date.
class WizardText
{
    Q_DECLARE_TR_FUNCTIONS(WizardText)

public:
    // Accepts 31/12/2026, 31-12-2026, 31.12.2026 and 2026-12-31; an invalid QDate otherwise.
    static QDate parseDate(const QString& text);
    // "1 January 2026", in the interface language.
    static QString longDate(const QDate& date);
    // "from 3 months to 3 years", "up to 2½ years" style wording of an age range in months.
    static QString ageRange(int minMonths, int maxMonths);
    static QString age(int months);
    static QString kind(const QString& kind);
    static QString tariff(const QString& tariff);
    // Two lines: name, then kind, place, age range, tariff (and distance when known).
    static QString locationLine(const LocationChoice& location);
    static QString dayPart(const QString& value); // full | half | empty
    static QString weekday(const QString& key);   // mon .. fri
    static QStringList weekdayKeys();
};

#pragma once

#include <QString>

// Belgian national register number (rijksregisternummer): 11 digits, mod-97 check over the first nine,
// with a "2" put in front for people born in 2000 or later.
class NationalNumber
{
public:
    // Strips spaces, dots and dashes; returns an empty string when anything else is left but digits.
    static QString normalize(const QString& input);
    static bool isValid(const QString& input);
    // "85.07.30-033.28" style, for display; returns the input unchanged when it is not 11 digits.
    static QString format(const QString& input);
};

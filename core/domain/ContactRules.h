#pragma once

#include <QString>

// E-mail and telephone rules shared by forms (validate as you type) and the server (validate on push).
class ContactRules
{
public:
    static bool isValidEmail(const QString& email);
    // Accepts "0470 12 34 56", "+32 470/12.34.56", "0032470123456"; returns E.164 ("+32470123456") or an
    // empty string when the input cannot be a phone number. Numbers without a country code are Belgian.
    static QString normalizePhone(const QString& input);
    static bool isValidE164(const QString& phone);
    // All digits of a phone in its national form too, for search ("0470123456" and "32470123456").
    static QString searchDigits(const QString& phone);
};

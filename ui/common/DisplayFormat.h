#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

// How stored values read for a person at the counter: Belgian dates, phones in national notation, and
// plain words instead of wire codes ("counter", "in_review").
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    // "2026-03-01" or an ISO date-time -> "01-03-2026" (date-times in local time); empty stays empty.
    static QString date(const QVariant& isoValue);
    static QString time(const QDateTime& utc);
    // "+32470123456" -> "0470 12 34 56"; numbers from abroad stay in international form.
    static QString phone(const QString& e164);
    static QString statusLabel(const QString& status);
    static QString statusExplanation(const QString& status);
    static QString channel(const QString& channel);
    // A priority ground in words: the flags of an application's `priority`, and "sibling" (a brother or sister in a
    // location).
    static QString priorityGround(const QString& flag);
    // A child's age band as the agency counts it (AgeBand): "unborn", "0", "1", "2_plus".
    static QString childAge(const QString& band);
    // queued / sent / failed in words.
    static QString messageStatus(const QString& status);
    // A parent mail template by what it is for ("Offer made"); empty = a message of the worker's own.
    static QString messageTemplate(const QString& name);
    static QString languageName(const QString& bcp47);
    static QString contactPreference(const QString& preference);
    static QString locationKind(const QString& kind);
    // The emergency list: urgency 1..3, why a family is on it, how an entry ended.
    static QString urgency(int urgency);
    static QString emergencyReason(const QString& reason);
    static QString resolution(const QString& resolution);
    // proposed / sent / accepted / declined / expired / withdrawn in words.
    static QString offerStatus(const QString& status);
    // open / reserved / filled / withdrawn in words.
    static QString placeStatus(const QString& status);
    // draft / confirmed / discarded (an allocation run) in words.
    static QString allocationStatus(const QString& status);
    // admin / coordinator / counter / referrer (an account's role) in words.
    static QString role(const QString& role);
    // An ISO date-time as local "07-12-2026 14:05"; empty stays empty.
    static QString dateTime(const QString& iso);
    // An age band in months: "0–36 months".
    static QString ageBand(int minMonths, int maxMonths);
    // {"mon":"full","tue":"half"} -> "Mon full, Tue half"
    static QString days(const QJsonObject& days);
    // The same for a list column: "Mon Tue Wed½" (½: a half day).
    static QString daysShort(const QJsonObject& days);

private:
    static QString otherLanguageName(const QString& primary);
};

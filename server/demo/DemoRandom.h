#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Seeded randomness for demo data: the same seed and day give the same ids, names and dates on every run. The demo's
// dates are written as if today were kReferenceDay and moved to the day it is seeded (the anchor), so "overdue",
// "last 12 months" and every chart look like a real office on that day.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed, const QDate& anchor = QDate::currentDate());

    int between(int low, int high); // inclusive
    bool chance(int percent);
    template <typename List> const typename List::value_type& pick(const List& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }
    // A UUID v7 whose time part counts up from a fixed instant, so ids sort in creation order.
    QString uuid();
    // A day between from and to, both given as if today were kReferenceDay, moved to the anchor.
    QDate dateBetween(const QDate& from, const QDate& to);
    // The day the demo is seeded for: what kReferenceDay becomes.
    QDate anchor() const;
    // Two days before the anchor, 08:00 UTC, plus the given seconds, ISO-8601.
    QString timestamp(qint64 secondsAfterBase) const;

    static constexpr int kReferenceYear = 2026, kReferenceMonth = 1, kReferenceDayOfMonth = 6;

private:
    QRandomGenerator m_rng;
    quint64 m_idCounter = 0;
    qint64 m_shiftDays = 0;
    qint64 m_timestampBaseMs = 0;
};

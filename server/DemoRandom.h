#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Seeded randomness for demo data: the same seed gives the same ids, names and dates on every run.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed);

    int between(int low, int high); // inclusive
    bool chance(int percent);
    template <typename List> const typename List::value_type& pick(const List& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }
    // A UUID v7 whose time part counts up from a fixed instant, so ids sort in creation order.
    QString uuid();
    QDate dateBetween(const QDate& from, const QDate& to);
    // A fixed instant (2026-01-05 08:00 UTC) plus the given seconds, ISO-8601.
    static QString timestamp(qint64 secondsAfterBase);

private:
    QRandomGenerator m_rng;
    quint64 m_idCounter = 0;
};

#pragma once

#include "report/DashboardFilter.h"

#include <QDate>
#include <QString>
#include <QVariantList>
#include <QVector>

class LocalCache;
class RuleSet;
class QSqlQuery;

// The coordinator's dashboard counted from the cache (docs/ARCHITECTURE.md "The dashboard"), so it works offline:
// applications filed and children placed per month, the state funnel, days from filing to a first offer, channels,
// demand against free places per municipality and per age band, priority grounds against the reserved share, and the
// emergency list now and per month. Aggregates in SQL, never a row per family in memory; raw counts — the view decides
// what may be shown.
class DashboardFigures
{
public:
    struct Month {
        QDate month; // the first day
        qint64 filed = 0;
        qint64 placed = 0; // children placed now whose place was taken in the month (the accepted offer's answer)
    };
    struct Stage {
        QString stage;      // submitted, in_review, offered, accepted, placed
        qint64 reached = 0; // applications of the period that got this far
        qint64 left = 0;    // of those, cancelled or expired with this as the last stage reached
    };
    struct WaitBucket {
        int fromDays = 0;
        int toDays = 0; // included; -1: no upper bound
        qint64 count = 0;
    };
    struct Waits {
        QVector<WaitBucket> buckets;
        int median = -1; // days; -1 without offers
        int p90 = -1;
        qint64 basis = 0; // applications with an offer
    };
    struct Count {
        QString key; // a channel, a municipality, a priority ground
        qint64 value = 0;
        qint64 other = 0; // demand: the free seats beside the waiting children
    };
    struct Priority {
        QVector<Count> grounds;     // applications of the period with each ground
        qint64 applications = 0;    // all applications of the period
        qint64 inReservedGroup = 0; // those the region's rule set counts in its reserved share's group
        double reservedShare = -1;  // the rule set's share; -1 without one
    };
    struct Emergency {
        qint64 open = 0;
        qint64 overdue = 0; // open with a follow-up day before today
    };
    struct EmergencyMonth {
        QDate month;         // the first day
        qint64 onList = 0;   // open at the month's end (today for the month that is running)
        qint64 added = 0;    // went on the list in the month
        qint64 resolved = 0; // came off it in the month
    };
    struct All {
        QVector<Month> months;
        QVector<Stage> funnel;
        Waits waits;
        QVector<Count> channels;
        QVector<Count> demand;      // per municipality: value waiting children, other open seats
        QVector<Count> demandByAge; // per age band (AgeBand): the same, seats counted in every band their ages take
        Priority priority;
        Emergency emergency;
        QVector<EmergencyMonth> emergencyMonths; // the period's months
    };

    explicit DashboardFigures(const LocalCache& cache);

    // Everything for one filter; false with *error when the cache cannot be read. `today` for "overdue" and for the
    // rule set in force.
    bool compute(const DashboardFilter& filter, const QDate& today, All* all, QString* error) const;

    static QStringList stages();

private:
    bool filed(const RuleSet* rules, All* all) const;
    bool placed(All* all) const;
    bool waits(All* all) const;
    bool demand(const QDate& today, All* all) const;
    bool emergency(const QDate& today, All* all) const;
    bool emergencyOverTime(const QDate& today, All* all) const;
    // " AND <column> = ?" when a municipality is chosen.
    QString municipalityCondition(const char* column) const;
    static Month* monthOf(All* all, const QString& yearMonth);
    // "FROM list_applications l WHERE" the filter's region, period and municipality; its values bound in order.
    QString applicationsOfPeriod() const;
    QString periodConditions() const;
    QVariantList periodValues() const;
    QVariantList regionValues() const;
    QString regionList() const;
    bool run(QSqlQuery& q, const QString& sql, const QVariantList& values) const;

    const LocalCache& m_cache;
    mutable DashboardFilter m_filter;
    mutable QString m_error;
};

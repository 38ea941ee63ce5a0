#pragma once

#include "domain/allocation/AllocationInput.h"

#include <QDate>
#include <QString>
#include <QVector>

class LocalCache;
class RuleSet;

// Where one open application stands, read from the cache alone so a counter can tell a family offline
// (docs/ARCHITECTURE.md "Joint allocation", "Position"): per preferred location its tier under the region's rule
// set, how many other open applications there rank certainly ahead and how many share the tier (RuleSet::tierOf,
// the tier the engine ranks by, counted as AllocationPosition counts, which the unit test checks), and an expected wait
// from the placements at that location in the last 12 months. Counts and durations only, never another family's name or
// id.
class ApplicationPosition
{
public:
    // Below this many placements in the window a median says more about chance than about the location.
    static constexpr int kMinimumPlacements = 5;
    static constexpr int kWindowMonths = 12;

    struct ExpectedWait {
        int placements = 0;  // accepted offers at the location in the window
        int medianDays = -1; // from filing to accepting; -1 below kMinimumPlacements
        bool known() const { return medianDays >= 0; }
    };
    struct AtLocation {
        QString locationId;
        QString locationName;
        int tier = 0; // 1 = the highest priority
        int ahead = 0;
        int sameTier = 0;
        ExpectedWait wait;
    };
    struct Result {
        const RuleSet* rules = nullptr; // null: no position (not open, unknown, no preferences)
        QVector<AtLocation> locations;
        bool available() const { return rules != nullptr && !locations.isEmpty(); }
    };

    explicit ApplicationPosition(const LocalCache& cache);

    // `today` bounds the window of placements (today − 12 months … today) and picks the rule set in force when the
    // region has none chosen.
    Result of(const QString& applicationId, const QDate& today) const;
    // The rule set a region's allocations use: its `rule_set_id`, or the set in force on `today` when that is null
    // or names a set this client does not know.
    const RuleSet* ruleSetOf(const QString& regionId, const QDate& today) const;
    QString lastError() const { return m_error; }

private:
    bool countQueue(const AllocationInput::Application& self, const QStringList& locations, const RuleSet& rules,
                    Result* result) const;
    bool readWaits(const QStringList& locations, const QDate& today, Result* result) const;
    bool readNames(const QStringList& locations, Result* result) const;

    const LocalCache& m_cache;
    mutable QString m_error;
};

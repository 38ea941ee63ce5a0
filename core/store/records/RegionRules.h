#pragma once

#include <QCoreApplication>
#include <QString>

class LocalCache;
class RuleSet;

// Which priority rule set a region's joint allocations use (docs/PROTOCOL.md "Rule sets"): the synced field
// `regions.rule_set_id`, or — while nobody chose — the shipped set in force today. Reading works offline from the
// cache; changing it is one local write with its outbox entry, and the server lets only the region's coordinator or
// an admin make it.
class RegionRules
{
    Q_DECLARE_TR_FUNCTIONS(RegionRules)

public:
    explicit RegionRules(LocalCache& cache);

    // The set the region's next run would use; null only when the shipped file holds none in force.
    const RuleSet* active(const QString& regionId) const;
    // True when the region names its set; false when it follows the set in force.
    bool isChosen(const QString& regionId) const;
    bool choose(const QString& regionId, const QString& ruleSetId, QString* error);

private:
    LocalCache& m_cache;
};

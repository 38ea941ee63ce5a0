#pragma once

#include "AllocationInput.h"
#include "RuleSet.h"

#include <QString>
#include <QVector>

// Where an open application stands at one of its preferred locations (docs/PROTOCOL.md "Rule sets", position):
// how many other open applications that also chose the location rank certainly ahead of it there (a better tier
// under the region's rule set) and how many share its tier (the lottery will decide between them). The same tiers
// the engine ranks by (RuleSet::tierOf), so a client can tell a family where it stands from its cache, offline.
// Counts only, never who.
class AllocationPosition
{
public:
    struct AtLocation {
        QString locationId;
        int tier = 0;
        int ahead = 0;
        int sameTier = 0;
    };

    // One entry per distinct preferred location of `application`, in its order; `others` may include it (skipped).
    static QVector<AtLocation> of(const RuleSet& rules, const AllocationInput::Application& application,
                                  const QVector<AllocationInput::Application>& others);
};

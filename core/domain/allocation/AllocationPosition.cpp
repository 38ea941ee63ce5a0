#include "AllocationPosition.h"

QVector<AllocationPosition::AtLocation> AllocationPosition::of(const RuleSet& rules,
                                                               const AllocationInput::Application& application,
                                                               const QVector<AllocationInput::Application>& others)
{
    QVector<AtLocation> positions;
    for (const QString& locationId : application.wish.preferences) {
        bool seen = false;
        for (const AtLocation& p : positions)
            seen = seen || p.locationId == locationId;
        if (seen)
            continue;
        AtLocation at;
        at.locationId = locationId;
        at.tier = rules.tierOf(application.grounds, locationId);
        for (const AllocationInput::Application& other : others) {
            if (other.id == application.id || !other.wish.preferences.contains(locationId))
                continue;
            const int tier = rules.tierOf(other.grounds, locationId);
            at.ahead += tier < at.tier ? 1 : 0;
            at.sameTier += tier == at.tier ? 1 : 0;
        }
        positions.append(at);
    }
    return positions;
}

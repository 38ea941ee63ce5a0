#include "AllocationEngine.h"

#include "Lottery.h"

#include <QSet>
#include <algorithm>

namespace {
constexpr int kTierShift = 53;
constexpr quint64 kNotInGroup = quint64(1) << 62;
} // namespace

AllocationEngine::AllocationEngine(const RuleSet& rules, const AllocationInput& input)
    : m_rules(rules)
    , m_input(input)
{
}

quint64 AllocationEngine::priorityKey(bool reservedSlot, bool member, int tier, quint64 lotteryBits)
{
    return (reservedSlot && !member ? kNotInGroup : 0) | (quint64(tier) << kTierShift) | lotteryBits;
}

QString AllocationEngine::siblingGroupKey(const AllocationInput::Application& application)
{
    // Siblings filed together: the same parent and the same desired start (twins, or children filed as one
    // family's request). An application without a parent or start is a group of its own.
    if (application.parentId.isEmpty() || !application.wish.desiredStart.isValid())
        return application.id;
    return application.parentId + QLatin1Char('|') + application.wish.desiredStart.toString(Qt::ISODate);
}

AllocationResult AllocationEngine::run()
{
    indexPlaces();
    indexApplications();
    const QVector<bool> none(m_apps.size(), false);
    const QVector<int> noSlots(m_apps.size(), -1);
    m_holding = solve(none, noSlots);
    keepSiblingsTogether();
    return collect();
}

void AllocationEngine::indexPlaces()
{
    for (const AllocationInput::Place& p : m_input.places) {
        if (p.seats > 0)
            m_places.append(&p);
    }
    std::sort(m_places.begin(), m_places.end(), [](auto* a, auto* b) { return a->id < b->id; });
    for (const AllocationInput::Place* p : m_places) {
        if (!m_locationIndex.contains(p->terms.locationId)) {
            m_locationIndex.insert(p->terms.locationId, 0);
            m_locations.append(p->terms.locationId);
        }
    }
    std::sort(m_locations.begin(), m_locations.end());
    for (int i = 0; i < m_locations.size(); ++i)
        m_locationIndex.insert(m_locations.at(i), i);
    m_placesAt.resize(m_locations.size());
    for (int p = 0; p < m_places.size(); ++p)
        m_placesAt[m_locationIndex.value(m_places.at(p)->terms.locationId)].append(p);
    m_slotsOf.resize(m_places.size());
    for (int l = 0; l < m_locations.size(); ++l) {
        QVector<int>& at = m_placesAt[l];
        std::stable_sort(at.begin(), at.end(), [this](int a, int b) {
            return m_places.at(a)->terms.availableFrom < m_places.at(b)->terms.availableFrom;
        });
        for (int p : at) {
            for (int seat = 0; seat < m_places.at(p)->seats; ++seat) {
                m_slotsOf[p].append(m_slots.size());
                m_slots.append({p, l, false});
            }
        }
        markReserved(l);
    }
}

void AllocationEngine::markReserved(int location)
{
    // The location's reserved slots are spread over its places, one per place in turn (earliest place first),
    // each place's last seats first; then each place lists its open slots before its reserved ones, so a child of
    // the share's group competes for the open slots first and falls back on the reserved ones.
    int slotCount = 0;
    for (int p : m_placesAt.at(location))
        slotCount += m_slotsOf.at(p).size();
    int left = m_rules.reservedSlots(slotCount);
    QVector<int> marked(m_places.size(), 0);
    while (left > 0) {
        for (int p : m_placesAt.at(location)) {
            const QVector<int>& seats = m_slotsOf.at(p);
            if (left == 0 || marked[p] == seats.size())
                continue;
            m_slots[seats.at(seats.size() - 1 - marked[p])].reserved = true;
            ++marked[p];
            --left;
        }
    }
}

void AllocationEngine::indexApplications()
{
    for (const AllocationInput::Application& a : m_input.applications)
        m_apps.append(&a);
    std::sort(m_apps.begin(), m_apps.end(), [](auto* a, auto* b) { return a->id < b->id; });
    const int n = m_apps.size();
    m_lottery.resize(n);
    m_member.resize(n);
    m_lists.resize(n);
    m_misfits.resize(n);
    for (int c = 0; c < n; ++c) {
        const QString group = siblingGroupKey(*m_apps.at(c));
        m_lottery[c] = Lottery::drawBits(m_input.seed, group);
        m_member[c] = m_rules.inReservedGroup(m_apps.at(c)->grounds);
        if (group != m_apps.at(c)->id)
            m_groups[group].append(c);
        buildList(c);
    }
    for (auto it = m_groups.begin(); it != m_groups.end();)
        it = it.value().size() < 2 ? m_groups.erase(it) : std::next(it);
}

void AllocationEngine::buildList(int child)
{
    const AllocationInput::Application& app = *m_apps.at(child);
    QSet<int> seen;
    AllocationReason& why = m_misfits[child];
    for (const QString& locationId : app.wish.preferences) {
        ++why.preferences;
        const auto found = m_locationIndex.constFind(locationId);
        if (found == m_locationIndex.constEnd()) {
            ++why.noPlaceOpen;
            continue;
        }
        if (seen.contains(*found))
            continue;
        seen.insert(*found);
        const int tier = m_rules.tierOf(app.grounds, locationId);
        QVector<int> eligible;
        QVector<PlaceFit::Misfit> misfits;
        QVector<int> ages;
        for (int p : m_placesAt.at(*found)) {
            const PlaceFit::Misfit misfit = PlaceFit::checkTerms(m_places.at(p)->terms, app.wish);
            if (misfit == PlaceFit::Misfit::None) {
                eligible.append(p);
                continue;
            }
            misfits.append(misfit);
            const int age = app.wish.born.isValid()
                                ? PlaceFit::ageInMonths(app.wish.born, m_places.at(p)->terms.availableFrom)
                                : -1;
            ages.append(age < m_places.at(p)->terms.ageMinMonths ? -1 : 1);
        }
        if (eligible.isEmpty()) {
            noteMisfits(child, misfits, ages);
            continue;
        }
        // Among a location's places the one starting nearest the desired start comes first.
        const QDate desired = app.wish.desiredStart;
        std::stable_sort(eligible.begin(), eligible.end(), [&](int a, int b) {
            return qAbs(desired.daysTo(m_places.at(a)->terms.availableFrom)) <
                   qAbs(desired.daysTo(m_places.at(b)->terms.availableFrom));
        });
        for (int p : eligible) {
            for (int s : m_slotsOf.at(p))
                m_lists[child].append(
                    {s, priorityKey(m_slots.at(s).reserved, m_member.at(child), tier, m_lottery.at(child))});
        }
    }
}

void AllocationEngine::noteMisfits(int child, const QVector<PlaceFit::Misfit>& misfits, const QVector<int>& ages)
{
    // One reason per location: the most common among its places (age first on a tie, then start, then days).
    int young = 0, old = 0, start = 0, days = 0;
    for (int i = 0; i < misfits.size(); ++i) {
        if (misfits.at(i) == PlaceFit::Misfit::Age)
            (ages.at(i) < 0 ? young : old) += 1;
        else if (misfits.at(i) == PlaceFit::Misfit::Start)
            ++start;
        else if (misfits.at(i) == PlaceFit::Misfit::Days)
            ++days;
    }
    AllocationReason& why = m_misfits[child];
    const int top = std::max({young, old, start, days});
    if (top == young)
        ++why.tooYoung;
    else if (top == old)
        ++why.tooOld;
    else if (top == start)
        ++why.startOutside;
    else
        ++why.daysMissing;
}

QVector<int> AllocationEngine::solve(const QVector<bool>& fixedChild, const QVector<int>& fixedSlot)
{
    // Children fixed by the sibling pass keep their slot; the others are matched over the remaining slots.
    QVector<bool> slotTaken(m_slots.size(), false);
    for (int c = 0; c < fixedChild.size(); ++c) {
        if (fixedChild.at(c))
            slotTaken[fixedSlot.at(c)] = true;
    }
    QVector<QVector<DeferredAcceptance::Choice>> lists(m_apps.size());
    for (int c = 0; c < m_apps.size(); ++c) {
        if (fixedChild.at(c))
            continue;
        for (const DeferredAcceptance::Choice& choice : m_lists.at(c)) {
            if (!slotTaken.at(choice.slot))
                lists[c].append(choice);
        }
    }
    const QVector<int> entries = DeferredAcceptance::run(m_slots.size(), lists);
    QVector<int> holding(m_apps.size(), -1);
    for (int c = 0; c < m_apps.size(); ++c)
        holding[c] = fixedChild.at(c) ? fixedSlot.at(c) : entries.at(c) < 0 ? -1 : lists.at(c).at(entries.at(c)).slot;
    return holding;
}

bool AllocationEngine::groupTogether(const QVector<int>& group) const
{
    const int first = m_holding.at(group.first());
    if (first < 0)
        return false;
    for (int c : group) {
        if (m_holding.at(c) < 0 || m_slots.at(m_holding.at(c)).location != m_slots.at(first).location)
            return false;
    }
    return true;
}

void AllocationEngine::keepSiblingsTogether()
{
    // One pass over the groups (by key): a group apart after the match moves, whole, to the first location in
    // its eldest application's preferences that all of them chose and that has a fitting slot for each among the
    // slots still free or held by the group itself. Groups already together stay where they are. If any group
    // moved, everyone else is matched again over the slots left, so the slots it freed find their children.
    QVector<int> holderOf(m_slots.size(), -1);
    for (int c = 0; c < m_holding.size(); ++c) {
        if (m_holding.at(c) >= 0)
            holderOf[m_holding.at(c)] = c;
    }
    QVector<bool> fixedChild(m_apps.size(), false);
    bool moved = false;
    for (const QVector<int>& group : qAsConst(m_groups)) {
        if (!groupTogether(group)) {
            QVector<int> taken;
            for (const QString& locationId : m_apps.at(group.first())->wish.preferences) {
                const int l = m_locationIndex.value(locationId, -1);
                if (l >= 0 && placeGroupAt(group, l, holderOf, taken)) {
                    moved = true;
                    break;
                }
            }
            if (taken.isEmpty())
                continue; // stays apart: said so in its reasons
        }
        for (int c : group)
            fixedChild[c] = true;
    }
    if (moved)
        m_holding = solve(fixedChild, m_holding);
    m_holder.fill(-1, m_slots.size());
    for (int c = 0; c < m_holding.size(); ++c) {
        if (m_holding.at(c) >= 0)
            m_holder[m_holding.at(c)] = c;
    }
}

bool AllocationEngine::placeGroupAt(const QVector<int>& group, int location, QVector<int>& holderOf,
                                    QVector<int>& taken)
{
    for (int c : group) {
        if (!m_apps.at(c)->wish.preferences.contains(m_locations.at(location)))
            return false;
    }
    const QSet<int> members(group.begin(), group.end());
    QVector<int> chosen;
    for (int c : group) {
        int pick = -1;
        for (const DeferredAcceptance::Choice& choice : m_lists.at(c)) {
            const int holder = holderOf.at(choice.slot);
            if (m_slots.at(choice.slot).location == location && !chosen.contains(choice.slot) &&
                (holder < 0 || members.contains(holder))) {
                pick = choice.slot;
                break;
            }
        }
        if (pick < 0)
            return false;
        chosen.append(pick);
    }
    for (int c : group) {
        if (m_holding.at(c) >= 0)
            holderOf[m_holding.at(c)] = -1;
    }
    for (int i = 0; i < group.size(); ++i) {
        m_holding[group.at(i)] = chosen.at(i);
        holderOf[chosen.at(i)] = group.at(i);
    }
    taken = chosen;
    return true;
}

AllocationResult AllocationEngine::collect() const
{
    AllocationResult result;
    result.places = m_places.size();
    result.reservedShare = m_rules.reservedShare() ? m_rules.reservedShare()->share : 0.0;
    for (int l = 0; l < m_locations.size(); ++l)
        result.locations.append({m_locations.at(l), 0, 0, 0, 0});
    for (int s = 0; s < m_slots.size(); ++s) {
        AllocationResult::LocationTotals& totals = result.locations[m_slots.at(s).location];
        const int child = m_holder.at(s);
        ++totals.slotCount;
        totals.matched += child >= 0 ? 1 : 0;
        totals.reservedSlots += m_slots.at(s).reserved ? 1 : 0;
        if (m_slots.at(s).reserved)
            result.reservedSeats[m_places.at(m_slots.at(s).place)->id] += 1;
        totals.reservedTaken += m_slots.at(s).reserved && child >= 0 && m_member.at(child) ? 1 : 0;
    }
    for (int c = 0; c < m_apps.size(); ++c)
        result.assignments.append(assignmentOf(c));
    return result;
}

AllocationResult::Assignment AllocationEngine::assignmentOf(int child) const
{
    const AllocationInput::Application& app = *m_apps.at(child);
    AllocationResult::Assignment a;
    a.applicationId = app.id;
    a.lottery = double(m_lottery.at(child)) / double(quint64(1) << 53);
    AllocationReason& why = a.reason;
    why = m_misfits.at(child);
    const int slot = m_holding.at(child);
    if (slot >= 0) {
        const Slot& s = m_slots.at(slot);
        a.placeId = m_places.at(s.place)->id;
        a.locationId = m_locations.at(s.location);
        a.tier = m_rules.tierOf(app.grounds, a.locationId);
        a.reservedSlot = s.reserved && m_member.at(child);
        why.code = AllocationReason::Code::Matched;
        why.matched = true;
        why.locationId = a.locationId;
        why.locationName = m_input.locationNames.value(a.locationId, a.locationId);
        why.preferenceRank = app.wish.preferences.indexOf(a.locationId) + 1;
        why.tier = a.tier;
        why.tierLabel = m_rules.tiers().at(a.tier - 1).label;
        why.reservedSlot = a.reservedSlot;
    } else {
        explainUnmatched(child, a);
    }
    const QString group = siblingGroupKey(app);
    if (m_groups.contains(group))
        why.code = groupTogether(m_groups.value(group)) ? AllocationReason::Code::SiblingKeptTogether
                                                        : AllocationReason::Code::SiblingSplit;
    return a;
}

void AllocationEngine::explainUnmatched(int child, AllocationResult::Assignment& a) const
{
    const AllocationInput::Application& app = *m_apps.at(child);
    AllocationReason& why = a.reason;
    const QVector<DeferredAcceptance::Choice>& list = m_lists.at(child);
    if (list.isEmpty()) {
        why.code = AllocationReason::Code::NoEligiblePlace;
        if (!app.wish.preferences.isEmpty())
            a.tier = m_rules.tierOf(app.grounds, app.wish.preferences.first());
        return;
    }
    // Outranked where it would have liked to be first: the weakest tier that holds one of its slots there won.
    const int location = m_slots.at(list.first().slot).location;
    const QString locationId = m_locations.at(location);
    int winning = 0;
    for (const DeferredAcceptance::Choice& choice : list) {
        const int holder = m_holder.at(choice.slot);
        if (m_slots.at(choice.slot).location == location && holder >= 0)
            winning = qMax(winning, m_rules.tierOf(m_apps.at(holder)->grounds, locationId));
    }
    a.tier = m_rules.tierOf(app.grounds, locationId);
    why.code = AllocationReason::Code::Outranked;
    why.outranked = true;
    why.locationId = locationId;
    why.locationName = m_input.locationNames.value(locationId, locationId);
    why.tier = winning > 0 ? winning : a.tier;
    why.tierLabel = m_rules.tiers().at(why.tier - 1).label;
}

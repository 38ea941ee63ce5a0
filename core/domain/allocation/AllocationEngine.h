#pragma once

#include "AllocationInput.h"
#include "AllocationResult.h"
#include "DeferredAcceptance.h"
#include "RuleSet.h"

#include <QHash>
#include <QMap>
#include <QVector>

// The joint allocation (docs/ARCHITECTURE.md "Joint allocation"): pure and
// deterministic, so the server's draft, a client's replay and the tests agree byte for byte for the same seed,
// rule set and rows. It turns places into slots (a place of n seats is n slots; a location's reserved share marks
// some of its slots reserved), ranks every application at every preferred location by tier, then lottery, then
// id, lets DeferredAcceptance match, keeps siblings together where a location can take them all, and explains
// every outcome (AllocationReason).
class AllocationEngine
{
public:
    AllocationEngine(const RuleSet& rules, const AllocationInput& input);
    AllocationResult run();

    // The key a child has at a slot: reserved slots rank the share's group first; then tier, then lottery bits.
    static quint64 priorityKey(bool reservedSlot, bool member, int tier, quint64 lotteryBits);
    // The lottery key of an application: its sibling group's when it has one (siblings draw together).
    static QString siblingGroupKey(const AllocationInput::Application& application);

private:
    struct Slot {
        int place = 0;
        int location = 0;
        bool reserved = false;
    };

    void indexPlaces();
    void markReserved(int location);
    void indexApplications();
    void buildList(int child);
    void noteMisfits(int child, const QVector<PlaceFit::Misfit>& misfits, const QVector<int>& ages);
    QVector<int> solve(const QVector<bool>& fixedChild, const QVector<int>& fixedSlot);
    void keepSiblingsTogether();
    bool placeGroupAt(const QVector<int>& group, int location, QVector<int>& holderOf, QVector<int>& taken);
    bool groupTogether(const QVector<int>& group) const;
    AllocationResult collect() const;
    AllocationResult::Assignment assignmentOf(int child) const;
    void explainUnmatched(int child, AllocationResult::Assignment& a) const;

    const RuleSet& m_rules;
    const AllocationInput& m_input;
    QVector<const AllocationInput::Place*> m_places; // by id
    QStringList m_locations;                         // ids of locations with places, sorted
    QHash<QString, int> m_locationIndex;
    QVector<QVector<int>> m_placesAt; // per location: places by (available_from, id)
    QVector<QVector<int>> m_slotsOf;  // per place: unreserved slots first
    QVector<Slot> m_slots;
    QVector<const AllocationInput::Application*> m_apps; // by id
    QVector<quint64> m_lottery;
    QVector<bool> m_member;                               // in the reserved share's group
    QVector<QVector<DeferredAcceptance::Choice>> m_lists; // per child: acceptable slots, best first
    QVector<AllocationReason> m_misfits;                  // per child: why its preferences did not fit
    QMap<QString, QVector<int>> m_groups;                 // sibling groups of two or more, by key
    QVector<int> m_holding;                               // per child: its slot, or -1
    QVector<int> m_holder;                                // per slot: its child, or -1
};

#pragma once

#include <QVector>
#include <QtGlobal>

// Child-proposing deferred acceptance (Gale and Shapley 1962) over slots that hold one child each (docs/ARCHITECTURE.md
// "Joint allocation"), free of everything else: AllocationEngine turns applications, places and a rule set into
// each child's ordered list of acceptable slots, each entry carrying the child's priority key at that slot (lower
// is better; equal keys go to the lower child index, so priorities are strict). The result is the child-optimal stable
// matching for those lists.
class DeferredAcceptance
{
public:
    struct Choice {
        int slot = 0;
        quint64 key = 0; // the child's priority at this slot: lower wins
    };

    // lists[child] = acceptable slots, best first. Returns, per child, the index into its list it holds, or -1.
    static QVector<int> run(int slotCount, const QVector<QVector<Choice>>& lists);
};

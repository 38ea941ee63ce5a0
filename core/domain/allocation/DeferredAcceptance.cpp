#include "DeferredAcceptance.h"

QVector<int> DeferredAcceptance::run(int slotCount, const QVector<QVector<Choice>>& lists)
{
    const int children = lists.size();
    QVector<int> next(children, 0);     // the next entry of its list a child proposes to
    QVector<int> holding(children, -1); // the entry a child holds now
    QVector<int> holder(slotCount, -1);
    QVector<quint64> holderKey(slotCount, 0);
    QVector<int> free;
    free.reserve(children);
    for (int c = children - 1; c >= 0; --c)
        free.append(c); // children propose in index order: the order never changes the result, only the path
    while (!free.isEmpty()) {
        const int child = free.takeLast();
        const QVector<Choice>& list = lists.at(child);
        while (next[child] < list.size()) {
            const int entry = next[child]++;
            const Choice& choice = list.at(entry);
            const int current = holder.at(choice.slot);
            if (current >= 0 && (holderKey.at(choice.slot) < choice.key ||
                                 (holderKey.at(choice.slot) == choice.key && current < child)))
                continue; // the slot keeps the child it holds
            holder[choice.slot] = child;
            holderKey[choice.slot] = choice.key;
            holding[child] = entry;
            if (current >= 0) {
                holding[current] = -1;
                free.append(current);
            }
            break;
        }
    }
    return holding;
}

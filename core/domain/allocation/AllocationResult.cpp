#include "AllocationResult.h"

int AllocationResult::matched() const
{
    int n = 0;
    for (const Assignment& a : assignments)
        n += a.placeId.isEmpty() ? 0 : 1;
    return n;
}

QJsonObject AllocationResult::summaryJson() const
{
    int slotCount = 0;
    int reserved = 0;
    int taken = 0;
    QJsonArray perLocation;
    for (const LocationTotals& l : locations) {
        slotCount += l.slotCount;
        reserved += l.reservedSlots;
        taken += l.reservedTaken;
        perLocation.append(QJsonObject{{QStringLiteral("location_id"), l.locationId},
                                       {QStringLiteral("slots"), l.slotCount},
                                       {QStringLiteral("matched"), l.matched},
                                       {QStringLiteral("reserved_slots"), l.reservedSlots},
                                       {QStringLiteral("reserved_taken"), l.reservedTaken}});
    }
    const int m = matched();
    return {{QStringLiteral("applications"), assignments.size()},
            {QStringLiteral("places"), places},
            {QStringLiteral("slots"), slotCount},
            {QStringLiteral("matched"), m},
            {QStringLiteral("unmatched"), assignments.size() - m},
            {QStringLiteral("reserved"), QJsonObject{{QStringLiteral("share"), reservedShare},
                                                     {QStringLiteral("slots"), reserved},
                                                     {QStringLiteral("taken"), taken},
                                                     {QStringLiteral("released"), reserved - taken}}},
            {QStringLiteral("locations"), perLocation}};
}

QJsonArray AllocationResult::assignmentsJson() const
{
    QJsonArray list;
    for (const Assignment& a : assignments) {
        const auto idOrNull = [](const QString& id) {
            return id.isEmpty() ? QJsonValue() : QJsonValue(id);
        };
        list.append(QJsonObject{{QStringLiteral("application_id"), a.applicationId},
                                {QStringLiteral("free_place_id"), idOrNull(a.placeId)},
                                {QStringLiteral("location_id"), idOrNull(a.locationId)},
                                {QStringLiteral("tier"), a.tier > 0 ? QJsonValue(a.tier) : QJsonValue()},
                                {QStringLiteral("lottery"), a.lottery},
                                {QStringLiteral("reserved_slot"), a.reservedSlot},
                                {QStringLiteral("reason"), a.reason.toJson()}});
    }
    return list;
}

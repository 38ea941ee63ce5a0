#include "AllocationInput.h"

namespace {
QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}
} // namespace

bool AllocationInput::isOpen(const QJsonObject& application)
{
    const QString status = str(application, "status");
    return status == QLatin1String("submitted") || status == QLatin1String("in_review");
}

AllocationInput AllocationInput::fromRows(const QVector<QJsonObject>& applications,
                                          const QHash<QString, QJsonObject>& children,
                                          const QVector<QJsonObject>& places, const QHash<QString, int>& heldSeats,
                                          const QVector<QJsonObject>& locations, quint64 seed)
{
    AllocationInput input;
    input.seed = seed;
    for (const QJsonObject& row : applications) {
        if (!isOpen(row))
            continue;
        Application a;
        a.id = str(row, "id");
        a.parentId = str(row, "parent_id");
        a.wish = PlaceFit::wishOf(row, children.value(str(row, "child_id")));
        a.grounds = PriorityGrounds::fromJson(row.value(QLatin1String("priority")).toObject());
        input.applications.append(a);
    }
    for (const QJsonObject& row : places) {
        if (str(row, "status") != QLatin1String("open"))
            continue;
        const int seats = row.value(QLatin1String("count")).toInt() - heldSeats.value(str(row, "id"));
        if (seats <= 0)
            continue;
        input.places.append({str(row, "id"), PlaceFit::placeOf(row), seats});
    }
    for (const QJsonObject& row : locations)
        input.locationNames.insert(str(row, "id"), str(row, "name"));
    return input;
}

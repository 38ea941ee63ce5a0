#include "PriorityGrounds.h"

#include <QJsonArray>

QStringList PriorityGrounds::flagNames()
{
    return {QStringLiteral("work_or_training"), QStringLiteral("single_parent"), QStringLiteral("low_income"),
            QStringLiteral("foster_child"), QStringLiteral("social_reasons")};
}

int PriorityGrounds::flagOf(const QString& name)
{
    const int index = flagNames().indexOf(name);
    return index < 0 ? 0 : 1 << index;
}

void PriorityGrounds::set(Ground ground, bool on)
{
    m_flags = on ? (m_flags | ground) : (m_flags & ~ground);
}

PriorityGrounds PriorityGrounds::fromJson(const QJsonObject& priority)
{
    PriorityGrounds grounds;
    const QStringList names = flagNames();
    for (const QString& name : names) {
        if (priority.value(name).toBool())
            grounds.m_flags |= flagOf(name);
    }
    for (const QJsonValue& id : priority.value(QLatin1String("sibling_location_ids")).toArray()) {
        if (id.isString() && !id.toString().isEmpty())
            grounds.m_siblingLocations.append(id.toString());
    }
    return grounds;
}

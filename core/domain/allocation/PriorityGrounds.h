#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The priority grounds of one application (the field `priority`, docs/ARCHITECTURE.md "Domain"), read once so
// that a rule set's predicates can ask them millions of times during an allocation. The sibling ground depends
// on the location being ranked: a brother or sister counts only where they are cared for.
class PriorityGrounds
{
public:
    enum Ground {
        WorkOrTraining = 1 << 0,
        SingleParent = 1 << 1,
        LowIncome = 1 << 2,
        FosterChild = 1 << 3,
        SocialReasons = 1 << 4,
    };

    PriorityGrounds() = default;
    static PriorityGrounds fromJson(const QJsonObject& priority);

    bool has(Ground ground) const { return (m_flags & ground) != 0; }
    bool hasSiblingAt(const QString& locationId) const { return m_siblingLocations.contains(locationId); }
    void set(Ground ground, bool on);
    void addSiblingLocation(const QString& locationId) { m_siblingLocations.append(locationId); }
    const QStringList& siblingLocations() const { return m_siblingLocations; }

    // The wire names of the flag grounds, in the order above; the sibling ground is "sibling_at_location".
    static QStringList flagNames();
    static int flagOf(const QString& name); // 0 when unknown

private:
    int m_flags = 0;
    QStringList m_siblingLocations;
};

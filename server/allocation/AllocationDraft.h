#pragma once

#include "domain/allocation/AllocationInput.h"
#include "domain/allocation/RuleSet.h"
#include "storage/AllocationRunRecord.h"

#include <QDate>
#include <QString>

class ServerStorage;

// Computes one draft of the joint allocation for a region (docs/PROTOCOL.md "Allocation"): reads the region's
// open applications, their children, its open free places less the seats their offers hold, and its locations;
// runs the engine of core/domain; and returns the run as the server stores it, with the version of every
// application and place it read (its basis, for the stale check at confirmation). Writes nothing.
class AllocationDraft
{
public:
    AllocationDraft(ServerStorage& storage, const RuleSet& rules);

    AllocationRunRecord compute(const QString& regionId, quint64 seed, const QDate& asOf);
    // What compute() reads (and the "id:version" of those rows in *versions), for benchmarks of the engine alone.
    AllocationInput read(const QString& regionId, quint64 seed, QHash<QString, qint64>* versions);

private:
    ServerStorage& m_storage;
    const RuleSet& m_rules;
};

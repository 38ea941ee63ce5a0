#include "store/records/RegionRules.h"

#include "domain/allocation/RuleSetCatalog.h"
#include "store/records/RecordQuery.h"
#include "store/write/LocalWriter.h"

namespace {
const QString kRegions = QStringLiteral("regions");

QString chosenId(LocalCache& cache, const QString& regionId)
{
    return RecordQuery(cache).row(kRegions, regionId).value(QLatin1String("rule_set_id")).toString();
}
} // namespace

RegionRules::RegionRules(LocalCache& cache)
    : m_cache(cache)
{
}

const RuleSet* RegionRules::active(const QString& regionId) const
{
    const RuleSetCatalog& catalog = RuleSetCatalog::builtIn();
    if (const RuleSet* chosen = catalog.find(chosenId(m_cache, regionId)))
        return chosen;
    return catalog.inForceOn(QDate::currentDate());
}

bool RegionRules::isChosen(const QString& regionId) const
{
    return RuleSetCatalog::builtIn().find(chosenId(m_cache, regionId)) != nullptr;
}

bool RegionRules::choose(const QString& regionId, const QString& ruleSetId, QString* error)
{
    if (!RuleSetCatalog::builtIn().find(ruleSetId)) {
        *error = tr("This is not one of the rule sets Opvangloket knows.");
        return false;
    }
    if (RecordQuery(m_cache).row(kRegions, regionId).isEmpty()) {
        *error = tr("This region is not in your offline copy.");
        return false;
    }
    return LocalWriter(m_cache).update(kRegions, regionId, {{QStringLiteral("rule_set_id"), ruleSetId}}, error);
}

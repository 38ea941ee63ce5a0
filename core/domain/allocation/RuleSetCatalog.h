#pragma once

#include "RuleSet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>
#include <optional>

// The priority rule sets a region can choose from (docs/PROTOCOL.md "Rule sets"), read from a JSON file and checked
// as a whole: a bad file is refused with a message naming the rule set and field, never half-loaded. The built-in
// file (core/domain/allocation/rule-sets.json, the resource :/rules/rule-sets.json) is what server and client ship.
class RuleSetCatalog
{
public:
    static std::optional<RuleSetCatalog> fromJson(const QByteArray& json, QString* error);
    static std::optional<RuleSetCatalog> fromFile(const QString& path, QString* error);
    // The shipped file; checked by the unit tests, so it loads (an empty catalog if it ever did not).
    static const RuleSetCatalog& builtIn();

    const QVector<RuleSet>& ruleSets() const { return m_sets; }
    const RuleSet* find(const QString& id) const;
    // The set in force on `day` (the latest valid_from among those in force), or null.
    const RuleSet* inForceOn(const QDate& day) const;
    // {"rule_sets": [...]}: each entry as the file has it.
    QJsonObject toJson() const;

private:
    QVector<RuleSet> m_sets;
};

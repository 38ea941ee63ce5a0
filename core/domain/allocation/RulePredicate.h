#pragma once

#include "PriorityGrounds.h"

#include <QJsonValue>
#include <QString>
#include <QVector>
#include <optional>

// One tier's condition in a priority rule set (core/domain/allocation/rule-sets.json "about"): a ground name, or
// "any" / "all" of a list of conditions, or "not" one. Parsed once from the rule-set file, refusing anything it
// does not know, so a typo in the file is an error at load time rather than a tier that silently never holds.
class RulePredicate
{
public:
    // `where` names the place in the file for the error ("vl-2019 tier 2").
    static std::optional<RulePredicate> parse(const QJsonValue& value, const QString& where, QString* error);

    bool holds(const PriorityGrounds& grounds, const QString& locationId) const;
    // True when it holds whatever the grounds (the catch-all last tier).
    bool alwaysHolds() const;

private:
    static std::optional<RulePredicate> parseAt(const QJsonValue& value, const QString& where, QString* error,
                                                int depth);
    static std::optional<RulePredicate> parseObject(const QJsonObject& object, const QString& where, QString* error,
                                                    int depth);

    enum class Kind { Flag, SiblingAtLocation, Any, All, Not };

    Kind m_kind = Kind::All;
    int m_flag = 0;
    QVector<RulePredicate> m_parts;
};

#include "RulePredicate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
constexpr int kMaxDepth = 8;
} // namespace

std::optional<RulePredicate> RulePredicate::parse(const QJsonValue& value, const QString& where, QString* error)
{
    return parseAt(value, where, error, 0);
}

std::optional<RulePredicate> RulePredicate::parseAt(const QJsonValue& value, const QString& where, QString* error,
                                                    int depth)
{
    if (depth > kMaxDepth) {
        *error = QStringLiteral("%1: conditions nest deeper than %2 levels").arg(where).arg(kMaxDepth);
        return std::nullopt;
    }
    if (value.isObject())
        return parseObject(value.toObject(), where, error, depth);
    if (!value.isString()) {
        *error =
            QStringLiteral("%1: a condition is a ground name or an object with \"any\", \"all\" or \"not\"").arg(where);
        return std::nullopt;
    }
    RulePredicate p;
    const QString name = value.toString();
    if (name == QLatin1String("sibling_at_location")) {
        p.m_kind = Kind::SiblingAtLocation;
        return p;
    }
    p.m_flag = PriorityGrounds::flagOf(name);
    if (p.m_flag == 0) {
        *error = QStringLiteral("%1: unknown priority ground \"%2\" (known: %3, sibling_at_location)")
                     .arg(where, name, PriorityGrounds::flagNames().join(QLatin1String(", ")));
        return std::nullopt;
    }
    p.m_kind = Kind::Flag;
    return p;
}

std::optional<RulePredicate> RulePredicate::parseObject(const QJsonObject& object, const QString& where, QString* error,
                                                        int depth)
{
    if (object.size() != 1) {
        *error = QStringLiteral("%1: a condition object has exactly one key, \"any\", \"all\" or \"not\"").arg(where);
        return std::nullopt;
    }
    const QString key = object.begin().key();
    const QJsonValue inner = object.begin().value();
    RulePredicate p;
    if (key == QLatin1String("not")) {
        const std::optional<RulePredicate> part = parseAt(inner, where, error, depth + 1);
        if (!part)
            return std::nullopt;
        p.m_kind = Kind::Not;
        p.m_parts.append(*part);
        return p;
    }
    if ((key != QLatin1String("any") && key != QLatin1String("all")) || !inner.isArray()) {
        *error = QStringLiteral("%1: \"%2\" is not a condition (use \"any\" or \"all\" with a list, or \"not\")")
                     .arg(where, key);
        return std::nullopt;
    }
    p.m_kind = key == QLatin1String("any") ? Kind::Any : Kind::All;
    for (const QJsonValue& v : inner.toArray()) {
        const std::optional<RulePredicate> part = parseAt(v, where, error, depth + 1);
        if (!part)
            return std::nullopt;
        p.m_parts.append(*part);
    }
    return p;
}

bool RulePredicate::holds(const PriorityGrounds& grounds, const QString& locationId) const
{
    switch (m_kind) {
    case Kind::Flag:
        return grounds.has(PriorityGrounds::Ground(m_flag));
    case Kind::SiblingAtLocation:
        return grounds.hasSiblingAt(locationId);
    case Kind::Not:
        return !m_parts.first().holds(grounds, locationId);
    case Kind::Any:
        for (const RulePredicate& part : m_parts) {
            if (part.holds(grounds, locationId))
                return true;
        }
        return false;
    case Kind::All:
        for (const RulePredicate& part : m_parts) {
            if (!part.holds(grounds, locationId))
                return false;
        }
        return true;
    }
    return false;
}

bool RulePredicate::alwaysHolds() const
{
    // Only the plain catch-all counts; a tautology spelled otherwise ("any of x, not x") is not recognised.
    return m_kind == Kind::All && m_parts.isEmpty();
}

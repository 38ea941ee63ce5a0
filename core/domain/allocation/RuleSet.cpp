#include "RuleSet.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace {

const QStringList& languages()
{
    static const QStringList list{QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en")};
    return list;
}

} // namespace

QString RuleSet::textIn(const QJsonObject& texts, const QString& language)
{
    const QString base = language.section(QLatin1Char('-'), 0, 0).toLower();
    const QString text = texts.value(base).toString();
    return text.isEmpty() ? texts.value(QLatin1String("nl")).toString() : text;
}

bool RuleSet::readTexts(const QJsonObject& json, const char* field, const QString& where, QString* error)
{
    const QJsonObject texts = json.value(QLatin1String(field)).toObject();
    for (const QString& language : languages()) {
        if (texts.value(language).toString().trimmed().isEmpty()) {
            *error = QStringLiteral("%1: \"%2\" needs a text in nl, fr and en (\"%3\" is missing)")
                         .arg(where, QLatin1String(field), language);
            return false;
        }
    }
    return true;
}

std::optional<RuleSet> RuleSet::fromJson(const QJsonObject& json, QString* error)
{
    RuleSet set;
    set.m_json = json;
    set.m_id = json.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    if (!idPattern.match(set.m_id).hasMatch()) {
        *error = QStringLiteral("a rule set needs an \"id\" of lower-case letters, digits and dashes");
        return std::nullopt;
    }
    if (!readTexts(json, "name", set.m_id, error) || !set.readDates(error) ||
        !set.readTiers(json.value(QLatin1String("tiers")).toArray(), error) ||
        !set.readReservedShare(json.value(QLatin1String("reserved_share")), error))
        return std::nullopt;
    if (json.value(QLatin1String("sources")).toArray().isEmpty()) {
        *error = QStringLiteral("%1: \"sources\" must cite at least one source").arg(set.m_id);
        return std::nullopt;
    }
    return set;
}

bool RuleSet::readDates(QString* error)
{
    m_validFrom = QDate::fromString(m_json.value(QLatin1String("valid_from")).toString(), Qt::ISODate);
    const QJsonValue to = m_json.value(QLatin1String("valid_to"));
    m_validTo = QDate::fromString(to.toString(), Qt::ISODate);
    if (!m_validFrom.isValid()) {
        *error = QStringLiteral("%1: \"valid_from\" must be a date (YYYY-MM-DD)").arg(m_id);
        return false;
    }
    if (!to.isNull() && (!m_validTo.isValid() || m_validTo < m_validFrom)) {
        *error = QStringLiteral("%1: \"valid_to\" must be null or a date not before valid_from").arg(m_id);
        return false;
    }
    return true;
}

bool RuleSet::readTiers(const QJsonArray& tiers, QString* error)
{
    if (tiers.isEmpty()) {
        *error = QStringLiteral("%1: \"tiers\" must list at least one tier").arg(m_id);
        return false;
    }
    for (int i = 0; i < tiers.size(); ++i) {
        const QJsonObject tier = tiers.at(i).toObject();
        const QString where = QStringLiteral("%1 tier %2").arg(m_id).arg(i + 1);
        if (tier.value(QLatin1String("id")).toString().isEmpty()) {
            *error = where + QStringLiteral(": needs an \"id\"");
            return false;
        }
        if (!readTexts(tier, "label", where, error))
            return false;
        const std::optional<RulePredicate> when = RulePredicate::parse(tier.value(QLatin1String("when")), where, error);
        if (!when)
            return false;
        m_tiers.append(
            {tier.value(QLatin1String("id")).toString(), tier.value(QLatin1String("label")).toObject(), *when});
    }
    if (!m_tiers.last().when.alwaysHolds()) {
        *error = QStringLiteral("%1: the last tier must hold for every application ({\"all\": []})").arg(m_id);
        return false;
    }
    return true;
}

bool RuleSet::readReservedShare(const QJsonValue& value, QString* error)
{
    if (value.isNull() || value.isUndefined())
        return true;
    const QJsonObject json = value.toObject();
    const QString where = m_id + QStringLiteral(" reserved_share");
    const double share = json.value(QLatin1String("share")).toDouble(-1);
    if (!(share > 0.0 && share < 1.0)) {
        *error = where + QStringLiteral(": \"share\" must be a number between 0 and 1 (0.2 = 20%)");
        return false;
    }
    if (!readTexts(json, "label", where, error))
        return false;
    const std::optional<RulePredicate> group = RulePredicate::parse(json.value(QLatin1String("for")), where, error);
    if (!group)
        return false;
    m_reserved = ReservedShare{share, *group, json.value(QLatin1String("label")).toObject()};
    return true;
}

bool RuleSet::inForceOn(const QDate& day) const
{
    return day >= m_validFrom && (!m_validTo.isValid() || day <= m_validTo);
}

int RuleSet::tierOf(const PriorityGrounds& grounds, const QString& locationId) const
{
    for (int i = 0; i < m_tiers.size(); ++i) {
        if (m_tiers.at(i).when.holds(grounds, locationId))
            return i + 1;
    }
    return m_tiers.size(); // unreachable: the last tier always holds
}

QString RuleSet::tierLabel(int tier, const QString& language) const
{
    if (tier < 1 || tier > m_tiers.size())
        return QString();
    return textIn(m_tiers.at(tier - 1).label, language);
}

bool RuleSet::inReservedGroup(const PriorityGrounds& grounds) const
{
    return m_reserved && m_reserved->forGroup.holds(grounds, QString());
}

int RuleSet::reservedSlots(int slotCount) const
{
    if (!m_reserved || slotCount <= 0)
        return 0;
    return qMin(slotCount, int(std::floor(m_reserved->share * slotCount + 0.5)));
}

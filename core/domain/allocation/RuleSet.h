#pragma once

#include "PriorityGrounds.h"
#include "RulePredicate.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

// One priority rule set (docs/ARCHITECTURE.md "Joint allocation", docs/PROTOCOL.md "Rule sets"): dated, with ordered
// tiers over the priority grounds and a reserved share, as read from core/domain/allocation/rule-sets.json by
// RuleSetCatalog. The allocation engine asks it the tier of an application at a location and whether the application
// belongs to the reserved share's group; a client computing an application's position asks the same, so both count the
// same way.
class RuleSet
{
public:
    struct Tier {
        QString id;
        QJsonObject label; // {nl, fr, en}
        RulePredicate when;
    };
    struct ReservedShare {
        double share = 0.0; // of each location's slots, 0 < share < 1
        RulePredicate forGroup;
        QJsonObject label;
    };

    // Checks one entry of the file; `error` names the rule set and the field.
    static std::optional<RuleSet> fromJson(const QJsonObject& json, QString* error);

    const QString& id() const { return m_id; }
    QString name(const QString& language) const
    {
        return textIn(m_json.value(QLatin1String("name")).toObject(), language);
    }
    const QDate& validFrom() const { return m_validFrom; }
    const QDate& validTo() const { return m_validTo; } // invalid: open-ended
    bool inForceOn(const QDate& day) const;
    const QVector<Tier>& tiers() const { return m_tiers; }
    const std::optional<ReservedShare>& reservedShare() const { return m_reserved; }

    // 1 = the highest priority; the first tier whose condition holds at this location (the last always does).
    int tierOf(const PriorityGrounds& grounds, const QString& locationId) const;
    QString tierLabel(int tier, const QString& language) const;
    bool inReservedGroup(const PriorityGrounds& grounds) const;
    // How many of a location's `slotCount` its reserved share keeps (share × slotCount, rounded half up).
    int reservedSlots(int slotCount) const;

    // The entry as the file has it (GET /api/v1/rule-sets answers these).
    const QJsonObject& toJson() const { return m_json; }
    // texts[language], falling back from "nl-BE" to "nl" and from unknown languages to Dutch.
    static QString textIn(const QJsonObject& texts, const QString& language);

private:
    static bool readTexts(const QJsonObject& json, const char* field, const QString& where, QString* error);
    bool readTiers(const QJsonArray& tiers, QString* error);
    bool readReservedShare(const QJsonValue& value, QString* error);
    bool readDates(QString* error);

    QString m_id;
    QDate m_validFrom;
    QDate m_validTo;
    QVector<Tier> m_tiers;
    std::optional<ReservedShare> m_reserved;
    QJsonObject m_json;
};

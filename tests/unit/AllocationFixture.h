#pragma once

#include "domain/allocation/AllocationInput.h"
#include "domain/allocation/RuleSetCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

// Builders for allocation tests: applications and places as the engine reads them, a rule set from a few lines of
// JSON, and a small deterministic random source (SplitMix64) for random instances.
class AllocationFixture
{
public:
    explicit AllocationFixture(quint64 state = 1)
        : m_state(state)
    {
    }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }

    static AllocationInput::Application application(const QString& id, const QStringList& preferences,
                                                    const QString& parentId = QString())
    {
        AllocationInput::Application a;
        a.id = id;
        a.parentId = parentId.isEmpty() ? QStringLiteral("parent-") + id : parentId;
        a.wish.preferences = preferences;
        a.wish.born = QDate(2026, 1, 10);
        a.wish.desiredStart = QDate(2027, 1, 4);
        a.wish.flexibilityWeeks = 4;
        a.wish.days.any = 0x1f; // mon..fri, half days
        return a;
    }

    static AllocationInput::Place place(const QString& id, const QString& locationId, int seats)
    {
        AllocationInput::Place p;
        p.id = id;
        p.seats = seats;
        p.terms.locationId = locationId;
        p.terms.availableFrom = QDate(2027, 1, 4);
        p.terms.ageMinMonths = 0;
        p.terms.ageMaxMonths = 36;
        p.terms.days.any = 0x1f;
        p.terms.days.full = 0x1f;
        p.terms.days.offeredNotHalf = 0x1f;
        return p;
    }

    // A rule set of the given tiers (each a "when" value), the last one added as the catch-all, and an optional
    // reserved share for `reservedFor`.
    static RuleSet ruleSet(const QJsonArray& conditions, double share = 0.0, const QJsonValue& reservedFor = {})
    {
        const QJsonObject texts{{QStringLiteral("nl"), QStringLiteral("t")},
                                {QStringLiteral("fr"), QStringLiteral("t")},
                                {QStringLiteral("en"), QStringLiteral("t")}};
        QJsonArray tiers;
        for (int i = 0; i <= conditions.size(); ++i) {
            const QJsonValue when = i < conditions.size()
                                        ? conditions.at(i)
                                        : QJsonValue(QJsonObject{{QStringLiteral("all"), QJsonArray()}});
            tiers.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("t%1").arg(i + 1)},
                                     {QStringLiteral("label"), texts},
                                     {QStringLiteral("when"), when}});
        }
        QJsonObject set{{QStringLiteral("id"), QStringLiteral("test")},
                        {QStringLiteral("name"), texts},
                        {QStringLiteral("valid_from"), QStringLiteral("2020-01-01")},
                        {QStringLiteral("valid_to"), QJsonValue()},
                        {QStringLiteral("tiers"), tiers},
                        {QStringLiteral("sources"), QJsonArray{QStringLiteral("test")}}};
        if (share > 0)
            set.insert(QStringLiteral("reserved_share"), QJsonObject{{QStringLiteral("share"), share},
                                                                     {QStringLiteral("for"), reservedFor},
                                                                     {QStringLiteral("label"), texts}});
        QString error;
        const std::optional<RuleSet> parsed = RuleSet::fromJson(set, &error);
        Q_ASSERT_X(parsed, "AllocationFixture::ruleSet", qPrintable(error));
        return *parsed;
    }

private:
    quint64 m_state;
};

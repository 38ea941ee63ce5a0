#include "RuleSetCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

std::optional<RuleSetCatalog> RuleSetCatalog::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("the rule-set file is not a JSON object (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (doc.object().value(QLatin1String("format")).toInt() != 1) {
        *error = QStringLiteral("the rule-set file must say \"format\": 1");
        return std::nullopt;
    }
    const QJsonArray sets = doc.object().value(QLatin1String("rule_sets")).toArray();
    if (sets.isEmpty()) {
        *error = QStringLiteral("the rule-set file has no \"rule_sets\"");
        return std::nullopt;
    }
    RuleSetCatalog catalog;
    for (const QJsonValue& value : sets) {
        const std::optional<RuleSet> set = RuleSet::fromJson(value.toObject(), error);
        if (!set)
            return std::nullopt;
        if (catalog.find(set->id())) {
            *error = QStringLiteral("rule set \"%1\" appears twice").arg(set->id());
            return std::nullopt;
        }
        catalog.m_sets.append(*set);
    }
    return catalog;
}

std::optional<RuleSetCatalog> RuleSetCatalog::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the rule-set file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

const RuleSetCatalog& RuleSetCatalog::builtIn()
{
    static const RuleSetCatalog catalog = [] {
        QString error;
        const std::optional<RuleSetCatalog> loaded = fromFile(QStringLiteral(":/rules/rule-sets.json"), &error);
        if (!loaded)
            qWarning("built-in rule sets refused: %s", qUtf8Printable(error));
        return loaded.value_or(RuleSetCatalog());
    }();
    return catalog;
}

const RuleSet* RuleSetCatalog::find(const QString& id) const
{
    for (const RuleSet& set : m_sets) {
        if (set.id() == id)
            return &set;
    }
    return nullptr;
}

const RuleSet* RuleSetCatalog::inForceOn(const QDate& day) const
{
    const RuleSet* best = nullptr;
    for (const RuleSet& set : m_sets) {
        if (set.inForceOn(day) && (!best || set.validFrom() > best->validFrom()))
            best = &set;
    }
    return best;
}

QJsonObject RuleSetCatalog::toJson() const
{
    QJsonArray sets;
    for (const RuleSet& set : m_sets)
        sets.append(set.toJson());
    return {{QStringLiteral("rule_sets"), sets}};
}

#include "ListSettings.h"

#include "common/UiLog.h"

#include <QSettings>

#include <algorithm>

ListSettings::ListSettings(QSettings& settings, const QString& list)
    : m_settings(settings)
    , m_list(list)
{
}

QString ListSettings::key(const QString& name) const
{
    return QStringLiteral("lists/%1/%2").arg(m_list, name);
}

ListFilter ListSettings::currentFilter() const
{
    const QVariant value = m_settings.value(key(QStringLiteral("filter")));
    if (value.isValid() && value.typeId() != QMetaType::QVariantMap) {
        qCWarning(lcUi) << "list settings: ignored an unreadable current filter of" << m_list;
        return ListFilter();
    }
    return ListFilter::fromMap(value.toMap());
}

void ListSettings::setCurrentFilter(const ListFilter& filter)
{
    m_settings.setValue(key(QStringLiteral("filter")), filter.toMap());
}

QList<QPair<QString, ListFilter>> ListSettings::readSaved() const
{
    QList<QPair<QString, ListFilter>> saved;
    const QVariant value = m_settings.value(key(QStringLiteral("savedFilters")));
    if (!value.isValid())
        return saved;
    if (value.typeId() != QMetaType::QVariantList) {
        qCWarning(lcUi) << "list settings: ignored unreadable saved filters of" << m_list;
        return saved;
    }
    for (const QVariant& entry : value.toList()) {
        const QVariantMap map = entry.toMap();
        const QString name = map.value(QStringLiteral("name")).toString().trimmed();
        const bool taken = std::any_of(saved.begin(), saved.end(), [&name](const auto& s) { return s.first == name; });
        if (entry.typeId() != QMetaType::QVariantMap || name.isEmpty() || taken) {
            qCWarning(lcUi) << "list settings: ignored a saved filter without a usable name in" << m_list;
            continue;
        }
        saved.append({name, ListFilter::fromMap(map.value(QStringLiteral("filter")).toMap())});
    }
    return saved;
}

void ListSettings::writeSaved(const QList<QPair<QString, ListFilter>>& saved)
{
    QVariantList list;
    for (const auto& entry : saved)
        list.append(
            QVariantMap{{QStringLiteral("name"), entry.first}, {QStringLiteral("filter"), entry.second.toMap()}});
    m_settings.setValue(key(QStringLiteral("savedFilters")), list);
}

QStringList ListSettings::savedNames() const
{
    QStringList names;
    for (const auto& entry : readSaved())
        names.append(entry.first);
    return names;
}

ListFilter ListSettings::saved(const QString& name) const
{
    for (const auto& entry : readSaved()) {
        if (entry.first == name)
            return entry.second;
    }
    return ListFilter();
}

void ListSettings::save(const QString& name, const ListFilter& filter)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    auto saved = readSaved();
    for (auto& entry : saved) {
        if (entry.first == trimmed) {
            entry.second = filter;
            writeSaved(saved);
            return;
        }
    }
    saved.append({trimmed, filter});
    writeSaved(saved);
}

void ListSettings::remove(const QString& name)
{
    auto saved = readSaved();
    saved.erase(std::remove_if(saved.begin(), saved.end(), [&name](const auto& s) { return s.first == name; }),
                saved.end());
    writeSaved(saved);
}

bool ListSettings::rename(const QString& from, const QString& to)
{
    const QString trimmed = to.trimmed();
    auto saved = readSaved();
    const auto named = [&saved](const QString& n) {
        return std::find_if(saved.begin(), saved.end(), [&n](const auto& s) { return s.first == n; });
    };
    const auto entry = named(from);
    if (trimmed.isEmpty() || entry == saved.end() || (trimmed != from && named(trimmed) != saved.end()))
        return false;
    entry->first = trimmed;
    writeSaved(saved);
    return true;
}

QStringList ListSettings::readKeys(const QString& name, const QStringList& known) const
{
    const QVariant value = m_settings.value(key(name));
    QStringList keys;
    if (!value.isValid())
        return keys;
    if (value.typeId() != QMetaType::QStringList && value.typeId() != QMetaType::QVariantList &&
        value.typeId() != QMetaType::QString) {
        qCWarning(lcUi) << "list settings: ignored unreadable" << name << "of" << m_list;
        return keys;
    }
    for (const QString& k : value.toStringList()) {
        if (known.contains(k) && !keys.contains(k))
            keys.append(k);
        else
            qCWarning(lcUi) << "list settings: ignored an unknown column in" << name << "of" << m_list;
    }
    return keys;
}

QStringList ListSettings::columnOrder(const QStringList& known) const
{
    QStringList order = readKeys(QStringLiteral("columns"), known);
    for (const QString& k : known) {
        if (!order.contains(k))
            order.append(k);
    }
    return order;
}

QStringList ListSettings::hiddenColumns(const QStringList& known) const
{
    QStringList hidden = readKeys(QStringLiteral("hiddenColumns"), known);
    if (hidden.size() >= known.size()) {
        qCWarning(lcUi) << "list settings: ignored hidden columns that would hide every column of" << m_list;
        hidden.clear();
    }
    return hidden;
}

void ListSettings::setColumns(const QStringList& order, const QStringList& hidden)
{
    m_settings.setValue(key(QStringLiteral("columns")), order);
    m_settings.setValue(key(QStringLiteral("hiddenColumns")), hidden);
}

QString ListSettings::sortKey() const
{
    return m_settings.value(key(QStringLiteral("sort"))).toString().section(QLatin1Char(' '), 0, 0);
}

Qt::SortOrder ListSettings::sortOrder() const
{
    const QString direction = m_settings.value(key(QStringLiteral("sort"))).toString().section(QLatin1Char(' '), 1, 1);
    return direction == QLatin1String("desc") ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void ListSettings::setSort(const QString& sortKey, Qt::SortOrder order)
{
    m_settings.setValue(key(QStringLiteral("sort")),
                        sortKey + (order == Qt::DescendingOrder ? QStringLiteral(" desc") : QStringLiteral(" asc")));
}

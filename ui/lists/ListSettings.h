#pragma once

#include "store/lists/ListFilter.h"

#include <QMap>
#include <QString>
#include <QStringList>

class QSettings;

// What a person set up on one list and keeps across restarts, in the profile's QSettings under
// "lists/<list>": the current filter, filters saved by name, the columns (order, hidden) and the sort.
// Anything unreadable there is ignored with a log line: a broken setting never stops the list.
class ListSettings
{
public:
    ListSettings(QSettings& settings, const QString& list);

    ListFilter currentFilter() const;
    void setCurrentFilter(const ListFilter& filter);

    // By name, in the order they were saved.
    QStringList savedNames() const;
    ListFilter saved(const QString& name) const;
    // Replaces a filter saved under the same name.
    void save(const QString& name, const ListFilter& filter);
    void remove(const QString& name);
    // False when there is no such filter or the new name is taken or empty.
    bool rename(const QString& from, const QString& to);

    // The column keys in the order they stand; keys not in `known` are dropped, known keys missing
    // from the setting are added at the end (a newer version may add columns).
    QStringList columnOrder(const QStringList& known) const;
    QStringList hiddenColumns(const QStringList& known) const;
    void setColumns(const QStringList& order, const QStringList& hidden);
    // Empty key: no sort stored.
    QString sortKey() const;
    Qt::SortOrder sortOrder() const;
    void setSort(const QString& key, Qt::SortOrder order);

private:
    QString key(const QString& name) const;
    QList<QPair<QString, ListFilter>> readSaved() const;
    void writeSaved(const QList<QPair<QString, ListFilter>>& saved);
    QStringList readKeys(const QString& name, const QStringList& known) const;

    QSettings& m_settings;
    QString m_list;
};

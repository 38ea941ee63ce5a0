#pragma once

#include "RepeatedTexts.h"
#include "store/lists/ListFilter.h"

#include <QAbstractTableModel>
#include <QVariantList>
#include <QVector>

#include <functional>
#include <memory>

class ListQuery;

// A lazy table over a ListQuery: rows arrive a page at a time as the view scrolls (fetchMore), sorting and
// filtering are done again in SQL. So 100,000 applications sit in memory only when the person scrolls to the end,
// and then share the texts their columns repeat.
class ListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole, RawValueRole };
    static constexpr int kPageSize = 200;

    ListModel(std::unique_ptr<ListQuery> query, QObject* parent = nullptr);
    ~ListModel() override;

    // The synced table the rows come from ("applications", "parents").
    virtual QString table() const = 0;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Rows that match the filter, fetched or not.
    int totalCount() const { return m_total; }
    // The order the rows are read in now (a list may start other than ascending on its first column).
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    // Every row that matches the filters, in the current order (not only the rows loaded so far), as the
    // list shows the given columns; read from the cache in large pages. False when reading failed.
    bool forEachRow(const QVector<int>& columns, const std::function<void(const QStringList&)>& take) const;
    QStringList columnKeys() const { return m_keys; }
    int columnOf(const QString& key) const { return int(m_keys.indexOf(key)); }
    QString idAt(int row) const;
    // -1 when the record is not among the rows fetched so far.
    int rowOf(const QString& id) const;
    QStringList municipalities() const;
    QStringList languages() const;
    QVector<QPair<QString, QString>> locations() const; // (id, name)

    ListFilter filter() const;
    // Reads the list again only when the filter differs from the current one.
    void setFilter(const ListFilter& filter);
    // The signed-in account, for "assigned to me".
    void setAccountId(const QString& id);
    void setSearch(const QString& text);
    void setStatus(const QString& status);
    void setMunicipality(const QString& municipality);
    // Reads the rows again after a sync, keeping as many rows loaded as before so the scroll position holds.
    void refresh();
    // A model reads the cache only while active (its list is on screen): a new model starts inactive and
    // empty, and changes made meanwhile are read once it becomes active. So start-up and every sync round
    // pay only for the list the person looks at.
    void setActive(bool active);
    bool isActive() const { return m_active; }

signals:
    void totalCountChanged(int total);
    void filterChanged();

protected:
    ListQuery& query() const { return *m_query; }
    virtual QString headerTitle(const QString& key) const = 0;
    virtual QVariant displayValue(const QString& key, const QVariant& value) const;
    virtual QVariant toolTip(const QString& key, const QVariant& value) const;
    virtual Qt::Alignment alignment(const QString& key) const;
    // Qt::ForegroundRole or Qt::FontRole for a value that must stand out (an overdue follow-up); default none.
    virtual QVariant emphasis(int role, const QString& key, const QVariant& value) const;

private:
    void applyFilter(const ListFilter& filter);
    void reload(int atLeast);

    std::unique_ptr<ListQuery> m_query;
    QStringList m_keys;
    QVector<QVariantList> m_rows;
    RepeatedTexts m_texts; // the rows share the texts their columns repeat
    int m_total = 0;
    bool m_active = false;
    int m_pendingRows = 0;   // > 0: the rows to read when the model becomes active
    bool m_changing = false; // inside a reset or an insert
};

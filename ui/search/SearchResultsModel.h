#pragma once

#include "store/search/SearchGroup.h"

#include <QAbstractListModel>
#include <QVector>

// The grouped hits of the search popup as one list: per group a heading, its hits, and "n more" when the
// group has more than it shows. Only hit rows can be chosen.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class RowType { Heading, Hit, More };
    enum Role { RowTypeRole = Qt::UserRole + 1, ContextRole };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setGroups(const QVector<SearchGroup>& groups);
    void clear() { setGroups({}); }
    int hitCount() const;
    bool isHit(int row) const;
    // The hit row after (step 1) or before (step -1) row; -1 from nothing gives the first or last hit.
    // Stays at row when there is no further hit.
    int nextHit(int row, int step) const;
    SearchHit hitAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row {
        RowType type = RowType::Hit;
        int group = 0;
        int hit = -1;
    };

    QVector<SearchGroup> m_groups;
    QVector<Row> m_rows;
};

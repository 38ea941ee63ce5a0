#include "SearchResultsModel.h"

#include "SearchHitText.h"

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setGroups(const QVector<SearchGroup>& groups)
{
    beginResetModel();
    m_groups = groups;
    m_rows.clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        m_rows.append({RowType::Heading, g, -1});
        for (int h = 0; h < m_groups.at(g).hits.size(); ++h)
            m_rows.append({RowType::Hit, g, h});
        if (m_groups.at(g).more() > 0)
            m_rows.append({RowType::More, g, -1});
    }
    endResetModel();
}

int SearchResultsModel::hitCount() const
{
    int count = 0;
    for (const SearchGroup& group : m_groups)
        count += group.hits.size();
    return count;
}

bool SearchResultsModel::isHit(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).type == RowType::Hit;
}

int SearchResultsModel::nextHit(int row, int step) const
{
    int candidate = row < 0 ? (step > 0 ? 0 : int(m_rows.size()) - 1) : row + step;
    for (; candidate >= 0 && candidate < m_rows.size(); candidate += step) {
        if (isHit(candidate))
            return candidate;
    }
    return row;
}

SearchHit SearchResultsModel::hitAt(int row) const
{
    if (!isHit(row))
        return SearchHit();
    const Row& r = m_rows.at(row);
    return m_groups.at(r.group).hits.at(r.hit);
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row& r = m_rows.at(index.row());
    const SearchGroup& group = m_groups.at(r.group);
    if (role == RowTypeRole)
        return int(r.type);
    switch (r.type) {
    case RowType::Heading:
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? SearchHitText::groupHeading(group)
                                                                         : QVariant();
    case RowType::More:
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? SearchHitText::more(group) : QVariant();
    case RowType::Hit:
        break;
    }
    const SearchHit& hit = group.hits.at(r.hit);
    switch (role) {
    case Qt::DisplayRole:
        return hit.label;
    case ContextRole:
        return SearchHitText::context(hit);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return SearchHitText::accessibleText(hit);
    default:
        return QVariant();
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const
{
    if (!isHit(index.row()))
        return Qt::ItemIsEnabled; // shown, never chosen
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

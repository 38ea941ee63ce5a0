#include "ConflictListModel.h"

#include "ConflictText.h"
#include "common/DisplayFormat.h"
#include "store/conflicts/ConflictStore.h"
#include "store/records/RecordQuery.h"

#include <QColor>

ConflictListModel::ConflictListModel(const LocalCache& cache, QObject* parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    refresh();
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::displayText(const ConflictEntry& entry, int row, int column) const
{
    switch (column) {
    case RecordColumn:
        return m_labels.value(row);
    case TableColumn:
        return ConflictText::tableLabel(entry.table);
    case KindColumn:
        return ConflictText::kindLabel(entry.kind);
    case ReasonColumn:
        return ConflictText::reason(entry);
    case WhenColumn:
        return DisplayFormat::date(entry.createdAt.toString(Qt::ISODate)) + QLatin1Char(' ') +
               DisplayFormat::time(entry.createdAt);
    default:
        return QString();
    }
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    // Views and the model tester ask about the invalid index too; that is no mistake, so no warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ConflictEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(entry, index.row(), index.column());
    case Qt::ForegroundRole:
        if (index.column() == KindColumn && entry.kind == ConflictEntry::Kind::Rejected)
            return QColor(0xb7, 0x1c, 0x1c);
        return QVariant();
    case EntryIdRole:
        return entry.id;
    default:
        return QVariant();
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case TableColumn:
        return tr("Kind");
    case KindColumn:
        return tr("What happened");
    case ReasonColumn:
        return tr("Why");
    case WhenColumn:
        return tr("When");
    default:
        return QVariant();
    }
}

ConflictEntry ConflictListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : ConflictEntry();
}

int ConflictListModel::rowOf(qint64 entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == entryId)
            return row;
    }
    return -1;
}

void ConflictListModel::refresh()
{
    beginResetModel();
    m_entries = ConflictStore(m_cache).openEntries();
    m_labels.clear();
    const RecordQuery records(m_cache);
    for (const ConflictEntry& e : m_entries)
        m_labels.append(ConflictText::recordLabel(e, records));
    endResetModel();
}

#include "ListModel.h"

#include "common/UiLog.h"
#include "store/lists/ListQuery.h"

ListModel::ListModel(std::unique_ptr<ListQuery> query, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(std::move(query))
    , m_keys(m_query->columnKeys())
    , m_pendingRows(kPageSize)
{
}

ListModel::~ListModel() = default;

int ListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant ListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QVariantList& row = m_rows.at(index.row());
    const QString& key = m_keys.at(index.column());
    const QVariant value = row.value(index.column() + 1); // element 0 is the record id
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(key, value);
    case Qt::ToolTipRole:
        return toolTip(key, value);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(key));
    case Qt::ForegroundRole:
    case Qt::FontRole:
        return emphasis(role, key, value);
    case IdRole:
        return row.value(0);
    case RawValueRole:
        return value;
    default:
        return QVariant();
    }
}

QVariant ListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_keys.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return headerTitle(m_keys.at(section));
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(alignment(m_keys.at(section)) | Qt::AlignVCenter);
    return QVariant();
}

QVariant ListModel::displayValue(const QString& key, const QVariant& value) const
{
    Q_UNUSED(key)
    return value.isNull() ? QVariant(QString()) : value;
}

QVariant ListModel::toolTip(const QString& key, const QVariant& value) const
{
    // The full text, for values too long for their column.
    return displayValue(key, value);
}

QVariant ListModel::emphasis(int role, const QString& key, const QVariant& value) const
{
    Q_UNUSED(role)
    Q_UNUSED(key)
    Q_UNUSED(value)
    return QVariant();
}

Qt::Alignment ListModel::alignment(const QString& key) const
{
    Q_UNUSED(key)
    return Qt::AlignLeft | Qt::AlignVCenter;
}

bool ListModel::forEachRow(const QVector<int>& columns, const std::function<void(const QStringList&)>& take) const
{
    constexpr int kExportPage = 5000;
    for (int offset = 0;; offset += kExportPage) {
        const QVector<QVariantList> page = m_query->fetch(offset, kExportPage);
        if (!m_query->lastError().isEmpty())
            return false;
        for (const QVariantList& row : page) {
            QStringList fields;
            for (int column : columns)
                fields.append(displayValue(m_keys.at(column), row.value(column + 1)).toString());
            take(fields);
        }
        if (page.size() < kExportPage)
            return true;
    }
}

bool ListModel::canFetchMore(const QModelIndex& parent) const
{
    // Views (and the model tester) ask from inside our own reset and insert signals; a page fetched
    // then would nest one change inside another.
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void ListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QVector<QVariantList> page = m_query->fetch(int(m_rows.size()), kPageSize);
    m_texts.share(page);
    if (page.isEmpty()) {
        // The cache shrank under us (a sync removed rows): stop asking instead of looping.
        m_total = int(m_rows.size());
        emit totalCountChanged(m_total);
        return;
    }
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
    m_changing = false;
}

void ListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_keys.size())
        return;
    if (column == m_query->sortColumn() && order == m_query->sortOrder())
        return;
    m_query->setSort(column, order);
    reload(kPageSize);
}

QString ListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toString() : QString();
}

int ListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value(0).toString() == id)
            return row;
    }
    return -1;
}

QStringList ListModel::municipalities() const
{
    return m_query->municipalities();
}

QStringList ListModel::languages() const
{
    return m_query->languages();
}

QVector<QPair<QString, QString>> ListModel::locations() const
{
    return m_query->locations();
}

void ListModel::setFilter(const ListFilter& filter)
{
    ListFilter f = filter;
    f.search = f.search.trimmed();
    applyFilter(f);
}

void ListModel::setAccountId(const QString& id)
{
    m_query->setAccountId(id);
    if (m_query->filter().assignedToMe)
        reload(kPageSize);
}

ListFilter ListModel::filter() const
{
    return m_query->filter();
}

void ListModel::setSearch(const QString& text)
{
    ListFilter f = m_query->filter();
    f.search = text.trimmed();
    applyFilter(f);
}

void ListModel::setStatus(const QString& status)
{
    ListFilter f = m_query->filter();
    f.status = status;
    applyFilter(f);
}

void ListModel::setMunicipality(const QString& municipality)
{
    ListFilter f = m_query->filter();
    f.municipality = municipality;
    applyFilter(f);
}

void ListModel::applyFilter(const ListFilter& filter)
{
    if (m_query->filter() == filter)
        return;
    m_query->setFilter(filter);
    reload(kPageSize);
    emit filterChanged();
}

void ListModel::refresh()
{
    reload(qMax(kPageSize, int(m_rows.size())));
}

void ListModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_pendingRows > 0)
        reload(m_pendingRows);
}

void ListModel::reload(int atLeast)
{
    if (!m_active) {
        m_pendingRows = qMax(m_pendingRows, atLeast);
        return;
    }
    m_pendingRows = 0;
    m_changing = true;
    beginResetModel();
    m_total = m_query->count();
    const int pages = (qMin(atLeast, m_total) + kPageSize - 1) / kPageSize;
    m_rows = m_query->fetch(0, qMax(1, pages) * kPageSize);
    m_texts.clear();
    m_texts.share(m_rows);
    m_total = qMax(m_total, int(m_rows.size()));
    endResetModel();
    m_changing = false;
    qCDebug(lcUi) << "list reloaded:" << m_rows.size() << "of" << m_total << "rows";
    emit totalCountChanged(m_total);
}

int ListModel::sortColumn() const
{
    return m_query->sortColumn();
}

Qt::SortOrder ListModel::sortOrder() const
{
    return m_query->sortOrder();
}

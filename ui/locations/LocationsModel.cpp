#include "locations/LocationsModel.h"

#include "common/DisplayFormat.h"
#include "detail/RecordHtml.h"

#include <algorithm>

namespace {
QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}
} // namespace

LocationsModel::LocationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LocationsModel::setRows(const QVector<QJsonObject>& rows)
{
    m_all = rows;
    std::sort(m_all.begin(), m_all.end(), [](const QJsonObject& a, const QJsonObject& b) {
        const int byName = QString::localeAwareCompare(str(a, "name"), str(b, "name"));
        return byName != 0 ? byName < 0 : str(a, "id") < str(b, "id");
    });
    applyFilter();
}

void LocationsModel::setFilter(const QString& text, Publication publication)
{
    m_text = text.trimmed();
    m_publication = publication;
    applyFilter();
}

bool LocationsModel::passes(const QJsonObject& row) const
{
    const bool published = row.value(QLatin1String("published")).toBool();
    if ((m_publication == Publication::PublishedOnly && !published) ||
        (m_publication == Publication::UnpublishedOnly && published))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const char* field : {"name", "municipality", "organiser", "postcode"}) {
        if (str(row, field).contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void LocationsModel::applyFilter()
{
    beginResetModel();
    m_shown.clear();
    for (const QJsonObject& row : qAsConst(m_all)) {
        if (passes(row))
            m_shown.append(row);
    }
    endResetModel();
}

QString LocationsModel::idAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? str(m_shown.at(row), "id") : QString();
}

int LocationsModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_shown.size(); ++i) {
        if (str(m_shown.at(i), "id") == id)
            return i;
    }
    return -1;
}

QJsonObject LocationsModel::location(const QString& id) const
{
    for (const QJsonObject& row : m_all) {
        if (str(row, "id") == id)
            return row;
    }
    return {};
}

int LocationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown.size();
}

int LocationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const QJsonObject& row = m_shown.at(index.row());
    if (role == IdRole)
        return str(row, "id");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return str(row, "name");
    case Municipality:
        return str(row, "municipality");
    case Kind:
        return DisplayFormat::locationKind(str(row, "kind"));
    case Published:
        return row.value(QLatin1String("published")).toBool() ? tr("Yes") : tr("No");
    case LastChange: // the day in the list, the moment in the tooltip
        return role == Qt::ToolTipRole ? RecordHtml::dateTime(str(row, "updated_at"))
                                       : DisplayFormat::date(str(row, "updated_at"));
    default:
        return {};
    }
}

QVariant LocationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Municipality:
        return tr("Municipality");
    case Kind:
        return tr("Kind");
    case Published:
        return tr("Published");
    case LastChange:
        return tr("Changed");
    default:
        return {};
    }
}

#include "AuditEventsModel.h"

#include "AuditText.h"
#include "domain/RegionCatalog.h"
#include "report/CsvWriter.h"

#include <QDateTime>

namespace {
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

AuditEventsModel::AuditEventsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditEventsModel::setAccountNames(const QHash<QString, QString>& names)
{
    m_names = names;
    m_labels.clear(); // called after a sync, which may have brought the records named
    if (!m_events.isEmpty())
        emit dataChanged(index(0, Who), index(rowCount() - 1, Record));
}

void AuditEventsModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_labels.clear(); // a sync may have brought or changed them
    endResetModel();
}

void AuditEventsModel::appendPage(const QJsonArray& events)
{
    if (events.isEmpty())
        return;
    beginInsertRows(QModelIndex(), rowCount(), rowCount() + int(events.size()) - 1);
    for (const QJsonValue& e : events)
        m_events.append(e.toObject());
    endInsertRows();
}

int AuditEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditEventsModel::when(const QString& at)
{
    const QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")) : at;
}

QString AuditEventsModel::shortId(const QString& id)
{
    return id.size() > 13 ? id.left(8) + QChar(0x2026) : id;
}

QString AuditEventsModel::who(const QString& accountId) const
{
    if (accountId.isEmpty())
        return tr("—");
    return m_names.value(accountId, accountId);
}

QString AuditEventsModel::record(const QJsonObject& event) const
{
    const QString id = str(event, "entity_id");
    const QString table = str(event, "entity");
    if (table == QLatin1String("accounts") && m_names.contains(id))
        return m_names.value(id);
    if (m_label && !id.isEmpty()) {
        const QString key = table + QLatin1Char(':') + id;
        auto found = m_labels.constFind(key);
        if (found == m_labels.constEnd())
            found = m_labels.insert(key, m_label(table, id));
        if (!found.value().isEmpty())
            return found.value();
    }
    return shortId(id);
}

QString AuditEventsModel::text(const QJsonObject& e, int column) const
{
    switch (column) {
    case When:
        return when(str(e, "at"));
    case Who:
        return who(str(e, "account_id"));
    case Action:
        return AuditText::action(str(e, "action"));
    case Kind:
        return str(e, "entity").isEmpty() ? QString() : AuditText::entity(str(e, "entity"));
    case Record:
        return record(e);
    case Region: {
        const ::Region* region = RegionCatalog::find(str(e, "region_id"));
        return region ? region->name : str(e, "region_id");
    }
    case Summary:
        return AuditText::summary(str(e, "summary"));
    default:
        return QString();
    }
}

QVariant AuditEventsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return QVariant();
    const QJsonObject& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Action)
            // The words whole, and the raw code for whoever reads the log with the documentation.
            return text(e, Action) + QStringLiteral(" (") + str(e, "action") + QLatin1Char(')');
        if (index.column() == Record || index.column() == Who)
            return index.column() == Record ? str(e, "entity_id") : str(e, "account_id");
        if (index.column() == Summary)
            return str(e, "summary");
        return text(e, index.column());
    case EntityRole:
        return str(e, "entity");
    case EntityIdRole:
        return str(e, "entity_id");
    default:
        return QVariant();
    }
}

QVariant AuditEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("What");
    case Kind:
        return tr("Record kind");
    case Record:
        return tr("Record");
    case Region:
        return tr("Region");
    case Summary:
        return tr("Details");
    default:
        return QVariant();
    }
}

bool AuditEventsModel::writeCsv(const QString& path, QString* error) const
{
    CsvWriter csv(path);
    if (!csv.open(error))
        return false;
    csv.writeRow({tr("When"), tr("Who"), tr("What"), tr("Action code"), tr("Record kind"), tr("Record"), tr("Region"),
                  tr("Details")});
    for (const QJsonObject& e : m_events) {
        csv.writeRow({when(str(e, "at")), who(str(e, "account_id")), text(e, Action), str(e, "action"), text(e, Kind),
                      str(e, "entity_id"), text(e, Region), text(e, Summary)});
    }
    return csv.commit(error);
}

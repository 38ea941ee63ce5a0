#include "accounts/AccountsModel.h"

#include "common/DisplayFormat.h"
#include "domain/RegionCatalog.h"

#include <QPalette>

namespace {

QString str(const QJsonObject& account, const char* field)
{
    return account.value(QLatin1String(field)).toString();
}

} // namespace

AccountsModel::AccountsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccountsModel::setAccounts(const QJsonArray& accounts)
{
    beginResetModel();
    m_accounts.clear();
    for (const QJsonValue& account : accounts)
        m_accounts.append(account.toObject());
    endResetModel();
}

void AccountsModel::putAccount(const QJsonObject& account)
{
    const int row = rowOf(str(account, "id"));
    if (row < 0) {
        beginInsertRows(QModelIndex(), m_accounts.size(), m_accounts.size());
        m_accounts.append(account);
        endInsertRows();
        return;
    }
    m_accounts[row] = account;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QJsonObject AccountsModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? m_accounts.at(row) : QJsonObject();
}

int AccountsModel::rowOf(const QString& accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (str(m_accounts.at(row), "id") == accountId)
            return row;
    }
    return -1;
}

int AccountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountsModel::regionNames(const QJsonArray& regionIds)
{
    if (regionIds.size() >= RegionCatalog::regions().size())
        return tr("All regions");
    QStringList names;
    for (const QJsonValue& id : regionIds) {
        const Region* region = RegionCatalog::find(id.toString());
        names.append(region ? region->name : id.toString());
    }
    return names.join(QLatin1String(", "));
}

QString AccountsModel::statusText(const QJsonObject& account)
{
    if (!account.value(QLatin1String("active")).toBool(true))
        return tr("Deactivated");
    if (account.value(QLatin1String("must_change_password")).toBool())
        return tr("Active, one-time password");
    return tr("Active");
}

QString AccountsModel::text(const QJsonObject& account, int column) const
{
    switch (column) {
    case UserName:
        return str(account, "username");
    case DisplayName:
        return str(account, "display_name");
    case Role:
        return DisplayFormat::role(str(account, "role"));
    case Regions:
        return regionNames(account.value(QLatin1String("region_ids")).toArray());
    case Organisation:
        return str(account, "organisation");
    case Status:
        return statusText(account);
    case LastSignIn: {
        const QString at = str(account, "last_sign_in_at");
        return at.isEmpty() ? tr("never") : DisplayFormat::dateTime(at);
    }
    default:
        return QString();
    }
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return QVariant();
    const QJsonObject& account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(account, index.column());
    case SortRole:
        if (index.column() == LastSignIn)
            return str(account, "last_sign_in_at"); // ISO text: "never" (empty) sorts first
        return text(account, index.column()).toLower();
    case IdRole:
        return str(account, "id");
    case Qt::ForegroundRole:
        if (!account.value(QLatin1String("active")).toBool(true))
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case UserName:
        return tr("User name");
    case DisplayName:
        return tr("Name");
    case Role:
        return tr("Role");
    case Regions:
        return tr("Regions");
    case Organisation:
        return tr("Organisation");
    case Status:
        return tr("Status");
    case LastSignIn:
        return tr("Last sign-in");
    default:
        return QVariant();
    }
}

#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

// The accounts the signed-in person manages, as GET /accounts answered them (docs/PROTOCOL.md "Accounts"), one row
// each: user name, name, role and regions in words, organisation, whether it may sign in and when it last did. Never
// kept in the cache: the Accounts page reads it from the server each time it is shown.
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserName, DisplayName, Role, Regions, Organisation, Status, LastSignIn, ColumnCount };
    // What a column sorts by (dates as ISO text, so they sort in time order); the display text otherwise.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit AccountsModel(QObject* parent = nullptr);

    void setAccounts(const QJsonArray& accounts);
    // Puts an account the server answered in place of the row with its id, or adds it.
    void putAccount(const QJsonObject& account);
    QJsonObject account(int row) const;
    int rowOf(const QString& accountId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Antwerpen, Mechelen" from region ids; every region reads "All regions".
    static QString regionNames(const QJsonArray& regionIds);
    static QString statusText(const QJsonObject& account);

private:
    QString text(const QJsonObject& account, int column) const;

    QVector<QJsonObject> m_accounts;
};

#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QVector>

class QComboBox;

// Picks who handles an application: the active counter workers and coordinators of its region (from the
// cached accounts), or nobody.
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(const QVector<QJsonObject>& accounts, const QString& currentAccountId, QWidget* parent = nullptr);

    QString accountId() const; // empty: nobody

private:
    QComboBox* m_accounts;
};

#pragma once

#include "sync/AuditClient.h"

#include <QPair>
#include <QVector>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLineEdit;
class QTimer;

// The audit page's filters, each in words: whose events (the accounts the person may see, or everyone), the kind of
// record, one record by its id, what happened, and the period (the last 30 days unless changed). Says when any
// changed; typing an id waits for a short pause first.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    // (id, display name) of the accounts offered, besides "everyone"; the choice is kept when still offered.
    void setAccounts(const QVector<QPair<QString, QString>>& accounts);
    AuditClient::Filter filter() const;
    void setRecordId(const QString& id);

    QComboBox* accountBox() const { return m_account; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* recordEdit() const { return m_record; }
    QComboBox* actionBox() const { return m_action; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

    // Selects the entry whose code (account id, table or action) is `code`; false when none is offered.
    static bool selectCode(QComboBox* box, const QString& code);

signals:
    void changed();

private:
    // A label and its field at (row, column) and (row, column + 1) of the grid.
    QComboBox* addCombo(int row, int column, const QString& label, const QString& toolTip);
    QDateEdit* addDate(int row, int column, const QString& label, const QDate& date);

    QGridLayout* m_grid = nullptr;
    QComboBox* m_account = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_record = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTimer* m_typing = nullptr;
};

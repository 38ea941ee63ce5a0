#pragma once

#include "domain/RowValidator.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// A plain field/value form over one record's values, checked as the person types by the same rules the
// server applies, so what is sent again is not refused again. Used to fix and resend a refused change and
// to file a deleted record again.
class RowEditDialog : public QDialog
{
    Q_OBJECT

public:
    using Checker = std::function<QVector<FieldError>(const QJsonObject& values)>;

    RowEditDialog(const QString& table, const QJsonObject& row, Checker checker, QWidget* parent = nullptr);

    void setIntro(const QString& text);
    void setAcceptText(const QString& text);
    QLineEdit* editor(const QString& field) const { return m_editors.value(field); }
    QPushButton* acceptButton() const;
    // The typed values of the fields a person can type; the others keep the record's values.
    QJsonObject values() const;
    // Every problem shown now, in one line (for tests and screen readers).
    QString problemsText() const;

private:
    void addField(QFormLayout* form, const QString& field, const QJsonObject& row);
    void validate();

    QString m_table;
    Checker m_checker;
    QLabel* m_intro;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    QHash<QString, QLineEdit*> m_editors;
    QHash<QString, QLabel*> m_errors;
};

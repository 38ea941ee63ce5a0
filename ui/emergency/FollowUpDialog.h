#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

// One call or visit on an emergency entry: what was agreed and the next day to call back. The author and the
// time are added when it is saved; the log only grows.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(const QDate& today, const QDate& current, QWidget* parent = nullptr);

    QString agreed() const;
    QDate next() const;
    QPlainTextEdit* agreedEdit() const { return m_agreed; }
    QDateEdit* nextEdit() const { return m_next; }

private:
    QPlainTextEdit* m_agreed;
    QDateEdit* m_next;
    QDialogButtonBox* m_buttons;
};

#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

// Asks for the text of a new note; the author and time are added when it is saved.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoteDialog(QWidget* parent = nullptr);

    QString text() const;
    void accept() override;

private:
    QPlainTextEdit* m_text;
    QDialogButtonBox* m_buttons;
};

#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

// Ends an emergency entry: how it ended (placed, care found elsewhere, no longer needed, unreachable) and an
// optional note for the log.
class ResolveEntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResolveEntryDialog(QWidget* parent = nullptr);

    QString resolution() const;
    QString note() const;
    QComboBox* resolutionBox() const { return m_resolution; }

private:
    QComboBox* m_resolution;
    QPlainTextEdit* m_note;
};

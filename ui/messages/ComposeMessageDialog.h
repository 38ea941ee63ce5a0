#pragma once

#include <QDialog>

class LocalCache;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// A worker writes a message to a parent: starts from a template in the parent's language (or from
// nothing), edits subject and text, and queues it. The server sends it; the Messages list shows how it went.
class ComposeMessageDialog : public QDialog
{
    Q_OBJECT

public:
    // applicationId may be empty (a message about the parent only).
    ComposeMessageDialog(LocalCache& cache, const QString& parentId, const QString& applicationId,
                         QWidget* parent = nullptr);

    QComboBox* templateChoice() const { return m_template; }
    QComboBox* languageChoice() const { return m_language; }
    QLineEdit* subjectField() const { return m_subject; }
    QPlainTextEdit* bodyField() const { return m_body; }
    QLabel* problemLabel() const { return m_problem; }
    // The queued message, once the dialog was accepted.
    QString messageId() const { return m_messageId; }

    void accept() override;

private:
    void fillTemplates();
    void fillLanguages();
    void applyTemplate();
    void updateSendButton();
    void showProblem(const QString& text);

    LocalCache& m_cache;
    QString m_parentId;
    QString m_applicationId;
    QComboBox* m_template;
    QComboBox* m_language;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_messageId;
};

#pragma once

#include <QJsonObject>
#include <QWizardPage>

class ApplicationWizard;
class FieldMessage;
class QLabel;
class QVBoxLayout;

// What every step of the application wizard shares: its content above, and below it the one reason why
// Next is not available yet, in plain words. A step says what blocks it (blocker()) and tells when anything
// changed; its state round-trips through JSON for the draft.
class ApplicationWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplicationWizardPage(ApplicationWizard& wizard);

    bool isComplete() const override;
    // Why this step cannot be left yet ("give the child's birth date"); empty when it can.
    virtual QString blocker() const = 0;
    virtual QJsonObject state() const = 0;
    // Keeps a saved state to apply when the step is next set up (after the steps before it).
    void setPendingState(const QJsonObject& state) { m_pending = state; }
    // Shows the reason again and lets the wizard re-check Next; call after every change.
    void refresh();

signals:
    void changed();

protected:
    virtual void restore(const QJsonObject& state) = 0;
    // Applies a pending draft state once, at the end of initializePage().
    void applyPending();
    ApplicationWizard& applicationWizard() const { return m_wizard; }
    QVBoxLayout* content() const { return m_content; }
    // A field with its message beneath it, as one widget for a form layout.
    static QWidget* withMessage(QWidget* field, FieldMessage* message);
    // Tab goes through these in this order (moving fields into message boxes would otherwise reorder them).
    static void chainTabOrder(const QList<QWidget*>& widgets);

private:
    ApplicationWizard& m_wizard;
    QVBoxLayout* m_content = nullptr;
    QLabel* m_reason = nullptr;
    QJsonObject m_pending;
};

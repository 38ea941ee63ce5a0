#pragma once

#include "lists/ListPage.h"

class LocalCache;
class QLabel;
class QPushButton;

// Every message to a parent the account may see, with whether it went out; a message that could not be
// delivered can be sent again (after the address was corrected, for instance).
class MessagesView : public ListPage
{
    Q_OBJECT

public:
    explicit MessagesView(LocalCache& cache, QWidget* parent = nullptr);

    QString printTitle() const override;
    QPushButton* resendButton() const { return m_resend; }
    QLabel* actionNote() const { return m_note; }
    // Queues the selected failed message again; false (and said beside the button) when it cannot.
    bool resendSelected();

signals:
    // A local change waits in the outbox: the main window syncs.
    void messageQueued();
    // The selected message's parent, for the detail panel.
    void parentSelected(const QString& parentId);

protected:
    QString countText(int total) const override;
    QString searchPlaceholder() const override;
    QString exportName() const override;
    QString searchToolTip() const override;
    QStringList columnSamples() const override;
    FilterBar::Fields filterFields() const override;
    QString stretchColumn() const override { return QStringLiteral("subject"); }

private:
    QWidget* buildActionBar();
    void onSelected(const QString& id);

    LocalCache& m_cache;
    QPushButton* m_resend = nullptr;
    QLabel* m_note = nullptr;
    QString m_selected;
};

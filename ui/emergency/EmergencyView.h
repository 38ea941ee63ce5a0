#pragma once

#include "lists/ListPage.h"

#include <QDate>

class EmergencyModel;
class LocalCache;
class QLabel;
class QPushButton;

// The emergency list (noodlijst): families who need care soon and have no place yet, most urgent first, then by
// the day to call them back. A counter logs each call here and takes a family off the list when it ends; the
// family's application shows in the detail panel.
class EmergencyView : public ListPage
{
    Q_OBJECT

public:
    explicit EmergencyView(LocalCache& cache, QWidget* parent = nullptr);

    // The signed-in account, recorded with each follow-up.
    void setAuthor(const QString& id, const QString& name);
    QString printTitle() const override;
    EmergencyModel* entries() const;
    QPushButton* followUpButton() const { return m_followUp; }
    QPushButton* resolveButton() const { return m_resolve; }
    QLabel* actionNote() const { return m_note; }
    // The actions behind the buttons, without their dialogs; false (and said beside the buttons) when refused.
    bool logFollowUp(const QString& agreed, const QDate& next);
    bool resolveSelected(const QString& resolution, const QString& note);

signals:
    // A local change waits in the outbox: the main window syncs.
    void entryChanged();
    // The selected entry's application, for the detail panel.
    void applicationSelected(const QString& applicationId);

protected:
    QString countText(int total) const override;
    QString searchPlaceholder() const override;
    QString exportName() const override;
    QString searchToolTip() const override;
    QStringList columnSamples() const override;
    FilterBar::Fields filterFields() const override;

private:
    QWidget* buildActionBar();
    void onSelected(const QString& id);
    void askFollowUp();
    void askResolve();
    void done(const QString& text);

    LocalCache& m_cache;
    QString m_authorId;
    QString m_authorName;
    QString m_selected;
    QPushButton* m_followUp = nullptr;
    QPushButton* m_resolve = nullptr;
    QLabel* m_note = nullptr;
};

#pragma once

#include "lists/ListPage.h"
#include "protocol/AccountInfo.h"

#include <QJsonObject>

class FreePlacesModel;
class LocalCache;
class QLabel;
class QPushButton;

// Free places that organisers reported by phone or mail, per location: a counter adds and corrects them while
// the organiser is on the line, withdraws what is gone, and sees the open places per municipality below the
// list. Offering a place to a family starts here (see OfferDialog), and so do the joint allocation
// (AllocationDialog) and the priority rules it follows (RuleSetDialog).
class FreePlacesView : public ListPage
{
    Q_OBJECT

public:
    explicit FreePlacesView(LocalCache& cache, QWidget* parent = nullptr);

    QString printTitle() const override;
    FreePlacesModel* places() const;
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* withdrawButton() const { return m_withdraw; }
    QPushButton* offerButton() const { return m_offer; }
    QPushButton* allocationButton() const { return m_allocate; }
    QPushButton* rulesButton() const { return m_rules; }
    // Who is signed in: the joint allocation is the coordinator's and the admin's.
    void setAccount(const AccountInfo& account);
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* actionNote() const { return m_note; }
    QString selectedId() const { return m_selected; }
    // The actions behind the buttons without their dialogs; false (and said beside the buttons) when refused.
    bool addPlace(const QJsonObject& values);
    bool changeSelected(const QJsonObject& values);
    bool withdrawSelected();

signals:
    // A local change waits in the outbox: the main window syncs.
    void placeChanged();
    // "Offer…": the eligible applications for this place, in a dialog the main window opens.
    void offerRequested(const QString& freePlaceId);
    // "Joint allocation…" and "Priority rules…": dialogs the main window opens (they need the session).
    void allocationRequested();
    void rulesRequested();

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
    void askAdd();
    void askChange();
    void done(const QString& text);

    LocalCache& m_cache;
    QString m_selected;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_offer = nullptr;
    QPushButton* m_allocate = nullptr;
    QPushButton* m_rules = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_totals = nullptr;
};

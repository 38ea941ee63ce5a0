#pragma once

#include "store/conflicts/ConflictEntry.h"

#include "RowEditDialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class ComparisonModel;
class ConflictListModel;
class LocalCache;
class QLabel;

class QPushButton;
class QStackedWidget;
class QTableView;

// Changes the server did not take over, and the person's decision about each (docs/ARCHITECTURE.md "The cache and its
// derived tables": the local value is kept beside the server's until a person decides). Above, the open entries; below,
// the selected one field by field with the actions that fit it: resolve a conflict, fix and resend a refused change,
// file a deleted record again, or discard.
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(LocalCache& cache, QWidget* parent = nullptr);

    ConflictListModel* model() const { return m_model; }
    ComparisonModel* comparison() const { return m_comparison; }
    QTableView* list() const { return m_list; }
    QTableView* comparisonTable() const { return m_comparisonTable; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* resendButton() const { return m_resend; }
    QPushButton* recreateButton() const { return m_recreate; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* mergeButton() const { return m_merge; }
    // The open fix-and-resend or re-create form, or the discard question (tests, screenshots).
    RowEditDialog* editDialog() const { return m_editDialog; }
    QMessageBox* confirmation() const { return m_confirmation; }
    ConflictEntry currentEntry() const { return m_entry; }
    // Everything the detail part says, in one text (tests, screen readers).
    QString detailText() const;

    void selectFirst();
    // Reads the entries again (after a sync), keeping the selected one when it is still open.
    void refresh();

signals:
    // A decision changed the cache and the outbox: counts and lists elsewhere should follow.
    void decided();

private:
    QWidget* buildDetail();
    QWidget* buildButtons();
    void configureList();
    void showEntry(const ConflictEntry& entry);
    void showSelected();
    void fitComparison();
    QString whenText(const ConflictEntry& entry) const;
    // Who last wrote the server's row, as the synced accounts name them.
    QString writerName(const ConflictEntry& entry) const;
    void updateButtons();
    void checkChoices();
    void resolve();
    void deleteAgain();
    void openEditor(bool recreate);
    void askDiscard();
    void mergeIntoExisting();
    void finishDecision(bool ok, const QString& error);
    void selectRow(int row);

    LocalCache& m_cache;
    ConflictListModel* m_model;
    ComparisonModel* m_comparison;
    ConflictEntry m_entry;
    QLabel* m_count = nullptr;
    QLabel* m_emptyHint = nullptr;
    QTableView* m_list = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_explain = nullptr;
    QLabel* m_when = nullptr;
    QLabel* m_reason = nullptr;
    QTableView* m_comparisonTable = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_resend = nullptr;
    QPushButton* m_recreate = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_merge = nullptr;
    // QPointer, not a destroyed() handler: the dialogs are children and die inside this view's destructor.
    QPointer<RowEditDialog> m_editDialog;
    QPointer<QMessageBox> m_confirmation;
};

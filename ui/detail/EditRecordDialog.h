#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QVector>

class ChildForm;
class LocalCache;
class ParentForm;
class PreferencesPicker;
class PriorityForm;
class QDialogButtonBox;
class QLabel;
class QTabWidget;
class RecordForm;
class WishesForm;

// "Edit…" in the detail panel: corrects what was filed — the parent's contact data and address, the child's names
// and birth date, the application's wishes, preferred locations and priority — in the wizard's own forms, so the
// same checks run as the person types. Save writes every form that was changed in one local transaction with its
// outbox entries (RecordEdits), offline like every edit; the server merges field by field and a real clash lands
// in Conflicts.
class EditRecordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Part { Parent, Child, Wishes, Preferences, Priority };

    // table/id: the application (every part) or the parent (its own part) shown in the detail panel.
    EditRecordDialog(LocalCache& cache, const QString& table, const QString& id, QWidget* parent = nullptr);

    void showPart(Part part);
    // Why Save is not available yet, in plain words (empty when it is).
    QString blocker() const;
    ParentForm* parentForm() const { return m_parentForm; }
    ChildForm* childForm() const { return m_childForm; }
    WishesForm* wishesForm() const { return m_wishesForm; }
    PreferencesPicker* preferencesPicker() const { return m_preferences; }
    PriorityForm* priorityForm() const { return m_priorityForm; }

public slots:
    void accept() override;
    // Asks before it drops what was typed.
    void reject() override;

private:
    void addParent(const QString& parentId);
    void addChild(const QString& childId);
    void addApplicationParts(const QJsonObject& application, const QJsonObject& parentRow);
    void addTab(RecordForm* form, const QString& title, Part part, bool scroll);
    void refresh();
    bool anyTouched() const;

    LocalCache& m_cache;
    QString m_parentId;
    QString m_childId;
    QString m_applicationId;
    QLabel* m_closedNote = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    ParentForm* m_parentForm = nullptr;
    ChildForm* m_childForm = nullptr;
    WishesForm* m_wishesForm = nullptr;
    PreferencesPicker* m_preferences = nullptr;
    PriorityForm* m_priorityForm = nullptr;
    QVector<QPair<Part, RecordForm*>> m_parts;
};

#include "EditRecordDialog.h"

#include "conflicts/ConflictText.h"
#include "store/records/RecordEdits.h"
#include "store/records/RecordQuery.h"
#include "wizard/ChildForm.h"
#include "wizard/ParentForm.h"
#include "wizard/PreferencesPicker.h"
#include "wizard/PriorityForm.h"
#include "wizard/WishesForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

EditRecordDialog::EditRecordDialog(LocalCache& cache, const QString& table, const QString& id, QWidget* parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_tabs(new QTabWidget(this))
    , m_reason(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("editRecordDialog"));
    m_closedNote = new QLabel(this);
    m_closedNote->setObjectName(QStringLiteral("closedNote"));
    m_closedNote->setWordWrap(true);
    m_closedNote->hide();
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #7a4b00; font-weight: 600;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_closedNote);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditRecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditRecordDialog::reject);
    const RecordQuery records(cache);
    if (table == QLatin1String("applications")) {
        const QJsonObject application = records.row(table, id);
        m_applicationId = id;
        addParent(str(application, "parent_id"));
        addChild(str(application, "child_id"));
        addApplicationParts(application, records.row(QStringLiteral("parents"), str(application, "parent_id")));
        const QString number = str(application, "number");
        setWindowTitle(number.isEmpty() ? tr("Edit application") : tr("Edit application %1").arg(number));
    } else {
        addParent(id);
        setWindowTitle(tr("Edit parent"));
    }
    resize(900, 640);
    refresh();
}

void EditRecordDialog::addTab(RecordForm* form, const QString& title, Part part, bool scroll)
{
    QWidget* page = form;
    form->setContentsMargins(8, 8, 8, 8);
    if (scroll) {
        // The form keeps its natural height at the top; a long one (priority) scrolls on a small screen.
        auto* holder = new QWidget;
        auto* layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(form);
        layout->addStretch(1);
        auto* area = new QScrollArea(m_tabs);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(holder);
        page = area;
    }
    m_tabs->addTab(page, title);
    m_parts.append({part, form});
    connect(form, &RecordForm::changed, this, &EditRecordDialog::refresh);
}

void EditRecordDialog::addParent(const QString& parentId)
{
    const QJsonObject row = RecordQuery(m_cache).row(QStringLiteral("parents"), parentId);
    if (row.isEmpty())
        return;
    m_parentId = parentId;
    m_parentForm = new ParentForm;
    m_parentForm->setOriginal(row);
    addTab(m_parentForm, tr("&Parent"), Part::Parent, true);
}

void EditRecordDialog::addChild(const QString& childId)
{
    const QJsonObject row = RecordQuery(m_cache).row(QStringLiteral("children"), childId);
    if (row.isEmpty())
        return;
    m_childId = childId;
    m_childForm = new ChildForm;
    m_childForm->setOriginal(row);
    addTab(m_childForm, tr("&Child"), Part::Child, true);
}

void EditRecordDialog::addApplicationParts(const QJsonObject& application, const QJsonObject& parentRow)
{
    QString why;
    if (!RecordEdits(m_cache).mayEdit(QStringLiteral("applications"), m_applicationId, &why)) {
        m_closedNote->setText(why);
        m_closedNote->show();
        return;
    }
    m_wishesForm = new WishesForm;
    if (m_childForm)
        m_wishesForm->setBirth(m_childForm->birthOrExpectedDate());
    m_wishesForm->setOriginal(application);
    addTab(m_wishesForm, tr("&Wishes"), Part::Wishes, true);
    m_preferences = new PreferencesPicker(m_cache);
    m_preferences->load(str(application, "region_id"), str(parentRow, "postcode"), str(parentRow, "municipality"));
    m_preferences->setOriginal(application);
    addTab(m_preferences, tr("Preferred &locations"), Part::Preferences, false);
    m_priorityForm = new PriorityForm;
    m_priorityForm->setLocations(m_preferences->locations());
    m_priorityForm->setOriginal(application);
    addTab(m_priorityForm, tr("P&riority"), Part::Priority, true);
    if (m_childForm) {
        // The start may not lie before the birth: a corrected birth date is checked against the wishes at once.
        connect(m_childForm, &ChildForm::changed, m_wishesForm,
                [this]() { m_wishesForm->setBirth(m_childForm->birthOrExpectedDate()); });
    }
}

void EditRecordDialog::showPart(Part part)
{
    for (int i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).first == part)
            m_tabs->setCurrentIndex(i);
    }
}

QString EditRecordDialog::blocker() const
{
    for (int i = 0; i < m_parts.size(); ++i) {
        const RecordForm* form = m_parts.at(i).second;
        // A form nobody touched is not saved, so what it holds cannot stop the others.
        if (!form->isTouched())
            continue;
        const QString problem = form->problem();
        if (!problem.isEmpty())
            return tr("%1: %2", "tab, problem").arg(m_tabs->tabText(i).remove(QLatin1Char('&')), problem);
    }
    return QString();
}

void EditRecordDialog::refresh()
{
    const QString why = blocker();
    m_reason->setText(why.isEmpty() ? QString() : tr("To save: %1").arg(why));
    m_reason->setAccessibleName(m_reason->text());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty() && anyTouched());
}

bool EditRecordDialog::anyTouched() const
{
    for (const auto& part : m_parts) {
        if (part.second->isTouched())
            return true;
    }
    return false;
}

void EditRecordDialog::accept()
{
    if (!blocker().isEmpty())
        return;
    QVector<RecordChange> changes;
    const auto add = [&](RecordForm* form, const QString& table, const QString& id) {
        if (form && form->isTouched())
            changes.append({table, id, form->values()});
    };
    add(m_parentForm, QStringLiteral("parents"), m_parentId);
    add(m_childForm, QStringLiteral("children"), m_childId);
    for (RecordForm* form : {static_cast<RecordForm*>(m_wishesForm), static_cast<RecordForm*>(m_preferences),
                             static_cast<RecordForm*>(m_priorityForm)})
        add(form, QStringLiteral("applications"), m_applicationId);
    int written = 0;
    QString error;
    if (!RecordEdits(m_cache).save(changes, &written, &error)) {
        // The validator's words ("email: is not …") in the window's language; RecordEdits' own are translated.
        const QString shown = error.contains(QLatin1Char(':')) ? ConflictText::invalidReason(error) : error;
        QMessageBox::warning(this, windowTitle(), tr("Nothing was saved: %1").arg(shown));
        return;
    }
    QDialog::accept();
}

void EditRecordDialog::reject()
{
    if (anyTouched() &&
        QMessageBox::question(this, windowTitle(), tr("Close without saving? What you changed here is lost."),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

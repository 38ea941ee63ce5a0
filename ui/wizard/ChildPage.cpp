#include "ChildPage.h"

#include "ApplicationWizard.h"
#include "ChildForm.h"
#include "ParentPage.h"
#include "WizardText.h"
#include "common/UiLanguage.h"
#include "domain/ApplicationStatus.h"
#include "store/records/ApplicationFiling.h"
#include "store/records/RecordQuery.h"
#include "store/search/ParentLookup.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

QString birthText(const QJsonObject& child)
{
    const QDate born = QDate::fromString(str(child, "birth_date"), Qt::ISODate);
    if (born.isValid())
        return ChildPage::tr("born on %1").arg(WizardText::longDate(born));
    const QDate expected = QDate::fromString(str(child, "expected_birth_date"), Qt::ISODate);
    if (expected.isValid())
        return ChildPage::tr("expected on %1").arg(WizardText::longDate(expected));
    return QString();
}

} // namespace

ChildPage::ChildPage(ApplicationWizard& wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("The child"));
    setSubTitle(tr("Choose one of the parent's children, or add the child. A child that is not born yet gets "
                   "the expected birth date."));
    m_parentLabel = new QLabel(this);
    content()->addWidget(m_parentLabel);
    content()->addWidget(buildChoice());
    content()->addWidget(buildForm());
    content()->addWidget(buildOpenApplication());
    content()->addStretch(1);
    chainTabOrder({m_existing, m_children, m_new, m_form->firstField()});
    chainTabOrder({m_form->lastField(), m_update});
}

QWidget* ChildPage::buildChoice()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_existing = new QRadioButton(tr("One of the parent's children"), box);
    m_existing->setObjectName(QStringLiteral("childExisting"));
    m_children = new QListWidget(box);
    m_children->setObjectName(QStringLiteral("children"));
    m_children->setAccessibleName(tr("The parent's children"));
    m_children->setMaximumHeight(130);
    m_new = new QRadioButton(tr("A new child"), box);
    m_new->setObjectName(QStringLiteral("childNew"));
    auto* group = new QButtonGroup(box);
    group->addButton(m_existing);
    group->addButton(m_new);
    m_new->setChecked(true);
    layout->addWidget(m_existing);
    layout->addWidget(m_children);
    layout->addWidget(m_new);
    connect(m_new, &QRadioButton::toggled, this, &ChildPage::updateMode);
    connect(m_children, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_existing->setChecked(true);
        checkOpenApplication();
        emit changed();
    });
    return box;
}

QWidget* ChildPage::buildForm()
{
    m_form = new ChildForm(this);
    m_form->setContentsMargins(24, 0, 0, 0);
    connect(m_form, &ChildForm::changed, this, &ChildPage::changed);
    return m_form;
}

QWidget* ChildPage::buildOpenApplication()
{
    m_openBox = new QFrame(this);
    m_openBox->setObjectName(QStringLiteral("openApplicationBox"));
    m_openBox->setFrameShape(QFrame::StyledPanel);
    m_openBox->setStyleSheet(QStringLiteral("#openApplicationBox { background: #fff4ce; }"));
    auto* layout = new QVBoxLayout(m_openBox);
    m_openText = new QLabel(m_openBox);
    m_openText->setObjectName(QStringLiteral("openApplication"));
    m_openText->setWordWrap(true);
    m_update =
        new QCheckBox(tr("&Update that application with the wishes, locations and priority entered now"), m_openBox);
    m_update->setObjectName(QStringLiteral("updateExisting"));
    layout->addWidget(m_openText);
    layout->addWidget(m_update);
    connect(m_update, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            emit updateChosen(m_openApplication);
        emit changed();
    });
    m_openBox->hide();
    return m_openBox;
}

void ChildPage::initializePage()
{
    ParentPage* parents = applicationWizard().parentPage();
    m_parentLabel->setText(tr("Parent: %1").arg(parents->displayName()));
    loadChildren();
    checkOpenApplication();
    applyPending();
    // After the draft: a draft saved before this step was reached holds an empty last name.
    if (m_form->lastName().isEmpty())
        m_form->setLastName(parents->isNewParent()
                                ? parents->newParentFields().value(QLatin1String("last_name")).toString()
                                : str(parents->chosenParent(), "last_name"));
    if (m_new->isChecked() && m_form->isEmptyFirstName())
        m_form->firstField()->setFocus();
}

void ChildPage::loadChildren()
{
    const QString parentId = applicationWizard().parentPage()->chosenParentId();
    if (parentId == m_loadedParentId && m_children->count() > 0)
        return;
    m_loadedParentId = parentId;
    m_children->clear();
    const QVector<QJsonObject> children =
        parentId.isEmpty() ? QVector<QJsonObject>() : ParentLookup(applicationWizard().cache()).childrenOf(parentId);
    for (const QJsonObject& c : children) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 %2 — %3").arg(str(c, "first_name"), str(c, "last_name"), birthText(c)), m_children);
        item->setData(Qt::UserRole, str(c, "id"));
    }
    const bool any = m_children->count() > 0;
    m_existing->setEnabled(any);
    m_children->setEnabled(any);
    m_existing->setVisible(any);
    m_children->setVisible(any);
    m_new->setChecked(!any || m_new->isChecked());
    updateMode();
}

void ChildPage::updateMode()
{
    m_form->setVisible(m_new->isChecked());
    if (m_new->isChecked())
        m_children->setCurrentRow(-1);
    checkOpenApplication();
    emit changed();
}

void ChildPage::checkOpenApplication()
{
    const QString childId = chosenChildId();
    const QJsonObject open = childId.isEmpty() ? QJsonObject()
                                               : ApplicationFiling(applicationWizard().cache())
                                                     .openApplicationFor(childId, applicationWizard().regionId());
    if (open.value(QLatin1String("id")) != m_openApplication.value(QLatin1String("id")))
        m_update->setChecked(false);
    m_openApplication = open;
    m_openBox->setVisible(!open.isEmpty());
    if (open.isEmpty())
        return;
    const auto state = ApplicationStatus::fromString(str(open, "status"));
    const QString number = str(open, "number").isEmpty() ? tr("(number not given yet)") : str(open, "number");
    m_openText->setText(tr("%1 already has application %2 in this region (%3). A child has one application per "
                           "region, so a second one cannot be filed; you can update this one instead.")
                            .arg(displayName(), number, ApplicationStatus::label(state, UiLanguage::code())));
}

QString ChildPage::blocker() const
{
    if (m_new->isChecked())
        return m_form->problem();
    if (chosenChildId().isEmpty())
        return tr("Choose the child, or choose \"A new child\".");
    if (!m_openApplication.isEmpty() && !m_update->isChecked())
        return tr("This child already has an open application: tick \"Update that application\", or choose another "
                  "child.");
    return QString();
}

bool ChildPage::isNewChild() const
{
    return m_new->isChecked();
}

QString ChildPage::chosenChildId() const
{
    if (m_new->isChecked() || !m_children->currentItem())
        return QString();
    return m_children->currentItem()->data(Qt::UserRole).toString();
}

QJsonObject ChildPage::chosenChild() const
{
    const QString id = chosenChildId();
    return id.isEmpty() ? QJsonObject() : RecordQuery(applicationWizard().cache()).row(QStringLiteral("children"), id);
}

QJsonObject ChildPage::newChildFields() const
{
    return m_form->values();
}

QString ChildPage::displayName() const
{
    const QJsonObject c = isNewChild() ? newChildFields() : chosenChild();
    return QStringLiteral("%1 %2").arg(str(c, "first_name"), str(c, "last_name")).trimmed();
}

QString ChildPage::birthDescription() const
{
    return birthText(isNewChild() ? newChildFields() : chosenChild());
}

QDate ChildPage::birthOrExpectedDate() const
{
    if (isNewChild())
        return m_form->birthOrExpectedDate();
    const QJsonObject c = chosenChild();
    const QDate born = QDate::fromString(str(c, "birth_date"), Qt::ISODate);
    return born.isValid() ? born : QDate::fromString(str(c, "expected_birth_date"), Qt::ISODate);
}

bool ChildPage::updatesOpenApplication() const
{
    return !isNewChild() && !m_openApplication.isEmpty() && m_update->isChecked();
}

QJsonObject ChildPage::state() const
{
    QJsonObject s = m_form->typed();
    s.insert(QStringLiteral("mode"), isNewChild() ? QStringLiteral("new") : QStringLiteral("existing"));
    s.insert(QStringLiteral("child_id"), chosenChildId());
    s.insert(QStringLiteral("update"), m_update->isChecked());
    return s;
}

void ChildPage::restore(const QJsonObject& state)
{
    m_form->setValues(state);
    if (str(state, "mode") == QLatin1String("existing")) {
        for (int i = 0; i < m_children->count(); ++i) {
            if (m_children->item(i)->data(Qt::UserRole).toString() == str(state, "child_id"))
                m_children->setCurrentRow(i);
        }
    } else {
        m_new->setChecked(true);
    }
    // The later steps keep their own drafted values: ticking here must not overwrite them with the old ones.
    const QSignalBlocker quiet(m_update);
    m_update->setChecked(state.value(QLatin1String("update")).toBool() && !m_openApplication.isEmpty());
    refresh();
}

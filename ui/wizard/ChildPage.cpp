#include "ChildPage.h"

#include "ApplicationWizard.h"
#include "FieldMessage.h"
#include "ParentPage.h"
#include "WizardText.h"
#include "common/UiLanguage.h"
#include "domain/ApplicationStatus.h"
#include "domain/NationalNumber.h"
#include "store/records/ApplicationFiling.h"
#include "store/records/RecordQuery.h"
#include "store/search/ParentLookup.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

// Childcare is for children until they go to school; an older child is almost surely a typing error.
constexpr int kOldestChildYears = 4;
constexpr int kLongestExpectedMonths = 10;

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
    chainTabOrder({m_existing, m_children, m_new, m_firstName, m_lastName, m_birthDate, m_expectedDate,
                   m_nationalNumber, m_update});
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
    m_formPart = new QWidget(this);
    auto* form = new QFormLayout(m_formPart);
    form->setContentsMargins(24, 0, 0, 0);
    const auto line = [this](const QString& name, const QString& accessible) {
        auto* edit = new QLineEdit(m_formPart);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        connect(edit, &QLineEdit::textChanged, this, &ChildPage::validateForm);
        return edit;
    };
    m_firstName = line(QStringLiteral("childFirstName"), tr("Child's first name"));
    m_firstName->setPlaceholderText(tr("\"baby\" when the child is not born yet"));
    m_lastName = line(QStringLiteral("childLastName"), tr("Child's last name"));
    m_birthDate = line(QStringLiteral("birthDate"), tr("Birth date"));
    m_birthDate->setPlaceholderText(tr("day/month/year"));
    m_expectedDate = line(QStringLiteral("expectedBirthDate"), tr("Expected birth date"));
    m_expectedDate->setPlaceholderText(tr("day/month/year, when not born yet"));
    m_nationalNumber = line(QStringLiteral("childNationalNumber"), tr("Child's national number"));
    m_nationalNumber->setPlaceholderText(tr("optional"));
    m_firstNameMessage = new FieldMessage(m_formPart);
    m_datesMessage = new FieldMessage(m_formPart);
    m_datesMessage->setObjectName(QStringLiteral("datesMessage"));
    m_nationalNumberMessage = new FieldMessage(m_formPart);
    m_nationalNumberMessage->setObjectName(QStringLiteral("childNationalNumberMessage"));
    form->addRow(tr("&First name"), withMessage(m_firstName, m_firstNameMessage));
    form->addRow(tr("&Last name"), m_lastName);
    form->addRow(tr("&Birth date"), m_birthDate);
    form->addRow(tr("or &expected birth date"), withMessage(m_expectedDate, m_datesMessage));
    form->addRow(tr("National &number"), withMessage(m_nationalNumber, m_nationalNumberMessage));
    return m_formPart;
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
    if (m_lastName->text().isEmpty())
        m_lastName->setText(parents->isNewParent()
                                ? parents->newParentFields().value(QLatin1String("last_name")).toString()
                                : str(parents->chosenParent(), "last_name"));
    if (m_new->isChecked() && m_firstName->text().isEmpty())
        m_firstName->setFocus();
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
    m_formPart->setVisible(m_new->isChecked());
    if (m_new->isChecked())
        m_children->setCurrentRow(-1);
    checkOpenApplication();
    emit changed();
}

void ChildPage::validateForm()
{
    m_firstNameMessage->setProblem(m_firstName->text().trimmed().isEmpty() ? tr("Required.") : QString());
    const QString bornText = m_birthDate->text().trimmed();
    const QString expectedText = m_expectedDate->text().trimmed();
    const QDate born = WizardText::parseDate(bornText);
    const QDate expected = WizardText::parseDate(expectedText);
    const QDate today = QDate::currentDate();
    QString dates;
    if (bornText.isEmpty() && expectedText.isEmpty())
        dates = tr("Give the birth date, or the expected birth date when the child is not born yet.");
    else if (!bornText.isEmpty() && !expectedText.isEmpty())
        dates = tr("Give only one: the birth date or the expected birth date.");
    else if (!bornText.isEmpty() && !born.isValid())
        dates = tr("The birth date is not a date: type it as day/month/year, like 14/3/2026.");
    else if (!expectedText.isEmpty() && !expected.isValid())
        dates = tr("The expected birth date is not a date: type it as day/month/year, like 14/3/2027.");
    else if (born.isValid() && born > today)
        dates = tr("The birth date lies in the future: give it as the expected birth date.");
    else if (born.isValid() && born < today.addYears(-kOldestChildYears))
        dates = tr("This child is older than %n year(s): childcare is for younger children.", "", kOldestChildYears);
    else if (expected.isValid() && expected < today)
        dates = tr("The expected birth date has passed: give the birth date if the child is born.");
    else if (expected.isValid() && expected > today.addMonths(kLongestExpectedMonths))
        dates = tr("The expected birth date lies more than %n month(s) ahead.", "", kLongestExpectedMonths);
    m_datesMessage->setProblem(dates);
    const QString nn = m_nationalNumber->text().trimmed();
    if (nn.isEmpty() || NationalNumber::isValid(nn))
        m_nationalNumberMessage->setProblem(QString());
    else if (NationalNumber::normalize(nn).size() != 11)
        m_nationalNumberMessage->setProblem(tr("A national number has 11 digits."));
    else
        m_nationalNumberMessage->setProblem(tr("This national number does not exist: check the digits."));
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

QString ChildPage::formBlocker() const
{
    if (m_firstName->text().trimmed().isEmpty())
        return tr("Give the child's first name (\"baby\" when not born yet).");
    if (m_datesMessage->hasProblem())
        return m_datesMessage->text();
    if (m_nationalNumberMessage->hasProblem())
        return tr("Correct the child's national number or leave it empty.");
    return QString();
}

QString ChildPage::blocker() const
{
    if (m_new->isChecked())
        return formBlocker();
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
    const QDate born = WizardText::parseDate(m_birthDate->text());
    const QDate expected = WizardText::parseDate(m_expectedDate->text());
    QJsonObject row{{QStringLiteral("first_name"), m_firstName->text().simplified()},
                    {QStringLiteral("last_name"), m_lastName->text().simplified()},
                    {QStringLiteral("national_number"), NationalNumber::normalize(m_nationalNumber->text())}};
    if (born.isValid())
        row.insert(QStringLiteral("birth_date"), born.toString(Qt::ISODate));
    if (expected.isValid())
        row.insert(QStringLiteral("expected_birth_date"), expected.toString(Qt::ISODate));
    return row;
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
    const QJsonObject c = isNewChild() ? newChildFields() : chosenChild();
    const QDate born = QDate::fromString(str(c, "birth_date"), Qt::ISODate);
    return born.isValid() ? born : QDate::fromString(str(c, "expected_birth_date"), Qt::ISODate);
}

bool ChildPage::updatesOpenApplication() const
{
    return !isNewChild() && !m_openApplication.isEmpty() && m_update->isChecked();
}

QJsonObject ChildPage::state() const
{
    return {{QStringLiteral("mode"), isNewChild() ? QStringLiteral("new") : QStringLiteral("existing")},
            {QStringLiteral("child_id"), chosenChildId()},
            {QStringLiteral("first_name"), m_firstName->text()},
            {QStringLiteral("last_name"), m_lastName->text()},
            {QStringLiteral("birth_date"), m_birthDate->text()},
            {QStringLiteral("expected_birth_date"), m_expectedDate->text()},
            {QStringLiteral("national_number"), m_nationalNumber->text()},
            {QStringLiteral("update"), m_update->isChecked()}};
}

void ChildPage::restore(const QJsonObject& state)
{
    m_firstName->setText(str(state, "first_name"));
    m_lastName->setText(str(state, "last_name"));
    m_birthDate->setText(str(state, "birth_date"));
    m_expectedDate->setText(str(state, "expected_birth_date"));
    m_nationalNumber->setText(str(state, "national_number"));
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

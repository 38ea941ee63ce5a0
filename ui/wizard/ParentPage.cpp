#include "ParentPage.h"

#include "ApplicationWizard.h"
#include "ParentForm.h"
#include "domain/NationalNumber.h"
#include "store/records/RecordQuery.h"
#include "store/search/DuplicateFinder.h"
#include "store/search/ParentLookup.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

QString parentLine(const QJsonObject& p)
{
    QStringList facts;
    if (!str(p, "national_number").isEmpty())
        facts.append(NationalNumber::format(str(p, "national_number")));
    for (const char* f : {"phone", "email"}) {
        if (!str(p, f).isEmpty())
            facts.append(str(p, f));
    }
    const QString place = QStringLiteral("%1 %2").arg(str(p, "postcode"), str(p, "municipality")).trimmed();
    if (!place.isEmpty())
        facts.append(place);
    return QStringLiteral("%1 %2 — %3")
        .arg(str(p, "first_name"), str(p, "last_name"), facts.join(QStringLiteral(" · ")));
}

} // namespace

ParentPage::ParentPage(ApplicationWizard& wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("The parent"));
    setSubTitle(tr("Look the parent up first. Create a new parent only when they are not known yet."));
    content()->addWidget(buildDraftBanner());
    m_existing = new QRadioButton(tr("A parent who is already known"), this);
    m_existing->setObjectName(QStringLiteral("parentExisting"));
    m_new = new QRadioButton(tr("A new parent"), this);
    m_new->setObjectName(QStringLiteral("parentNew"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_existing);
    modes->addButton(m_new);
    m_existing->setChecked(true);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_existing);
    modeRow->addWidget(m_new);
    modeRow->addStretch(1);
    content()->addLayout(modeRow);
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildSearch(), 2);
    auto* right = new QVBoxLayout;
    m_form = new ParentForm(this);
    right->addWidget(m_form);
    right->addWidget(buildDuplicates(), 3);
    right->addStretch(1); // the form keeps its height when no duplicates show
    columns->addLayout(right, 3);
    content()->addLayout(columns, 1);
    connect(m_existing, &QRadioButton::toggled, this, &ParentPage::updateMode);
    connect(m_form, &ParentForm::changed, this, [this]() {
        findDuplicates();
        emit changed();
    });
    chainTabOrder({m_existing, m_new, m_search, m_results, m_form->firstField()});
    chainTabOrder({m_form->lastField(), m_duplicates, m_useDuplicate, m_notDuplicate});
    updateMode();
}

QWidget* ParentPage::buildDraftBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("draftBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("#draftBanner { background: #fff4ce; }"));
    auto* layout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    layout->addWidget(m_bannerText, 1);
    auto* go = new QPushButton(tr("Continue"), m_banner);
    go->setObjectName(QStringLiteral("draftContinue"));
    auto* drop = new QPushButton(tr("Discard"), m_banner);
    drop->setObjectName(QStringLiteral("draftDiscard"));
    layout->addWidget(go);
    layout->addWidget(drop);
    connect(go, &QPushButton::clicked, this, &ParentPage::continueDraftRequested);
    connect(drop, &QPushButton::clicked, this, &ParentPage::discardDraftRequested);
    m_banner->hide();
    return m_banner;
}

QWidget* ParentPage::buildSearch()
{
    m_searchPart = new QWidget(this);
    auto* layout = new QVBoxLayout(m_searchPart);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(m_searchPart);
    m_search->setObjectName(QStringLiteral("parentSearch"));
    m_search->setPlaceholderText(tr("Name, national number, e-mail or phone"));
    m_search->setAccessibleName(tr("Search for a parent"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(m_searchPart);
    m_results->setObjectName(QStringLiteral("parentResults"));
    m_results->setAccessibleName(tr("Parents found"));
    m_results->setWordWrap(true);
    layout->addWidget(new QLabel(tr("Search the parents you can see:"), m_searchPart));
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    connect(m_search, &QLineEdit::textChanged, this, &ParentPage::runSearch);
    connect(m_results, &QListWidget::currentRowChanged, this, &ParentPage::changed);
    return m_searchPart;
}

QWidget* ParentPage::buildDuplicates()
{
    m_duplicatePart = new QWidget(this);
    auto* layout = new QVBoxLayout(m_duplicatePart);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("These known parents may be the same person:"), m_duplicatePart);
    label->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_duplicates = new QListWidget(m_duplicatePart);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->setAccessibleName(tr("Possible duplicates"));
    m_duplicates->setWordWrap(true);
    m_useDuplicate = new QPushButton(tr("&Use this parent"), m_duplicatePart);
    m_useDuplicate->setObjectName(QStringLiteral("useDuplicate"));
    m_notDuplicate = new QCheckBox(tr("None of them is this parent: create a new one"), m_duplicatePart);
    m_notDuplicate->setObjectName(QStringLiteral("notDuplicate"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_useDuplicate);
    buttons->addWidget(m_notDuplicate, 1);
    layout->addWidget(label);
    layout->addWidget(m_duplicates, 1);
    layout->addLayout(buttons);
    connect(m_useDuplicate, &QPushButton::clicked, this, [this]() {
        const int row = qMax(0, m_duplicates->currentRow());
        if (row < m_duplicateIds.size())
            useParent(m_duplicateIds.at(row));
    });
    connect(m_notDuplicate, &QCheckBox::toggled, this, &ParentPage::changed);
    m_duplicatePart->hide();
    return m_duplicatePart;
}

void ParentPage::initializePage()
{
    applyPending();
}

void ParentPage::offerDraft(const QString& description)
{
    m_bannerText->setText(tr("Continue the application you were filing? %1").arg(description));
    m_banner->show();
}

void ParentPage::hideDraftOffer()
{
    m_banner->hide();
}

void ParentPage::updateMode()
{
    const bool existing = m_existing->isChecked();
    m_searchPart->setEnabled(existing);
    m_form->setEnabled(!existing);
    m_duplicatePart->setVisible(!existing && !m_duplicateIds.isEmpty());
    emit changed();
}

void ParentPage::runSearch()
{
    m_results->clear();
    const QVector<QJsonObject> found = ParentLookup(applicationWizard().cache()).search(m_search->text());
    for (const QJsonObject& p : found)
        addResult(p);
    emit changed();
}

void ParentPage::addResult(const QJsonObject& parent)
{
    auto* item = new QListWidgetItem(parentLine(parent), m_results);
    item->setData(Qt::UserRole, str(parent, "id"));
}

void ParentPage::useParent(const QString& parentId)
{
    const QJsonObject parent = RecordQuery(applicationWizard().cache()).row(QStringLiteral("parents"), parentId);
    if (parent.isEmpty())
        return;
    m_existing->setChecked(true);
    m_search->setText(QStringLiteral("%1 %2").arg(str(parent, "first_name"), str(parent, "last_name")));
    for (int i = 0; i < m_results->count(); ++i) {
        if (m_results->item(i)->data(Qt::UserRole).toString() == parentId) {
            m_results->setCurrentRow(i);
            return;
        }
    }
    addResult(parent); // not among the first results: it is the one meant, so show it
    m_results->setCurrentRow(m_results->count() - 1);
}

void ParentPage::findDuplicates()
{
    ParentIdentity who;
    const QJsonObject typed = m_form->typed();
    who.firstName = str(typed, "first_name");
    who.lastName = str(typed, "last_name");
    who.nationalNumber = str(typed, "national_number");
    who.email = str(typed, "email");
    who.phone = str(typed, "phone");
    const QVector<DuplicateCandidate> found = DuplicateFinder(applicationWizard().cache()).find(who);
    QStringList ids;
    for (const DuplicateCandidate& c : found)
        ids.append(c.parentId);
    const bool others = ids != m_duplicateIds;
    if (others)
        m_notDuplicate->setChecked(false); // someone else may be meant now: ask again
    m_duplicateIds = ids;
    const int row = others ? 0 : qMax(0, m_duplicates->currentRow());
    m_duplicates->clear();
    RecordQuery records(applicationWizard().cache());
    for (const DuplicateCandidate& c : found) {
        const QJsonObject p = records.row(QStringLiteral("parents"), c.parentId);
        new QListWidgetItem(parentLine(p) + QLatin1Char('\n') + tr("Why: %1").arg(c.reasons.join(QStringLiteral(", "))),
                            m_duplicates);
    }
    if (m_duplicates->count() > 0)
        m_duplicates->setCurrentRow(row);
    m_duplicatePart->setVisible(m_new->isChecked() && !ids.isEmpty());
}

QString ParentPage::formBlocker() const
{
    const QJsonObject typed = m_form->typed();
    if (str(typed, "first_name").isEmpty() || str(typed, "last_name").isEmpty())
        return m_form->problem();
    // Asked first: when the parent is known already, the rest of the form does not matter.
    if (!m_duplicateIds.isEmpty() && !m_notDuplicate->isChecked())
        return tr("This parent may be known already: use one of the parents shown, or confirm none of them is "
                  "this parent.");
    return m_form->problem();
}

QString ParentPage::blocker() const
{
    if (m_new->isChecked())
        return formBlocker();
    if (m_results->currentRow() < 0)
        return tr("Search for the parent and choose them in the list, or choose \"A new parent\".");
    return QString();
}

bool ParentPage::isNewParent() const
{
    return m_new->isChecked();
}

QString ParentPage::chosenParentId() const
{
    if (m_new->isChecked() || !m_results->currentItem())
        return QString();
    return m_results->currentItem()->data(Qt::UserRole).toString();
}

QJsonObject ParentPage::chosenParent() const
{
    const QString id = chosenParentId();
    return id.isEmpty() ? QJsonObject() : RecordQuery(applicationWizard().cache()).row(QStringLiteral("parents"), id);
}

QJsonObject ParentPage::newParentFields() const
{
    return m_form->values();
}

QString ParentPage::postcode() const
{
    if (!isNewParent())
        return str(chosenParent(), "postcode");
    return m_form->postcode();
}

QString ParentPage::municipality() const
{
    if (!isNewParent())
        return str(chosenParent(), "municipality");
    return m_form->municipality();
}

QString ParentPage::displayName() const
{
    const QJsonObject p = isNewParent() ? newParentFields() : chosenParent();
    return QStringLiteral("%1 %2").arg(str(p, "first_name"), str(p, "last_name")).trimmed();
}

QJsonObject ParentPage::state() const
{
    const QJsonObject fields = m_form->typed();
    return {{QStringLiteral("mode"), isNewParent() ? QStringLiteral("new") : QStringLiteral("existing")},
            {QStringLiteral("search"), m_search->text()},
            {QStringLiteral("parent_id"), chosenParentId()},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("not_duplicate"), m_notDuplicate->isChecked()}};
}

void ParentPage::restore(const QJsonObject& state)
{
    m_form->setValues(state.value(QLatin1String("fields")).toObject());
    const bool isNew = str(state, "mode") == QLatin1String("new");
    (isNew ? m_new : m_existing)->setChecked(true);
    m_notDuplicate->setChecked(state.value(QLatin1String("not_duplicate")).toBool());
    m_search->setText(str(state, "search"));
    if (!isNew && !str(state, "parent_id").isEmpty())
        useParent(str(state, "parent_id"));
    refresh();
}

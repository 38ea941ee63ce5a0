#include "ParentPage.h"

#include "ApplicationWizard.h"
#include "FieldMessage.h"
#include "domain/ContactRules.h"
#include "domain/NationalNumber.h"
#include "domain/RegionCatalog.h"
#include "store/records/RecordQuery.h"
#include "store/search/DuplicateFinder.h"
#include "store/search/ParentLookup.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
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
    right->addWidget(buildForm());
    right->addWidget(buildDuplicates(), 3);
    right->addStretch(1); // the form keeps its height when no duplicates show
    columns->addLayout(right, 3);
    content()->addLayout(columns, 1);
    connect(m_existing, &QRadioButton::toggled, this, &ParentPage::updateMode);
    chainTabOrder({m_existing, m_new, m_search, m_results, m_firstName, m_lastName, m_nationalNumber, m_language,
                   m_email, m_phone, m_street, m_houseNumber, m_postcode, m_municipality, m_contact, m_duplicates,
                   m_useDuplicate, m_notDuplicate});
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

QLineEdit* ParentPage::addLine(const QString& name, const QString& accessible)
{
    auto* edit = new QLineEdit(m_formPart);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    connect(edit, &QLineEdit::textChanged, this, &ParentPage::validateForm);
    return edit;
}

QWidget* ParentPage::buildForm()
{
    m_formPart = new QWidget(this);
    auto* grid = new QGridLayout(m_formPart);
    grid->setContentsMargins(0, 0, 0, 0);
    m_firstName = addLine(QStringLiteral("firstName"), tr("First name"));
    m_lastName = addLine(QStringLiteral("lastName"), tr("Last name"));
    m_nationalNumber = addLine(QStringLiteral("nationalNumber"), tr("National number"));
    m_nationalNumber->setPlaceholderText(tr("optional, e.g. 85.07.30-033.28"));
    m_email = addLine(QStringLiteral("email"), tr("E-mail"));
    m_phone = addLine(QStringLiteral("phone"), tr("Phone"));
    m_phone->setPlaceholderText(tr("e.g. 0470 12 34 56"));
    m_street = addLine(QStringLiteral("street"), tr("Street"));
    m_houseNumber = addLine(QStringLiteral("houseNumber"), tr("House number"));
    m_postcode = addLine(QStringLiteral("postcode"), tr("Postcode"));
    m_municipality = addLine(QStringLiteral("municipality"), tr("Municipality"));
    connect(m_postcode, &QLineEdit::textChanged, this, &ParentPage::fillMunicipality);
    m_language = new QComboBox(m_formPart);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language for letters and mails"));
    const QStringList codes{QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("de"),
                            QStringLiteral("tr"), QStringLiteral("ar"), QStringLiteral("pl"), QStringLiteral("ro")};
    for (const QString& code : codes)
        m_language->addItem(QStringLiteral("%1 (%2)").arg(QLocale(code).nativeLanguageName(), code), code);
    m_contact = new QComboBox(m_formPart);
    m_contact->setObjectName(QStringLiteral("contactPreference"));
    m_contact->setAccessibleName(tr("How the parent wants to be contacted"));
    m_contact->addItem(tr("by e-mail"), QStringLiteral("email"));
    m_contact->addItem(tr("by phone"), QStringLiteral("phone"));
    m_contact->addItem(tr("by post"), QStringLiteral("post"));
    connect(m_contact, &QComboBox::currentIndexChanged, this, &ParentPage::validateForm);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ParentPage::changed);
    m_firstNameMessage = new FieldMessage(m_formPart);
    m_lastNameMessage = new FieldMessage(m_formPart);
    m_nationalNumberMessage = new FieldMessage(m_formPart);
    m_nationalNumberMessage->setObjectName(QStringLiteral("nationalNumberMessage"));
    m_emailMessage = new FieldMessage(m_formPart);
    m_phoneMessage = new FieldMessage(m_formPart);
    m_postcodeMessage = new FieldMessage(m_formPart);
    m_contactMessage = new FieldMessage(m_formPart);
    const auto row = [&](int r, int c, const QString& label, QWidget* field, FieldMessage* message = nullptr) {
        auto* l = new QLabel(label, m_formPart);
        l->setBuddy(field);
        grid->addWidget(l, r, c * 2, Qt::AlignTop);
        grid->addWidget(message ? withMessage(field, message) : field, r, c * 2 + 1, Qt::AlignTop);
    };
    row(0, 0, tr("&First name"), m_firstName, m_firstNameMessage);
    row(0, 1, tr("&Last name"), m_lastName, m_lastNameMessage);
    row(1, 0, tr("National &number"), m_nationalNumber, m_nationalNumberMessage);
    row(1, 1, tr("Lan&guage"), m_language);
    row(2, 0, tr("&E-mail"), m_email, m_emailMessage);
    row(2, 1, tr("&Phone"), m_phone, m_phoneMessage);
    row(3, 0, tr("&Street"), m_street);
    row(3, 1, tr("House n&umber"), m_houseNumber);
    row(4, 0, tr("Post&code"), m_postcode, m_postcodeMessage);
    row(4, 1, tr("&Municipality"), m_municipality);
    row(5, 0, tr("C&ontact"), m_contact, m_contactMessage);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return m_formPart;
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
    m_formPart->setEnabled(!existing);
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

void ParentPage::fillMunicipality()
{
    // The municipality follows from a postcode of the three regions, unless the person typed another one.
    const QString current = m_municipality->text().trimmed();
    if (!current.isEmpty() && current != m_filledMunicipality)
        return;
    m_filledMunicipality = RegionCatalog::municipalityForPostcode(m_postcode->text().trimmed());
    m_municipality->setText(m_filledMunicipality);
}

void ParentPage::validateForm()
{
    const auto required = [](QLineEdit* edit, FieldMessage* message) {
        message->setProblem(edit->text().trimmed().isEmpty() ? tr("Required.") : QString());
    };
    required(m_firstName, m_firstNameMessage);
    required(m_lastName, m_lastNameMessage);
    const QString nn = m_nationalNumber->text().trimmed();
    if (nn.isEmpty() || NationalNumber::isValid(nn))
        m_nationalNumberMessage->setProblem(QString());
    else if (NationalNumber::normalize(nn).size() != 11)
        m_nationalNumberMessage->setProblem(tr("A national number has 11 digits."));
    else
        m_nationalNumberMessage->setProblem(tr("This national number does not exist: check the digits."));
    const QString email = m_email->text().trimmed();
    m_emailMessage->setProblem(email.isEmpty() || ContactRules::isValidEmail(email)
                                   ? QString()
                                   : tr("Not an e-mail address (like name@example.be)."));
    const QString phone = m_phone->text().trimmed();
    m_phoneMessage->setProblem(phone.isEmpty() || !ContactRules::normalizePhone(phone).isEmpty()
                                   ? QString()
                                   : tr("Not a phone number (like 0470 12 34 56 or +32 470 12 34 56)."));
    const QString pc = m_postcode->text().trimmed();
    if (!pc.isEmpty() && (pc.size() != 4 || pc.toInt() < 1000))
        m_postcodeMessage->setProblem(tr("A Belgian postcode has four digits."));
    else
        m_postcodeMessage->setProblem(QString());
    const QString contact = m_contact->currentData().toString();
    if (contact == QLatin1String("email") && email.isEmpty())
        m_contactMessage->setProblem(tr("Give the e-mail address, or choose another way."));
    else if (contact == QLatin1String("phone") && phone.isEmpty())
        m_contactMessage->setProblem(tr("Give the phone number, or choose another way."));
    else
        m_contactMessage->setProblem(QString());
    findDuplicates();
    emit changed();
}

void ParentPage::findDuplicates()
{
    ParentIdentity who;
    who.firstName = m_firstName->text();
    who.lastName = m_lastName->text();
    who.nationalNumber = m_nationalNumber->text();
    who.email = m_email->text();
    who.phone = m_phone->text();
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
    if (m_firstName->text().trimmed().isEmpty() || m_lastName->text().trimmed().isEmpty())
        return tr("Give the parent's first and last name.");
    // Asked first: when the parent is known already, the rest of the form does not matter.
    if (!m_duplicateIds.isEmpty() && !m_notDuplicate->isChecked())
        return tr("This parent may be known already: use one of the parents shown, or confirm none of them is "
                  "this parent.");
    for (const FieldMessage* m :
         {m_nationalNumberMessage, m_emailMessage, m_phoneMessage, m_postcodeMessage, m_contactMessage}) {
        if (m->hasProblem())
            return tr("Correct the field marked in red.");
    }
    return QString();
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
    QJsonObject row{{QStringLiteral("first_name"), m_firstName->text().simplified()},
                    {QStringLiteral("last_name"), m_lastName->text().simplified()},
                    {QStringLiteral("email"), m_email->text().trimmed()},
                    {QStringLiteral("phone"), ContactRules::normalizePhone(m_phone->text())},
                    {QStringLiteral("street"), m_street->text().simplified()},
                    {QStringLiteral("house_number"), m_houseNumber->text().simplified()},
                    {QStringLiteral("postcode"), postcode()},
                    {QStringLiteral("municipality"), m_municipality->text().simplified()},
                    {QStringLiteral("language"), m_language->currentData().toString()},
                    {QStringLiteral("contact_preference"), m_contact->currentData().toString()},
                    {QStringLiteral("national_number"), NationalNumber::normalize(m_nationalNumber->text())}};
    return row;
}

QString ParentPage::postcode() const
{
    if (!isNewParent())
        return str(chosenParent(), "postcode");
    return m_postcode->text().trimmed();
}

QString ParentPage::municipality() const
{
    if (!isNewParent())
        return str(chosenParent(), "municipality");
    return m_municipality->text().simplified();
}

QString ParentPage::displayName() const
{
    const QJsonObject p = isNewParent() ? newParentFields() : chosenParent();
    return QStringLiteral("%1 %2").arg(str(p, "first_name"), str(p, "last_name")).trimmed();
}

QJsonObject ParentPage::state() const
{
    QJsonObject fields = newParentFields();
    fields.insert(QStringLiteral("national_number"), m_nationalNumber->text());
    fields.insert(QStringLiteral("phone"), m_phone->text());
    fields.insert(QStringLiteral("postcode"), m_postcode->text());
    return {{QStringLiteral("mode"), isNewParent() ? QStringLiteral("new") : QStringLiteral("existing")},
            {QStringLiteral("search"), m_search->text()},
            {QStringLiteral("parent_id"), chosenParentId()},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("not_duplicate"), m_notDuplicate->isChecked()}};
}

void ParentPage::restore(const QJsonObject& state)
{
    const QJsonObject f = state.value(QLatin1String("fields")).toObject();
    const QList<QPair<QLineEdit*, const char*>> edits{{m_firstName, "first_name"},
                                                      {m_lastName, "last_name"},
                                                      {m_nationalNumber, "national_number"},
                                                      {m_email, "email"},
                                                      {m_phone, "phone"},
                                                      {m_street, "street"},
                                                      {m_houseNumber, "house_number"},
                                                      {m_postcode, "postcode"},
                                                      {m_municipality, "municipality"}};
    for (const auto& e : edits)
        e.first->setText(str(f, e.second));
    m_language->setCurrentIndex(qMax(0, m_language->findData(str(f, "language"))));
    m_contact->setCurrentIndex(qMax(0, m_contact->findData(str(f, "contact_preference"))));
    const bool isNew = str(state, "mode") == QLatin1String("new");
    (isNew ? m_new : m_existing)->setChecked(true);
    m_notDuplicate->setChecked(state.value(QLatin1String("not_duplicate")).toBool());
    m_search->setText(str(state, "search"));
    if (!isNew && !str(state, "parent_id").isEmpty())
        useParent(str(state, "parent_id"));
    refresh();
}

#include "ParentForm.h"

#include "FieldMessage.h"
#include "domain/ContactRules.h"
#include "domain/NationalNumber.h"
#include "domain/RegionCatalog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

ParentForm::ParentForm(QWidget* parent)
    : RecordForm(parent)
{
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
    connect(m_postcode, &QLineEdit::textChanged, this, &ParentForm::fillMunicipality);
    m_language = buildLanguage();
    m_contact = buildContact();
    m_firstNameMessage = new FieldMessage(this);
    m_lastNameMessage = new FieldMessage(this);
    m_nationalNumberMessage = new FieldMessage(this);
    m_nationalNumberMessage->setObjectName(QStringLiteral("nationalNumberMessage"));
    m_emailMessage = new FieldMessage(this);
    m_phoneMessage = new FieldMessage(this);
    m_postcodeMessage = new FieldMessage(this);
    m_contactMessage = new FieldMessage(this);
    layOut();
    chainTabOrder({m_firstName, m_lastName, m_nationalNumber, m_language, m_email, m_phone, m_street, m_houseNumber,
                   m_postcode, m_municipality, m_contact});
}

QComboBox* ParentForm::buildLanguage()
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("language"));
    combo->setAccessibleName(tr("Language for letters and mails"));
    const QStringList codes{QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("de"),
                            QStringLiteral("tr"), QStringLiteral("ar"), QStringLiteral("pl"), QStringLiteral("ro")};
    for (const QString& code : codes)
        combo->addItem(QStringLiteral("%1 (%2)").arg(QLocale(code).nativeLanguageName(), code), code);
    connect(combo, &QComboBox::currentIndexChanged, this, &ParentForm::changed);
    return combo;
}

QComboBox* ParentForm::buildContact()
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("contactPreference"));
    combo->setAccessibleName(tr("How the parent wants to be contacted"));
    combo->addItem(tr("by e-mail"), QStringLiteral("email"));
    combo->addItem(tr("by phone"), QStringLiteral("phone"));
    combo->addItem(tr("by post"), QStringLiteral("post"));
    connect(combo, &QComboBox::currentIndexChanged, this, &ParentForm::validate);
    return combo;
}

void ParentForm::layOut()
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto row = [&](int r, int c, const QString& label, QWidget* field, FieldMessage* message = nullptr) {
        auto* l = new QLabel(label, this);
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
}

QWidget* ParentForm::firstField() const
{
    return m_firstName;
}

QWidget* ParentForm::lastField() const
{
    return m_contact;
}

void ParentForm::fillMunicipality()
{
    // The municipality follows from a postcode of the three regions, unless the person typed another one.
    const QString current = m_municipality->text().trimmed();
    if (!current.isEmpty() && current != m_filledMunicipality)
        return;
    m_filledMunicipality = RegionCatalog::municipalityForPostcode(m_postcode->text().trimmed());
    m_municipality->setText(m_filledMunicipality);
}

void ParentForm::validate()
{
    const auto required = [](QLineEdit* edit, FieldMessage* message) {
        message->setProblem(edit->text().trimmed().isEmpty() ? tr("Required.") : QString());
    };
    required(m_firstName, m_firstNameMessage);
    required(m_lastName, m_lastNameMessage);
    m_nationalNumberMessage->setProblem(nationalNumberProblem(m_nationalNumber->text()));
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
    emit changed();
}

QString ParentForm::problem() const
{
    if (m_firstName->text().trimmed().isEmpty() || m_lastName->text().trimmed().isEmpty())
        return tr("Give the parent's first and last name.");
    for (const FieldMessage* m :
         {m_nationalNumberMessage, m_emailMessage, m_phoneMessage, m_postcodeMessage, m_contactMessage}) {
        if (m->hasProblem())
            return tr("Correct the field marked in red.");
    }
    return QString();
}

QJsonObject ParentForm::values() const
{
    return {{QStringLiteral("first_name"), m_firstName->text().simplified()},
            {QStringLiteral("last_name"), m_lastName->text().simplified()},
            {QStringLiteral("email"), m_email->text().trimmed()},
            {QStringLiteral("phone"), ContactRules::normalizePhone(m_phone->text())},
            {QStringLiteral("street"), m_street->text().simplified()},
            {QStringLiteral("house_number"), m_houseNumber->text().simplified()},
            {QStringLiteral("postcode"), postcode()},
            {QStringLiteral("municipality"), municipality()},
            {QStringLiteral("language"), m_language->currentData().toString()},
            {QStringLiteral("contact_preference"), m_contact->currentData().toString()},
            {QStringLiteral("national_number"), NationalNumber::normalize(m_nationalNumber->text())}};
}

QJsonObject ParentForm::typed() const
{
    QJsonObject fields = values();
    fields.insert(QStringLiteral("national_number"), m_nationalNumber->text());
    fields.insert(QStringLiteral("phone"), m_phone->text());
    fields.insert(QStringLiteral("postcode"), m_postcode->text());
    return fields;
}

void ParentForm::setValues(const QJsonObject& row)
{
    // A stored national number is eleven digits: shown the way people write it.
    const QString nn = str(row, "national_number");
    m_nationalNumber->setText(NationalNumber::isValid(nn) ? NationalNumber::format(nn) : nn);
    const QList<QPair<QLineEdit*, const char*>> edits{{m_firstName, "first_name"}, {m_lastName, "last_name"},
                                                      {m_email, "email"},          {m_phone, "phone"},
                                                      {m_street, "street"},        {m_houseNumber, "house_number"},
                                                      {m_postcode, "postcode"},    {m_municipality, "municipality"}};
    for (const auto& e : edits)
        e.first->setText(str(row, e.second));
    m_filledMunicipality = RegionCatalog::municipalityForPostcode(m_postcode->text().trimmed());
    // A language the list does not offer yet (a parent filed elsewhere) is kept, not silently replaced.
    const QString language = str(row, "language");
    if (!language.isEmpty() && m_language->findData(language) < 0)
        m_language->addItem(QStringLiteral("%1 (%2)").arg(QLocale(language).nativeLanguageName(), language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_contact->setCurrentIndex(qMax(0, m_contact->findData(str(row, "contact_preference"))));
}

QString ParentForm::postcode() const
{
    return m_postcode->text().trimmed();
}

QString ParentForm::municipality() const
{
    return m_municipality->text().simplified();
}

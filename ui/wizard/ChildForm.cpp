#include "ChildForm.h"

#include "FieldMessage.h"
#include "WizardText.h"
#include "domain/NationalNumber.h"

#include <QFormLayout>
#include <QLineEdit>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

QString shown(const QString& isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("d/M/yyyy")) : isoDate;
}

// Childcare is for children until they go to school; an older child is almost surely a typing error.
constexpr int kOldestChildYears = 4;
constexpr int kLongestExpectedMonths = 10;

} // namespace

ChildForm::ChildForm(QWidget* parent)
    : RecordForm(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_firstName = addLine(QStringLiteral("childFirstName"), tr("Child's first name"));
    m_firstName->setPlaceholderText(tr("\"baby\" when the child is not born yet"));
    m_lastName = addLine(QStringLiteral("childLastName"), tr("Child's last name"));
    m_birthDate = addLine(QStringLiteral("birthDate"), tr("Birth date"));
    m_birthDate->setPlaceholderText(tr("day/month/year"));
    m_expectedDate = addLine(QStringLiteral("expectedBirthDate"), tr("Expected birth date"));
    m_expectedDate->setPlaceholderText(tr("day/month/year, when not born yet"));
    m_nationalNumber = addLine(QStringLiteral("childNationalNumber"), tr("Child's national number"));
    m_nationalNumber->setPlaceholderText(tr("optional"));
    m_firstNameMessage = new FieldMessage(this);
    m_datesMessage = new FieldMessage(this);
    m_datesMessage->setObjectName(QStringLiteral("datesMessage"));
    m_nationalNumberMessage = new FieldMessage(this);
    m_nationalNumberMessage->setObjectName(QStringLiteral("childNationalNumberMessage"));
    form->addRow(tr("&First name"), withMessage(m_firstName, m_firstNameMessage));
    form->addRow(tr("&Last name"), m_lastName);
    form->addRow(tr("&Birth date"), m_birthDate);
    form->addRow(tr("or &expected birth date"), withMessage(m_expectedDate, m_datesMessage));
    form->addRow(tr("National &number"), withMessage(m_nationalNumber, m_nationalNumberMessage));
    chainTabOrder({m_firstName, m_lastName, m_birthDate, m_expectedDate, m_nationalNumber});
}

QWidget* ChildForm::firstField() const
{
    return m_firstName;
}

QWidget* ChildForm::lastField() const
{
    return m_nationalNumber;
}

bool ChildForm::changedFrom(const char* field, const QDate& now) const
{
    return !isEditing() || QDate::fromString(original(field).toString(), Qt::ISODate) != now;
}

bool ChildForm::bornNow() const
{
    const QDate expected = WizardText::parseDate(m_expectedDate->text());
    return isEditing() && !original("expected_birth_date").toString().isEmpty() && expected.isValid() &&
           !changedFrom("expected_birth_date", expected) && WizardText::parseDate(m_birthDate->text()).isValid();
}

QString ChildForm::datesProblem() const
{
    const QString bornText = m_birthDate->text().trimmed();
    const QString expectedText = m_expectedDate->text().trimmed();
    const QDate born = WizardText::parseDate(bornText);
    const QDate expected = WizardText::parseDate(expectedText);
    const QDate today = QDate::currentDate();
    if (bornText.isEmpty() && expectedText.isEmpty())
        return tr("Give the birth date, or the expected birth date when the child is not born yet.");
    if (!bornText.isEmpty() && !expectedText.isEmpty() && !bornNow())
        return tr("Give only one: the birth date or the expected birth date.");
    if (!bornText.isEmpty() && !born.isValid())
        return tr("The birth date is not a date: type it as day/month/year, like 14/3/2026.");
    if (!expectedText.isEmpty() && !expected.isValid())
        return tr("The expected birth date is not a date: type it as day/month/year, like 14/3/2027.");
    if (born.isValid() && born > today)
        return tr("The birth date lies in the future: give it as the expected birth date.");
    if (born.isValid() && born < today.addYears(-kOldestChildYears) && changedFrom("birth_date", born))
        return tr("This child is older than %n year(s): childcare is for younger children.", "", kOldestChildYears);
    if (bornNow())
        return QString();
    if (expected.isValid() && expected < today && changedFrom("expected_birth_date", expected))
        return tr("The expected birth date has passed: give the birth date if the child is born.");
    if (expected.isValid() && expected > today.addMonths(kLongestExpectedMonths) &&
        changedFrom("expected_birth_date", expected))
        return tr("The expected birth date lies more than %n month(s) ahead.", "", kLongestExpectedMonths);
    return QString();
}

void ChildForm::validate()
{
    m_firstNameMessage->setProblem(m_firstName->text().trimmed().isEmpty() ? tr("Required.") : QString());
    const QString dates = datesProblem();
    const QDate expected = WizardText::parseDate(m_expectedDate->text());
    if (!dates.isEmpty())
        m_datesMessage->setProblem(dates);
    else if (bornNow())
        m_datesMessage->setNote(tr("The child is born: the expected birth date is dropped when you save."));
    else if (expected.isValid() && expected < QDate::currentDate())
        m_datesMessage->setNote(tr("The expected birth date has passed: give the birth date once the child is born."));
    else
        m_datesMessage->setProblem(QString());
    m_nationalNumberMessage->setProblem(nationalNumberProblem(m_nationalNumber->text()));
    emit changed();
}

QString ChildForm::problem() const
{
    if (m_firstName->text().trimmed().isEmpty())
        return tr("Give the child's first name (\"baby\" when not born yet).");
    if (m_datesMessage->hasProblem())
        return m_datesMessage->text();
    if (m_nationalNumberMessage->hasProblem())
        return tr("Correct the child's national number or leave it empty.");
    return QString();
}

QJsonObject ChildForm::values() const
{
    const QDate born = WizardText::parseDate(m_birthDate->text());
    const QDate expected = WizardText::parseDate(m_expectedDate->text());
    QJsonObject row{{QStringLiteral("first_name"), m_firstName->text().simplified()},
                    {QStringLiteral("last_name"), m_lastName->text().simplified()},
                    {QStringLiteral("national_number"), NationalNumber::normalize(m_nationalNumber->text())}};
    if (born.isValid())
        row.insert(QStringLiteral("birth_date"), born.toString(Qt::ISODate));
    if (expected.isValid() && !bornNow())
        row.insert(QStringLiteral("expected_birth_date"), expected.toString(Qt::ISODate));
    if (isEditing()) {
        // Every field is named, so one that was cleared is cleared in the record too.
        for (const char* field : {"birth_date", "expected_birth_date"}) {
            if (!row.contains(QLatin1String(field)))
                row.insert(QLatin1String(field), QJsonValue::Null);
        }
    }
    return row;
}

QJsonObject ChildForm::typed() const
{
    return {{QStringLiteral("first_name"), m_firstName->text()},
            {QStringLiteral("last_name"), m_lastName->text()},
            {QStringLiteral("birth_date"), m_birthDate->text()},
            {QStringLiteral("expected_birth_date"), m_expectedDate->text()},
            {QStringLiteral("national_number"), m_nationalNumber->text()}};
}

void ChildForm::setValues(const QJsonObject& row)
{
    m_firstName->setText(str(row, "first_name"));
    m_lastName->setText(str(row, "last_name"));
    m_birthDate->setText(shown(str(row, "birth_date")));
    m_expectedDate->setText(shown(str(row, "expected_birth_date")));
    const QString nn = str(row, "national_number");
    m_nationalNumber->setText(NationalNumber::isValid(nn) ? NationalNumber::format(nn) : nn);
}

QDate ChildForm::birthOrExpectedDate() const
{
    const QDate born = WizardText::parseDate(m_birthDate->text());
    return born.isValid() ? born : WizardText::parseDate(m_expectedDate->text());
}

void ChildForm::setLastName(const QString& name)
{
    m_lastName->setText(name);
}

QString ChildForm::lastName() const
{
    return m_lastName->text();
}

bool ChildForm::isEmptyFirstName() const
{
    return m_firstName->text().isEmpty();
}

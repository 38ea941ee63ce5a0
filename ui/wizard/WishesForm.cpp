#include "WishesForm.h"

#include "FieldMessage.h"
#include "WizardText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int kMaxFlexibilityWeeks = 52;
constexpr int kDefaultFlexibilityWeeks = 4;
} // namespace

WishesForm::WishesForm(QWidget* parent)
    : RecordForm(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_start = new QLineEdit(this);
    m_start->setObjectName(QStringLiteral("desiredStart"));
    m_start->setAccessibleName(tr("Desired start date"));
    m_start->setPlaceholderText(tr("day/month/year"));
    m_startMessage = new FieldMessage(this);
    m_startMessage->setObjectName(QStringLiteral("desiredStartMessage"));
    m_flexibility = new QSpinBox(this);
    m_flexibility->setObjectName(QStringLiteral("flexibility"));
    m_flexibility->setAccessibleName(tr("Flexibility in weeks"));
    m_flexibility->setRange(0, kMaxFlexibilityWeeks);
    m_flexibility->setValue(kDefaultFlexibilityWeeks);
    m_flexibility->setSuffix(tr(" weeks"));
    auto* flexHint = new QLabel(tr("How many weeks earlier or later the start may be."), this);
    flexHint->setWordWrap(true);
    form->addRow(tr("Desired &start"), withMessage(m_start, m_startMessage));
    form->addRow(tr("&Flexibility"), withMessage(m_flexibility, new FieldMessage(this)));
    form->addRow(QString(), flexHint);
    layout->addLayout(form);
    layout->addWidget(buildDays());
    QList<QWidget*> order{m_start, m_flexibility};
    for (const QString& key : WizardText::weekdayKeys())
        order.append(m_days.value(key));
    chainTabOrder(order);
    connect(m_start, &QLineEdit::textChanged, this, &WishesForm::validate);
    connect(m_flexibility, &QSpinBox::valueChanged, this, &WishesForm::changed);
}

QWidget* WishesForm::buildDays()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Days of care:"), box), 0, 0, 1, 2);
    int row = 1;
    for (const QString& key : WizardText::weekdayKeys()) {
        auto* combo = new QComboBox(box);
        combo->setObjectName(QStringLiteral("day_") + key);
        combo->setAccessibleName(WizardText::weekday(key));
        for (const QString& value : {QString(), QStringLiteral("full"), QStringLiteral("half")})
            combo->addItem(WizardText::dayPart(value), value);
        QString day = WizardText::weekday(key);
        day[0] = day.at(0).toUpper(); // "maandag" in a sentence, "Maandag" as a label
        auto* label = new QLabel(day, box);
        label->setBuddy(combo);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        m_days.insert(key, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &WishesForm::validate);
        ++row;
    }
    m_daysMessage = new FieldMessage(box);
    m_daysMessage->setObjectName(QStringLiteral("daysMessage"));
    grid->addWidget(m_daysMessage, row, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    return box;
}

void WishesForm::setBirth(const QDate& birthOrExpected)
{
    m_birth = birthOrExpected;
    validate();
}

void WishesForm::validate()
{
    const QString text = m_start->text().trimmed();
    const QDate start = WizardText::parseDate(text);
    // Edit mode: a start that passed while the family waited is history, not a typing error.
    const bool moved = !isEditing() || QDate::fromString(original("desired_start").toString(), Qt::ISODate) != start;
    QString problem;
    if (text.isEmpty())
        problem = tr("Give the date care should start.");
    else if (!start.isValid())
        problem = tr("Not a date: type it as day/month/year, like 2/9/2027.");
    else if (start < QDate::currentDate() && moved)
        problem = tr("This date has passed.");
    else if (m_birth.isValid() && start < m_birth)
        problem = tr("This date lies before the child's (expected) birth.");
    m_startMessage->setProblem(problem);
    m_daysMessage->setProblem(days().isEmpty() ? tr("Choose at least one day.") : QString());
    emit changed();
}

QString WishesForm::problem() const
{
    if (m_startMessage->hasProblem())
        return m_startMessage->text();
    if (m_daysMessage->hasProblem())
        return m_daysMessage->text();
    return QString();
}

QString WishesForm::desiredStart() const
{
    const QDate d = WizardText::parseDate(m_start->text());
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int WishesForm::flexibilityWeeks() const
{
    return m_flexibility->value();
}

QJsonObject WishesForm::days() const
{
    QJsonObject out;
    for (auto it = m_days.begin(); it != m_days.end(); ++it) {
        const QString v = it.value()->currentData().toString();
        if (!v.isEmpty())
            out.insert(it.key(), v);
    }
    return out;
}

QJsonObject WishesForm::values() const
{
    return {{QStringLiteral("desired_start"), desiredStart()},
            {QStringLiteral("start_flexibility_weeks"), flexibilityWeeks()},
            {QStringLiteral("days"), days()}};
}

QJsonObject WishesForm::typed() const
{
    QJsonObject out = values();
    out.insert(QStringLiteral("desired_start"), m_start->text());
    return out;
}

void WishesForm::setValues(const QJsonObject& row)
{
    const QString start = row.value(QLatin1String("desired_start")).toString();
    const QDate iso = QDate::fromString(start, Qt::ISODate);
    m_start->setText(iso.isValid() ? iso.toString(QStringLiteral("d/M/yyyy")) : start);
    m_flexibility->setValue(row.value(QLatin1String("start_flexibility_weeks")).toInt());
    const QJsonObject d = row.value(QLatin1String("days")).toObject();
    for (auto it = m_days.begin(); it != m_days.end(); ++it)
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(d.value(it.key()).toString())));
    validate();
}

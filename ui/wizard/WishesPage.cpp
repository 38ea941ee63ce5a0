#include "WishesPage.h"

#include "ApplicationWizard.h"
#include "ChildPage.h"
#include "FieldMessage.h"
#include "WizardText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace {
constexpr int kMaxFlexibilityWeeks = 52;
}

WishesPage::WishesPage(ApplicationWizard& wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Wishes"));
    setSubTitle(tr("When should childcare start, and on which days?"));
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
    m_flexibility->setValue(4);
    m_flexibility->setSuffix(tr(" weeks"));
    auto* flexHint = new QLabel(tr("How many weeks earlier or later the start may be."), this);
    flexHint->setWordWrap(true);
    form->addRow(tr("Desired &start"), withMessage(m_start, m_startMessage));
    form->addRow(tr("&Flexibility"), withMessage(m_flexibility, new FieldMessage(this)));
    form->addRow(QString(), flexHint);
    content()->addLayout(form);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Days of care:"), this), 0, 0, 1, 2);
    int row = 1;
    for (const QString& key : WizardText::weekdayKeys()) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("day_") + key);
        combo->setAccessibleName(WizardText::weekday(key));
        for (const QString& value : {QString(), QStringLiteral("full"), QStringLiteral("half")})
            combo->addItem(WizardText::dayPart(value), value);
        QString day = WizardText::weekday(key);
        day[0] = day.at(0).toUpper(); // "maandag" in a sentence, "Maandag" as a label
        auto* label = new QLabel(day, this);
        label->setBuddy(combo);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        m_days.insert(key, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &WishesPage::validate);
        ++row;
    }
    m_daysMessage = new FieldMessage(this);
    m_daysMessage->setObjectName(QStringLiteral("daysMessage"));
    grid->addWidget(m_daysMessage, row, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    content()->addLayout(grid);
    content()->addStretch(1);
    QList<QWidget*> order{m_start, m_flexibility};
    for (const QString& key : WizardText::weekdayKeys())
        order.append(m_days.value(key));
    chainTabOrder(order);
    connect(m_start, &QLineEdit::textChanged, this, &WishesPage::validate);
    connect(m_flexibility, &QSpinBox::valueChanged, this, &WishesPage::changed);
}

void WishesPage::initializePage()
{
    validate();
    applyPending();
}

void WishesPage::validate()
{
    const QString text = m_start->text().trimmed();
    const QDate start = WizardText::parseDate(text);
    const QDate birth = applicationWizard().childPage()->birthOrExpectedDate();
    QString problem;
    if (text.isEmpty())
        problem = tr("Give the date care should start.");
    else if (!start.isValid())
        problem = tr("Not a date: type it as day/month/year, like 2/9/2027.");
    else if (start < QDate::currentDate())
        problem = tr("This date has passed.");
    else if (birth.isValid() && start < birth)
        problem = tr("This date lies before the child's (expected) birth.");
    m_startMessage->setProblem(problem);
    m_daysMessage->setProblem(days().isEmpty() ? tr("Choose at least one day.") : QString());
    emit changed();
}

QString WishesPage::blocker() const
{
    if (m_startMessage->hasProblem())
        return m_startMessage->text();
    if (m_daysMessage->hasProblem())
        return m_daysMessage->text();
    return QString();
}

QString WishesPage::desiredStart() const
{
    const QDate d = WizardText::parseDate(m_start->text());
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int WishesPage::flexibilityWeeks() const
{
    return m_flexibility->value();
}

QJsonObject WishesPage::days() const
{
    QJsonObject out;
    for (auto it = m_days.begin(); it != m_days.end(); ++it) {
        const QString v = it.value()->currentData().toString();
        if (!v.isEmpty())
            out.insert(it.key(), v);
    }
    return out;
}

void WishesPage::takeFrom(const QJsonObject& application)
{
    const QDate start = QDate::fromString(application.value(QLatin1String("desired_start")).toString(), Qt::ISODate);
    m_start->setText(start.isValid() ? start.toString(QStringLiteral("d/M/yyyy")) : QString());
    m_flexibility->setValue(application.value(QLatin1String("start_flexibility_weeks")).toInt());
    const QJsonObject d = application.value(QLatin1String("days")).toObject();
    for (auto it = m_days.begin(); it != m_days.end(); ++it)
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(d.value(it.key()).toString())));
}

QJsonObject WishesPage::state() const
{
    return {{QStringLiteral("desired_start"), m_start->text()},
            {QStringLiteral("start_flexibility_weeks"), m_flexibility->value()},
            {QStringLiteral("days"), days()}};
}

void WishesPage::restore(const QJsonObject& state)
{
    m_start->setText(state.value(QLatin1String("desired_start")).toString());
    m_flexibility->setValue(state.value(QLatin1String("start_flexibility_weeks")).toInt());
    const QJsonObject d = state.value(QLatin1String("days")).toObject();
    for (auto it = m_days.begin(); it != m_days.end(); ++it)
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(d.value(it.key()).toString())));
    validate();
}

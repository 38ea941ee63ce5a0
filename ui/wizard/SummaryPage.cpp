#include "SummaryPage.h"

#include "ApplicationWizard.h"
#include "ChildPage.h"
#include "FieldMessage.h"
#include "ParentPage.h"
#include "PreferencesPage.h"
#include "PriorityPage.h"
#include "WishesPage.h"
#include "WizardText.h"
#include "store/records/ApplicationFiling.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

} // namespace

SummaryPage::SummaryPage(ApplicationWizard& wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Read this to the parent. Go back to change anything."));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("summary"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_text);
    m_error = new FieldMessage(this);
    m_error->setObjectName(QStringLiteral("submitError"));
    content()->addWidget(scroll, 1);
    content()->addWidget(m_error);
}

void SummaryPage::initializePage()
{
    ApplicationWizard& w = applicationWizard();
    const bool update = w.childPage()->updatesOpenApplication();
    setButtonText(QWizard::FinishButton, update ? tr("&Update application") : tr("&Submit application"));
    m_text->setText(buildSummary());
    // The same rules the server applies, once more over the rows as they would be written.
    const QVector<FieldError> problems = ApplicationFiling(w.cache()).check(w.request());
    m_problems = problems.isEmpty() ? QString() : RowValidator::summary(problems);
    m_error->setProblem(m_problems.isEmpty() ? QString() : tr("This cannot be filed yet: %1").arg(m_problems));
    refresh();
}

QString SummaryPage::blocker() const
{
    return m_problems.isEmpty() ? QString() : tr("Go back and correct what is listed in red.");
}

QString SummaryPage::summaryText() const
{
    return m_text->text();
}

void SummaryPage::showSubmitError(const QString& error)
{
    m_error->setProblem(tr("The application was not filed: %1").arg(error));
}

QString SummaryPage::wishesText() const
{
    WishesPage* wishes = applicationWizard().wishesPage();
    const QDate start = QDate::fromString(wishes->desiredStart(), Qt::ISODate);
    QStringList days;
    const QJsonObject d = wishes->days();
    for (const QString& key : WizardText::weekdayKeys()) {
        if (d.contains(key))
            days.append(tr("%1 (%2)").arg(WizardText::weekday(key), WizardText::dayPart(d.value(key).toString())));
    }
    return tr("Childcare should start on %1, up to %n week(s) earlier or later, on %2.", "", wishes->flexibilityWeeks())
        .arg(WizardText::longDate(start), days.join(QStringLiteral(", ")));
}

QString SummaryPage::buildSummary() const
{
    ApplicationWizard& w = applicationWizard();
    ParentPage* parent = w.parentPage();
    ChildPage* child = w.childPage();
    QString html;
    if (child->updatesOpenApplication())
        html += paragraph(
            esc(tr("You are updating application %1 of %2.")
                    .arg(child->openApplication().value(QLatin1String("number")).toString(), child->displayName())));
    else
        html += paragraph(
            esc(tr("You are filing an application for %1, %2.").arg(child->displayName(), child->birthDescription())));
    html += paragraph(esc(parent->isNewParent()
                              ? tr("The parent is %1, who is new and will be added.").arg(parent->displayName())
                              : tr("The parent is %1.").arg(parent->displayName())));
    if (child->isNewChild())
        html += paragraph(esc(tr("The child is new and will be added.")));
    html += paragraph(esc(wishesText()));
    QStringList names;
    for (const QString& id : w.preferencesPage()->preferenceIds())
        names.append(esc(w.preferencesPage()->locationName(id)));
    html += paragraph(esc(tr("Preferred locations, most wanted first:"))) +
            QStringLiteral("<ol><li>%1</li></ol>").arg(names.join(QStringLiteral("</li><li>")));
    const QStringList claimed = w.priorityPage()->claimedTexts();
    if (claimed.isEmpty()) {
        html += paragraph(esc(tr("No priority criteria are claimed.")));
    } else {
        QStringList items;
        for (const QString& c : claimed)
            items.append(esc(c));
        html += paragraph(esc(tr("Priority claimed, confirmed by the parent's sworn statement:"))) +
                QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
    }
    if (!child->updatesOpenApplication()) // an update keeps how the application came in
        html += paragraph(esc(w.isReferrer() ? tr("You file this as a referrer; the counter follows it up.")
                                             : tr("Filed at the counter.")));
    html += paragraph(esc(tr("It is saved on this computer at once and sent to the server at the next sync.")));
    return html;
}

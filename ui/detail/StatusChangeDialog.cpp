#include "StatusChangeDialog.h"

#include "common/DisplayFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
enum ReasonPage { NoReason, ClosedPage, OfferPage };
}

StatusChangeDialog::StatusChangeDialog(ApplicationStatus::State current, QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_target(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_reasonPages(new QStackedWidget(this))
    , m_closedReason(new QLineEdit(this))
    , m_offerReason(new QComboBox(this))
    , m_offerDetail(new QLineEdit(this))
    , m_missing(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change the state"));
    for (ApplicationStatus::State s : ApplicationStatus::allowedNext(current))
        m_target->addItem(DisplayFormat::statusLabel(ApplicationStatus::toString(s)), static_cast<int>(s));
    m_target->setAccessibleName(tr("New state"));
    m_explanation->setWordWrap(true);
    m_closedReason->setAccessibleName(tr("Why the application is closed"));
    m_closedReason->setPlaceholderText(tr("For example: the family moved away"));
    m_offerReason->addItem(tr("The parent declined the place"), QStringLiteral("declined"));
    m_offerReason->addItem(tr("The offer expired without an answer"), QStringLiteral("expired"));
    m_offerReason->setAccessibleName(tr("Why the offer ends"));
    m_offerDetail->setAccessibleName(tr("More about it (optional)"));
    m_missing->setObjectName(QStringLiteral("missingReason"));
    m_missing->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    m_reasonPages->addWidget(new QWidget(m_reasonPages));
    auto* closed = new QWidget(m_reasonPages);
    auto* closedForm = new QFormLayout(closed);
    closedForm->setContentsMargins(0, 0, 0, 0);
    closedForm->addRow(tr("&Reason:"), m_closedReason);
    m_reasonPages->addWidget(closed);
    auto* offer = new QWidget(m_reasonPages);
    auto* offerForm = new QFormLayout(offer);
    offerForm->setContentsMargins(0, 0, 0, 0);
    offerForm->addRow(tr("&Reason:"), m_offerReason);
    offerForm->addRow(tr("&More:"), m_offerDetail);
    m_reasonPages->addWidget(offer);

    auto* form = new QFormLayout;
    form->addRow(tr("&New state:"), m_target);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_reasonPages);
    layout->addWidget(m_missing);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StatusChangeDialog::reject);
    connect(m_target, &QComboBox::currentIndexChanged, this, &StatusChangeDialog::update);
    connect(m_closedReason, &QLineEdit::textChanged, this, &StatusChangeDialog::update);
    setMinimumWidth(420);
    update();
}

ApplicationStatus::State StatusChangeDialog::target() const
{
    return static_cast<ApplicationStatus::State>(m_target->currentData().toInt());
}

ApplicationStatus::Reason StatusChangeDialog::reasonNeeded() const
{
    return ApplicationStatus::reasonNeeded(m_current, target());
}

QString StatusChangeDialog::reason() const
{
    switch (reasonNeeded()) {
    case ApplicationStatus::Reason::ClosedReason:
        return m_closedReason->text().trimmed();
    case ApplicationStatus::Reason::OfferReturn:
        return m_offerReason->currentData().toString();
    case ApplicationStatus::Reason::None:
        break;
    }
    return QString();
}

QString StatusChangeDialog::detail() const
{
    return reasonNeeded() == ApplicationStatus::Reason::OfferReturn ? m_offerDetail->text().trimmed() : QString();
}

bool StatusChangeDialog::isComplete() const
{
    if (m_target->count() == 0)
        return false;
    return reasonNeeded() != ApplicationStatus::Reason::ClosedReason || !m_closedReason->text().trimmed().isEmpty();
}

void StatusChangeDialog::update()
{
    m_explanation->setText(DisplayFormat::statusExplanation(ApplicationStatus::toString(target())));
    switch (reasonNeeded()) {
    case ApplicationStatus::Reason::ClosedReason:
        m_reasonPages->setCurrentIndex(ClosedPage);
        break;
    case ApplicationStatus::Reason::OfferReturn:
        m_reasonPages->setCurrentIndex(OfferPage);
        break;
    case ApplicationStatus::Reason::None:
        m_reasonPages->setCurrentIndex(NoReason);
        break;
    }
    m_missing->setText(isComplete() || m_target->count() == 0 ? QString() : tr("Give the reason first."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

void StatusChangeDialog::accept()
{
    if (!isComplete()) {
        update();
        return; // refused: OK is off, but Enter in a line edit still lands here
    }
    QDialog::accept();
}

#include "FollowUpDialog.h"

#include "store/records/EmergencyActions.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

FollowUpDialog::FollowUpDialog(const QDate& today, const QDate& current, QWidget* parent)
    : QDialog(parent)
    , m_agreed(new QPlainTextEdit(this))
    , m_next(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Log a follow-up"));
    m_agreed->setTabChangesFocus(true);
    m_agreed->setPlaceholderText(tr("Who you spoke to and what was agreed"));
    m_agreed->setAccessibleName(tr("What was agreed"));
    m_next->setCalendarPopup(true);
    m_next->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_next->setMinimumDate(today);
    // The next call after this one: a day that passed already is no suggestion.
    m_next->setDate(current > today ? current : EmergencyActions::defaultFollowUp(today));
    auto* form = new QFormLayout;
    form->addRow(tr("&Agreed:"), m_agreed);
    form->addRow(tr("&Next follow-up:"), m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    const auto enableOk = [this]() {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!agreed().isEmpty());
    };
    connect(m_agreed, &QPlainTextEdit::textChanged, this, enableOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    enableOk();
    resize(440, 260);
}

QString FollowUpDialog::agreed() const
{
    return m_agreed->toPlainText().trimmed();
}

QDate FollowUpDialog::next() const
{
    return m_next->date();
}

#include "EmergencyEntryDialog.h"

#include "common/DisplayFormat.h"
#include "store/lists/ListFilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

EmergencyEntryDialog::EmergencyEntryDialog(const QString& applicationId, const QString& heading, const QDate& today,
                                           QWidget* parent)
    : QDialog(parent)
    , m_applicationId(applicationId)
    , m_urgency(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_followUp(new QDateEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Put on the emergency list"));
    for (int level = 1; level <= 3; ++level)
        m_urgency->addItem(DisplayFormat::urgency(level), level);
    m_urgency->setCurrentIndex(1);
    for (const QString& reason : ListFilter::reasons())
        m_reason->addItem(DisplayFormat::emergencyReason(reason), reason);
    m_followUp->setCalendarPopup(true);
    m_followUp->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_followUp->setMinimumDate(today);
    m_followUp->setDate(EmergencyActions::defaultFollowUp(today));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("For instance: mother starts work on 5 January, needs four days"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Urgency:"), m_urgency);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Call back on:"), m_followUp);
    form->addRow(tr("&Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(heading, this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 320);
}

EmergencyActions::NewEntry EmergencyEntryDialog::entry() const
{
    EmergencyActions::NewEntry e;
    e.applicationId = m_applicationId;
    e.urgency = m_urgency->currentData().toInt();
    e.reason = m_reason->currentData().toString();
    e.followUpOn = m_followUp->date();
    e.note = m_note->toPlainText().trimmed();
    return e;
}

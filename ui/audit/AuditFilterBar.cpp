#include "AuditFilterBar.h"

#include "AuditText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace {
// The period the page opens with: the last 30 days, today included.
constexpr int kDefaultDays = 30;
constexpr int kTypingPauseMs = 400;
} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_account = addCombo(tr("Who"), tr("Whose actions to show"));
    m_account->addItem(tr("Everyone"), QString());
    m_kind = addCombo(tr("Record kind"), tr("Which kind of record the event is about"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& table : AuditText::knownEntities())
        m_kind->addItem(AuditText::entity(table), table);
    row->addWidget(new QLabel(tr("Record"), this));
    m_record = new QLineEdit(this);
    m_record->setPlaceholderText(tr("record id"));
    m_record->setToolTip(
        tr("Only the events of one record: paste its id here (the Record column shows it when you point at it)"));
    m_record->setAccessibleName(tr("Record id"));
    m_record->setClearButtonEnabled(true);
    m_record->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    row->addWidget(m_record, 1);
    m_action = addCombo(tr("What"), tr("Which kind of action to show"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString& code : AuditText::knownActions()) {
        m_action->addItem(AuditText::action(code), code);
        m_action->setItemData(m_action->count() - 1, code, Qt::ToolTipRole); // the raw code, as the log holds it
    }
    const QDate today = QDate::currentDate();
    m_from = addDate(tr("From"), today.addDays(-(kDefaultDays - 1)));
    m_to = addDate(tr("to"), today);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::changed);
    connect(m_record, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
}

QComboBox* AuditFilterBar::addCombo(const QString& label, const QString& toolTip)
{
    auto* title = new QLabel(label, this);
    auto* box = new QComboBox(this);
    box->setToolTip(toolTip);
    box->setAccessibleName(label);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    title->setBuddy(box);
    layout()->addWidget(title);
    layout()->addWidget(box);
    connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &AuditFilterBar::changed);
    return box;
}

QDateEdit* AuditFilterBar::addDate(const QString& label, const QDate& date)
{
    auto* title = new QLabel(label, this);
    auto* edit = new QDateEdit(date, this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setAccessibleName(label);
    title->setBuddy(edit);
    layout()->addWidget(title);
    layout()->addWidget(edit);
    connect(edit, &QDateEdit::dateChanged, this, &AuditFilterBar::changed);
    return edit;
}

void AuditFilterBar::setAccounts(const QVector<QPair<QString, QString>>& accounts)
{
    const QString chosen = m_account->currentData().toString();
    const QSignalBlocker block(m_account);
    while (m_account->count() > 1)
        m_account->removeItem(1);
    for (const auto& account : accounts)
        m_account->addItem(account.second, account.first);
    if (!selectCode(m_account, chosen)) {
        m_account->setCurrentIndex(0);
        if (!chosen.isEmpty())
            emit changed(); // the chosen account is gone: everyone's events now
    }
}

bool AuditFilterBar::selectCode(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

void AuditFilterBar::setRecordId(const QString& id)
{
    m_record->setText(id);
}

AuditClient::Filter AuditFilterBar::filter() const
{
    AuditClient::Filter f;
    f.accountId = m_account->currentData().toString();
    f.entity = m_kind->currentData().toString();
    f.entityId = m_record->text().trimmed();
    f.action = m_action->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    return f;
}

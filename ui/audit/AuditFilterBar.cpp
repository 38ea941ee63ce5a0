#include "AuditFilterBar.h"

#include "AuditText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
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
    // Two rows, so the page fits a laptop's 1,366 pixels beside the rail and the detail panel in every language.
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_account = addCombo(0, 0, tr("Who"), tr("Whose actions to show"));
    m_account->addItem(tr("Everyone"), QString());
    m_action = addCombo(0, 2, tr("What"), tr("Which kind of action to show"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString& code : AuditText::knownActions()) {
        m_action->addItem(AuditText::action(code), code);
        m_action->setItemData(m_action->count() - 1, code, Qt::ToolTipRole); // the raw code, as the log holds it
    }
    m_kind = addCombo(1, 0, tr("Record kind"), tr("Which kind of record the event is about"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& table : AuditText::knownEntities())
        m_kind->addItem(AuditText::entity(table), table);
    auto* recordLabel = new QLabel(tr("Record"), this);
    m_record = new QLineEdit(this);
    m_record->setPlaceholderText(tr("record id"));
    m_record->setToolTip(
        tr("Only the events of one record: paste its id here (the Record column shows it when you point at it)"));
    m_record->setAccessibleName(tr("Record id"));
    m_record->setClearButtonEnabled(true);
    recordLabel->setBuddy(m_record);
    m_grid->addWidget(recordLabel, 1, 2);
    m_grid->addWidget(m_record, 1, 3);
    const QDate today = QDate::currentDate();
    m_from = addDate(0, 4, tr("From"), today.addDays(-(kDefaultDays - 1)));
    m_to = addDate(1, 4, tr("to"), today);
    m_grid->setColumnStretch(6, 1);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::changed);
    connect(m_record, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
}

QComboBox* AuditFilterBar::addCombo(int row, int column, const QString& label, const QString& toolTip)
{
    auto* title = new QLabel(label, this);
    auto* box = new QComboBox(this);
    box->setToolTip(toolTip);
    box->setAccessibleName(label);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    title->setBuddy(box);
    m_grid->addWidget(title, row, column);
    m_grid->addWidget(box, row, column + 1);
    connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &AuditFilterBar::changed);
    return box;
}

QDateEdit* AuditFilterBar::addDate(int row, int column, const QString& label, const QDate& date)
{
    auto* title = new QLabel(label, this);
    auto* edit = new QDateEdit(date, this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setAccessibleName(label);
    title->setBuddy(edit);
    m_grid->addWidget(title, row, column);
    m_grid->addWidget(edit, row, column + 1);
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

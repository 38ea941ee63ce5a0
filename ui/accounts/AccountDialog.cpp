#include "accounts/AccountDialog.h"

#include "common/DisplayFormat.h"
#include "domain/AccountRules.h"
#include "domain/RegionCatalog.h"
#include "sync/AccountClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

QString str(const QJsonObject& account, const char* field)
{
    return account.value(QLatin1String(field)).toString();
}

QStringList strings(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& v : array)
        list.append(v.toString());
    return list;
}

bool isAdmin(const AccountInfo& me)
{
    return me.role == QLatin1String("admin");
}

} // namespace

AccountDialog::AccountDialog(ApiClient& api, const AccountInfo& me, const QJsonObject& account, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_me(me)
    , m_account(account)
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(isNew() ? tr("New account") : tr("Edit account %1").arg(str(account, "username")));
    const auto line = [this](const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::update);
        return edit;
    };
    m_username = line(QStringLiteral("accountUserName"));
    m_username->setReadOnly(!isNew());
    m_displayName = line(QStringLiteral("accountDisplayName"));
    m_email = line(QStringLiteral("accountEmail"));
    m_organisation = line(QStringLiteral("accountOrganisation"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("accountRole"));
    for (const QString& role : AccountInfo::roles()) {
        if (role != QLatin1String("admin") || isAdmin(m_me)) // only an administrator grants the role
            m_role->addItem(DisplayFormat::role(role), role);
    }
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::update);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Regions:"), buildRegions());
    form->addRow(tr("&Organisation:"), m_organisation);
    m_sendByMail = new QCheckBox(tr("Send the one-time password to this e-mail address"), this);
    m_sendByMail->setObjectName(QStringLiteral("accountSendByMail"));
    m_sendByMail->setVisible(isNew());
    if (isNew())
        form->addRow(QString(), m_sendByMail);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(isNew() ? tr("Create account") : tr("Save"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    fill();
    update();
    resize(520, sizeHint().height());
}

QWidget* AccountDialog::buildRegions()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Region& region : RegionCatalog::regions()) {
        if (!isAdmin(m_me) && !m_me.regionIds.contains(region.id))
            continue; // a coordinator grants only its own regions
        auto* check = new QCheckBox(region.name, box);
        check->setObjectName(QStringLiteral("region_") + region.id);
        connect(check, &QCheckBox::toggled, this, &AccountDialog::update);
        layout->addWidget(check);
        m_regions.insert(region.id, check);
    }
    m_regionNote = new QLabel(tr("An administrator works in every region."), box);
    m_regionNote->setStyleSheet(QStringLiteral("color: #546e7a;"));
    layout->addWidget(m_regionNote);
    return box;
}

void AccountDialog::fill()
{
    if (isNew()) {
        m_role->setCurrentIndex(m_role->findData(QStringLiteral("counter")));
        if (m_regions.size() == 1)
            m_regions.first()->setChecked(true); // a coordinator of one region: that region
        return;
    }
    m_username->setText(str(m_account, "username"));
    m_displayName->setText(str(m_account, "display_name"));
    m_email->setText(str(m_account, "email"));
    m_organisation->setText(str(m_account, "organisation"));
    m_role->setCurrentIndex(m_role->findData(str(m_account, "role")));
    const QStringList regions = strings(m_account.value(QLatin1String("region_ids")).toArray());
    for (auto it = m_regions.begin(); it != m_regions.end(); ++it)
        it.value()->setChecked(regions.contains(it.key()));
}

QString AccountDialog::role() const
{
    return m_role->currentData().toString();
}

QStringList AccountDialog::checkedRegions() const
{
    QStringList ids;
    for (auto it = m_regions.begin(); it != m_regions.end(); ++it) {
        if (it.value()->isChecked())
            ids.append(it.key());
    }
    return ids;
}

QString AccountDialog::problem() const
{
    const QString username = m_username->text().trimmed();
    if (isNew() && username.isEmpty())
        return tr("Type a user name.");
    if (isNew() && !AccountRules::isUserName(username))
        return tr("A user name has 2 to 64 letters, digits, dots, dashes or underscores.");
    if (m_displayName->text().trimmed().size() > AccountRules::kMaxTextLength)
        return tr("A name has at most %n characters.", "", AccountRules::kMaxTextLength);
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !AccountRules::isEmail(email))
        return tr("The e-mail address is not valid.");
    if (role().isEmpty())
        return tr("Choose a role.");
    if (role() != QLatin1String("admin") && checkedRegions().isEmpty())
        return tr("Choose at least one region.");
    if (m_organisation->text().trimmed().size() > AccountRules::kMaxTextLength)
        return tr("An organisation has at most %n characters.", "", AccountRules::kMaxTextLength);
    return QString();
}

void AccountDialog::update()
{
    const bool admin = role() == QLatin1String("admin");
    for (QCheckBox* check : qAsConst(m_regions)) {
        const QSignalBlocker quiet(check);
        if (admin)
            check->setChecked(true);
        check->setEnabled(!admin);
    }
    m_regionNote->setVisible(admin);
    const QString email = m_email->text().trimmed();
    m_sendByMail->setEnabled(isNew() && AccountRules::isEmail(email));
    if (!m_sendByMail->isEnabled())
        m_sendByMail->setChecked(false);
    const QString why = problem();
    m_message->setStyleSheet(QString());
    m_message->setText(why);
    m_save->setEnabled(why.isEmpty() && !m_busy && (isNew() || !changes().isEmpty()));
}

QJsonObject AccountDialog::changes() const
{
    QJsonObject body;
    const auto text = [&](const char* field, const QLineEdit* edit) {
        if (edit->text().trimmed() != str(m_account, field))
            body.insert(QLatin1String(field), edit->text().trimmed());
    };
    text("display_name", m_displayName);
    text("email", m_email);
    text("organisation", m_organisation);
    if (role() != str(m_account, "role"))
        body.insert(QStringLiteral("role"), role());
    QStringList before = strings(m_account.value(QLatin1String("region_ids")).toArray());
    QStringList after = checkedRegions();
    before.sort();
    after.sort();
    if (before != after)
        body.insert(QStringLiteral("region_ids"), QJsonArray::fromStringList(after));
    return body;
}

void AccountDialog::accept()
{
    if (!problem().isEmpty() || m_busy)
        return;
    m_busy = true;
    update();
    m_message->setText(tr("Sending to the server…"));
    QPointer<AccountDialog> self(this);
    const auto done = [self](const ApiResult& reply) {
        if (self)
            self->finish(reply);
    };
    if (!isNew()) {
        AccountClient(m_api).update(str(m_account, "id"), changes(), done);
        return;
    }
    AccountInfo account;
    account.username = m_username->text().trimmed();
    account.displayName = m_displayName->text().trimmed();
    account.email = m_email->text().trimmed();
    account.role = role();
    account.regionIds = checkedRegions();
    account.organisation = m_organisation->text().trimmed();
    AccountClient(m_api).create(account, m_sendByMail->isChecked(), done);
}

void AccountDialog::finish(const ApiResult& reply)
{
    m_busy = false;
    if (reply.ok()) {
        emit saved(reply.json);
        QDialog::accept();
        return;
    }
    update();
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(AccountClient::refusal(reply));
}

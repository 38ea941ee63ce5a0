#include "AnonymisationDialog.h"

#include "common/DisplayFormat.h"
#include "domain/RegionCatalog.h"
#include "sync/AnonymisationClient.h"
#include "sync/ApiResult.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

int count(const QJsonObject& counts, const char* table)
{
    return counts.value(QLatin1String(table)).toInt();
}

int total(const QJsonObject& counts)
{
    int n = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        n += it.value().toInt();
    return n;
}

QSpinBox* yearsBox(QWidget* parent, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, 100); // what the server takes (docs/PROTOCOL.md "Anonymisation")
    return box;
}

} // namespace

AnonymisationDialog::AnonymisationDialog(ApiClient& api, const AccountInfo& account, bool online, QWidget* parent)
    : QDialog(parent)
    , m_client(std::make_unique<AnonymisationClient>(api))
    , m_account(account)
    , m_online(online)
{
    setObjectName(QStringLiteral("anonymisationDialog"));
    setWindowTitle(tr("Anonymisation"));
    auto* intro = new QLabel(tr("Personal data of families that no longer need the counter is removed after the "
                                "period set here: names, national numbers, contact details, addresses, notes and "
                                "message texts. Dates, states, postcodes, municipalities and priority grounds stay "
                                "for the statistics."),
                             this);
    intro->setWordWrap(true);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("anonymisationCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_counts->setMinimumHeight(m_counts->fontMetrics().lineSpacing() * 7);
    m_counts->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("anonymisationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_dryRun = new QPushButton(tr("&Dry run"), this);
    m_dryRun->setObjectName(QStringLiteral("anonymisationDryRun"));
    m_dryRun->setToolTip(tr("Counts what would change, without changing anything."));
    m_run = new QPushButton(tr("&Anonymise…"), this);
    m_run->setObjectName(QStringLiteral("anonymisationRun"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_dryRun);
    actions->addWidget(m_run);
    actions->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(buildSettings());
    layout->addLayout(actions);
    layout->addWidget(m_counts, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dryRun, &QPushButton::clicked, this, &AnonymisationDialog::dryRun);
    connect(m_run, &QPushButton::clicked, this, &AnonymisationDialog::confirmRun);
    resize(620, 520);
    if (!m_online)
        say(tr("Anonymisation needs a connection to the server: only the server sees every family."));
    updateButtons();
    if (m_online)
        loadRetention();
}

AnonymisationDialog::~AnonymisationDialog() = default;

QWidget* AnonymisationDialog::buildSettings()
{
    auto* box = new QWidget(this);
    m_region = new QComboBox(box);
    m_region->setObjectName(QStringLiteral("anonymisationRegion"));
    for (const Region& r : RegionCatalog::regions())
        m_region->addItem(r.name, r.id);
    m_familyYears = yearsBox(box, QStringLiteral("familyYears"));
    m_familyYears->setSuffix(tr(" years"));
    m_messageYears = yearsBox(box, QStringLiteral("messageYears"));
    m_messageYears->setSuffix(tr(" years"));
    m_save = new QPushButton(tr("&Save"), box);
    m_save->setObjectName(QStringLiteral("anonymisationSave"));
    m_cutoffs = new QLabel(box);
    m_cutoffs->setWordWrap(true);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Families, after their last application closed:"), m_familyYears);
    form->addRow(tr("Message texts, after they were sent:"), m_messageYears);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch(1);
    form->addRow(QString(), saveRow);
    form->addRow(m_cutoffs);
    connect(m_region, &QComboBox::currentIndexChanged, this, &AnonymisationDialog::showRetention);
    for (QSpinBox* spin : {m_familyYears, m_messageYears})
        connect(spin, &QSpinBox::valueChanged, this, [this]() { updateButtons(); });
    connect(m_save, &QPushButton::clicked, this, &AnonymisationDialog::saveRetention);
    return box;
}

QString AnonymisationDialog::regionId() const
{
    return m_region->currentData().toString();
}

QDate AnonymisationDialog::closedBefore() const
{
    return QDateTime::currentDateTimeUtc().date().addYears(-m_familyYears->value());
}

QDate AnonymisationDialog::messagesBefore() const
{
    return QDateTime::currentDateTimeUtc().date().addYears(-m_messageYears->value());
}

QString AnonymisationDialog::settingsKey() const
{
    return regionId() + QLatin1Char('/') + closedBefore().toString(Qt::ISODate) + QLatin1Char('/') +
           messagesBefore().toString(Qt::ISODate);
}

QString AnonymisationDialog::refusal(const ApiResult& reply)
{
    if (reply.networkError)
        return tr("The server cannot be reached: try again when the connection is back.");
    if (reply.status == 403)
        return tr("Only an administrator can anonymise personal data or change how long it is kept.");
    if (reply.error.code == QLatin1String("invalid"))
        return tr("The server refused the request: %1").arg(reply.error.message);
    return tr("The server could not do it: %1").arg(reply.describe());
}

QStringList AnonymisationDialog::countLines(const QJsonObject& counts)
{
    return {tr("%n family(ies) (parents)", "", count(counts, "parents")),
            tr("%n child(ren)", "", count(counts, "children")),
            tr("%n application(s)", "", count(counts, "applications")),
            tr("%n emergency list entry(ies)", "", count(counts, "emergency_entries")),
            tr("%n offer(s)", "", count(counts, "offers")),
            tr("%n message(s)", "", count(counts, "messages"))};
}

void AnonymisationDialog::say(const QString& text)
{
    m_message->setText(text);
}

void AnonymisationDialog::updateButtons()
{
    const bool idle = m_online && !m_busy;
    m_save->setEnabled(idle && m_retention.contains(regionId()));
    m_dryRun->setEnabled(idle && !regionId().isEmpty());
    // Only what a dry run showed may be run: the same region and the same cut-off days, with something to change.
    m_run->setEnabled(idle && m_dryRunKey == settingsKey() && total(m_dryRunCounts) > 0);
    m_cutoffs->setText(tr("Families whose applications all closed before %1; messages sent before %2.")
                           .arg(DisplayFormat::date(closedBefore().toString(Qt::ISODate)),
                                DisplayFormat::date(messagesBefore().toString(Qt::ISODate))));
}

void AnonymisationDialog::loadRetention()
{
    m_busy = true;
    updateButtons();
    QPointer<AnonymisationDialog> self(this);
    m_client->retention([self](const ApiResult& reply) {
        if (!self)
            return;
        self->m_busy = false;
        if (!reply.ok()) {
            self->say(refusal(reply));
            self->updateButtons();
            return;
        }
        for (const QJsonValue& v : reply.json.value(QLatin1String("regions")).toArray())
            self->m_retention.insert(v.toObject().value(QLatin1String("region_id")).toString(), v.toObject());
        self->showRetention();
    });
}

void AnonymisationDialog::showRetention()
{
    const QJsonObject saved = m_retention.value(regionId());
    if (!saved.isEmpty()) {
        m_familyYears->setValue(saved.value(QLatin1String("family_years")).toInt());
        m_messageYears->setValue(saved.value(QLatin1String("message_years")).toInt());
    }
    m_counts->clear();
    m_dryRunKey.clear();
    m_dryRunCounts = QJsonObject();
    updateButtons();
}

void AnonymisationDialog::saveRetention()
{
    m_busy = true;
    updateButtons();
    say(tr("Saving…"));
    QPointer<AnonymisationDialog> self(this);
    m_client->saveRetention(regionId(), m_familyYears->value(), m_messageYears->value(),
                            [self](const ApiResult& reply) {
                                if (!self)
                                    return;
                                self->m_busy = false;
                                if (reply.ok()) {
                                    self->m_retention.insert(self->regionId(), reply.json);
                                    self->say(tr("Saved: these periods are the region's from now on."));
                                } else {
                                    self->say(refusal(reply));
                                }
                                self->updateButtons();
                            });
}

void AnonymisationDialog::dryRun()
{
    call(tr("Counting…"), true);
}

void AnonymisationDialog::confirmRun()
{
    const int rows = total(m_dryRunCounts);
    const QString text = tr("This cannot be undone. %n record(s) lose their personal data for good:", "", rows) +
                         QStringLiteral("\n\n") + countLines(m_dryRunCounts).join(QLatin1Char('\n')) +
                         QStringLiteral("\n\n") + tr("Anonymise them now?");
    QMessageBox box(QMessageBox::Warning, tr("Anonymise"), text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("anonymisationConfirm"));
    QPushButton* yes = box.addButton(tr("Anonymise"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        call(tr("Anonymising…"), false);
}

void AnonymisationDialog::call(const QString& busyText, bool dryRun)
{
    m_busy = true;
    updateButtons();
    say(busyText);
    const QString key = settingsKey();
    QPointer<AnonymisationDialog> self(this);
    m_client->run(regionId(), closedBefore(), messagesBefore(), dryRun, [self, key, dryRun](const ApiResult& reply) {
        if (!self)
            return;
        self->m_busy = false;
        if (!reply.ok()) {
            self->say(refusal(reply));
        } else {
            self->m_dryRunKey = dryRun ? key : QString(); // after a run, a new dry run before the next
            self->showCounts(reply.json, dryRun);
            if (!dryRun)
                emit self->anonymised();
        }
        self->updateButtons();
    });
}

void AnonymisationDialog::showCounts(const QJsonObject& reply, bool dryRun)
{
    const QJsonObject counts = reply.value(QLatin1String("counts")).toObject();
    m_dryRunCounts = dryRun ? counts : QJsonObject();
    const int rows = total(counts);
    const QString head = dryRun ? tr("A run with these settings would change %n record(s):", "", rows)
                                : tr("Anonymised: %n record(s) changed.", "", rows);
    m_counts->setText(head + QLatin1Char('\n') + countLines(counts).join(QLatin1Char('\n')));
    if (dryRun)
        say(rows > 0 ? tr("Nothing was changed yet. Check the numbers, then choose \"Anonymise…\".")
                     : tr("Nothing to anonymise with these settings."));
    else
        say(tr("The changed records reach every computer at its next synchronisation."));
}

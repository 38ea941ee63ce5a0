#include "AllocationDialog.h"

#include "AllocationDraftView.h"
#include "common/DisplayFormat.h"
#include "common/UiLanguage.h"
#include "domain/RegionCatalog.h"
#include "domain/allocation/RuleSetCatalog.h"
#include "emergency/EmergencyEntryDialog.h"
#include "store/records/EmergencyActions.h"
#include "store/records/RecordQuery.h"
#include "sync/AllocationClient.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

// Two weeks: long enough for a family to visit the location, short enough to offer the seat again soon.
constexpr int kDefaultRespondDays = 14;

} // namespace

AllocationDialog::AllocationDialog(LocalCache& cache, ApiClient& api, const AccountInfo& account, bool online,
                                   QWidget* parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_api(api)
    , m_account(account)
    , m_online(online)
{
    setObjectName(QStringLiteral("allocationDialog"));
    setWindowTitle(tr("Joint allocation"));
    m_draft = new AllocationDraftView(cache, this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("allocationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(buildTop());
    split->addWidget(m_draft);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(buildBottom());
    resize(1180, 780);
    if (!m_online)
        say(tr("A joint allocation needs a connection to the server: it works with the whole region's data."));
    updateButtons();
    loadRuns();
}

QWidget* AllocationDialog::buildTop()
{
    auto* box = new QWidget(this);
    m_region = new QComboBox(box);
    m_region->setAccessibleName(tr("Region"));
    const bool everywhere = m_account.role == QLatin1String("admin");
    for (const Region& r : RegionCatalog::regions()) {
        if (everywhere || m_account.regionIds.contains(r.id))
            m_region->addItem(r.name, r.id);
    }
    m_seed = new QLineEdit(box);
    m_seed->setObjectName(QStringLiteral("allocationSeed"));
    m_seed->setPlaceholderText(tr("drawn by the server"));
    m_seed->setAccessibleName(tr("Lottery seed"));
    m_seed->setToolTip(tr("The same seed on the same data gives the same result: give an earlier run's seed to "
                          "repeat it."));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), m_seed));
    m_makeDraft = new QPushButton(tr("&Make a draft"), box);
    m_makeDraft->setObjectName(QStringLiteral("makeDraft"));
    auto* rules = new QPushButton(tr("&Priority rules…"), box);
    m_runs = new QTableWidget(0, 6, box);
    m_runs->setObjectName(QStringLiteral("allocationRuns"));
    m_runs->setHorizontalHeaderLabels(
        {tr("Made"), tr("Status"), tr("Rules"), tr("Lottery seed"), tr("Result"), tr("By")});
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setStretchLastSection(true);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Region:"), box));
    controls->addWidget(m_region);
    controls->addWidget(new QLabel(tr("Lottery seed:"), box));
    controls->addWidget(m_seed);
    controls->addWidget(m_makeDraft);
    controls->addStretch(1);
    controls->addWidget(rules);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(new QLabel(tr("Runs of this region, newest first:"), box));
    layout->addWidget(m_runs, 1);
    connect(m_region, &QComboBox::currentIndexChanged, this, &AllocationDialog::loadRuns);
    connect(m_makeDraft, &QPushButton::clicked, this, &AllocationDialog::makeDraft);
    connect(rules, &QPushButton::clicked, this, [this]() { emit rulesRequested(regionId()); });
    connect(m_runs, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRun(row); });
    connect(m_runs, &QTableWidget::currentCellChanged, this, [this](int row) { openRun(row); });
    return box;
}

QWidget* AllocationDialog::buildBottom()
{
    auto* box = new QWidget(this);
    m_respondBy = new QDateEdit(QDate::currentDate().addDays(kDefaultRespondDays), box);
    m_respondBy->setObjectName(QStringLiteral("respondBy"));
    m_respondBy->setCalendarPopup(true);
    m_respondBy->setMinimumDate(QDate::currentDate());
    m_respondBy->setAccessibleName(tr("Families answer by"));
    m_confirm = new QPushButton(tr("&Confirm into offers"), box);
    m_confirm->setObjectName(QStringLiteral("confirmRun"));
    m_discard = new QPushButton(tr("&Discard"), box);
    m_discard->setObjectName(QStringLiteral("discardRun"));
    m_export = new QPushButton(tr("E&xport…"), box);
    m_toEmergency = new QPushButton(tr("Put on the &emergency list…"), box);
    m_toEmergency->setObjectName(QStringLiteral("allocationToEmergency"));
    m_toEmergency->setToolTip(tr("For an urgent family this run left without a place"));
    auto* close = new QPushButton(tr("Close"), box);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_export);
    layout->addWidget(m_toEmergency);
    layout->addStretch(1);
    layout->addWidget(new QLabel(tr("Families answer by:"), box));
    layout->addWidget(m_respondBy);
    layout->addWidget(m_confirm);
    layout->addWidget(m_discard);
    layout->addWidget(close);
    connect(m_confirm, &QPushButton::clicked, this, &AllocationDialog::confirmRun);
    connect(m_discard, &QPushButton::clicked, this, &AllocationDialog::discardRun);
    connect(m_export, &QPushButton::clicked, this, &AllocationDialog::exportCsv);
    connect(m_toEmergency, &QPushButton::clicked, this, &AllocationDialog::putOnEmergencyList);
    connect(m_draft, &AllocationDraftView::selectionChanged, this, &AllocationDialog::updateButtons);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    return box;
}

QString AllocationDialog::regionId() const
{
    return m_region->currentData().toString();
}

QString AllocationDialog::refusal(const ApiResult& reply)
{
    if (reply.networkError)
        return tr("The server cannot be reached: try again when the connection is back.");
    const QString code = reply.error.code;
    if (reply.status == 403)
        return tr("Only the region's coordinator or an administrator can run, confirm or discard a joint "
                  "allocation.");
    if (code == QLatin1String("stale"))
        return tr("Something changed since this draft (an application or a free place, or a seat was offered by "
                  "hand). Nothing was sent: make a new draft.");
    if (code == QLatin1String("not_draft"))
        return tr("This run was confirmed or discarded already.");
    if (code == QLatin1String("invalid"))
        return tr("The server refused the request: %1").arg(reply.error.message);
    return tr("The server could not do it: %1").arg(reply.describe());
}

void AllocationDialog::say(const QString& text)
{
    m_message->setText(text);
}

void AllocationDialog::updateButtons()
{
    const bool draft = str(m_run, "status") == QLatin1String("draft");
    m_makeDraft->setEnabled(m_online && !m_busy && !regionId().isEmpty());
    m_confirm->setEnabled(m_online && !m_busy && draft);
    m_discard->setEnabled(m_online && !m_busy && draft);
    m_respondBy->setEnabled(draft);
    m_export->setEnabled(!m_run.isEmpty());
    m_toEmergency->setEnabled(m_draft && m_draft->isProposed(m_draft->selectedApplication()));
}

QString AllocationDialog::accountName(const QString& id) const
{
    const QString name =
        RecordQuery(m_cache).row(QStringLiteral("accounts"), id).value(QLatin1String("display_name")).toString();
    return name.isEmpty() ? tr("another account") : name;
}

QString AllocationDialog::statusText(const QJsonObject& run) const
{
    const QString status = DisplayFormat::allocationStatus(str(run, "status"));
    const QString by = str(run, "confirmed_by").isEmpty() ? str(run, "discarded_by") : str(run, "confirmed_by");
    return by.isEmpty() ? status : tr("%1 by %2").arg(status, accountName(by));
}

void AllocationDialog::loadRuns()
{
    m_runs->setRowCount(0);
    if (!m_online || regionId().isEmpty())
        return;
    QPointer<AllocationDialog> self(this);
    AllocationClient(m_api).runs(regionId(), [self](const ApiResult& reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            self->say(refusal(reply));
            return;
        }
        const QJsonArray runs = reply.json.value(QLatin1String("runs")).toArray();
        const QSignalBlocker quiet(self->m_runs);
        self->m_runs->setRowCount(runs.size());
        for (int r = 0; r < runs.size(); ++r) {
            const QJsonObject run = runs.at(r).toObject();
            const QJsonObject s = run.value(QLatin1String("summary")).toObject();
            const RuleSet* rules = RuleSetCatalog::builtIn().find(str(run, "rule_set_id"));
            const QStringList cells{DisplayFormat::time(QDateTime::fromString(str(run, "created_at"), Qt::ISODate)),
                                    self->statusText(run),
                                    rules ? rules->id() : str(run, "rule_set_id"),
                                    run.value(QLatin1String("seed")).toVariant().toString(),
                                    tr("%1 of %2 placed")
                                        .arg(s.value(QLatin1String("matched")).toInt())
                                        .arg(s.value(QLatin1String("applications")).toInt()),
                                    self->accountName(str(run, "created_by"))};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, str(run, "id"));
                self->m_runs->setItem(r, c, item);
            }
        }
        self->m_runs->resizeColumnsToContents();
    });
}

void AllocationDialog::callForRun(const QString& busyText, const std::function<void(ApiClient::Callback)>& start,
                                  const std::function<void(const QJsonObject&)>& done)
{
    m_busy = true;
    updateButtons();
    say(busyText);
    QPointer<AllocationDialog> self(this);
    start([self, done](const ApiResult& reply) {
        if (!self)
            return;
        self->m_busy = false;
        if (!reply.ok()) {
            self->say(refusal(reply));
            self->updateButtons();
            return;
        }
        self->showRun(reply.json);
        done(reply.json);
        self->loadRuns();
    });
}

void AllocationDialog::makeDraft()
{
    const qint64 seed = m_seed->text().isEmpty() ? -1 : m_seed->text().toLongLong();
    const QString region = regionId();
    callForRun(
        tr("The server is making the draft…"),
        [this, region, seed](ApiClient::Callback reply) { AllocationClient(m_api).draft(region, seed, reply); },
        [this](const QJsonObject&) { say(tr("Draft made. Nothing changes for the families until you confirm it.")); });
}

void AllocationDialog::openRun(int row)
{
    if (row < 0 || !m_runs->item(row, 0))
        return;
    const QString id = m_runs->item(row, 0)->data(Qt::UserRole).toString();
    if (id == str(m_run, "id"))
        return;
    QPointer<AllocationDialog> self(this);
    AllocationClient(m_api).run(id, [self](const ApiResult& reply) {
        if (!self)
            return;
        if (reply.ok())
            self->showRun(reply.json);
        else
            self->say(refusal(reply));
    });
}

void AllocationDialog::showRun(const QJsonObject& run)
{
    m_run = run;
    m_draft->showRun(run);
    updateButtons();
}

QString AllocationDialog::confirmedText(const QJsonObject& run) const
{
    QString text = tr("%n offer(s) sent; the families get their mail.", "", run.value(QLatin1String("offers")).toInt());
    const int urgent = run.value(QLatin1String("emergency_proposals")).toArray().size();
    if (urgent > 0)
        text +=
            QLatin1Char(' ') + tr("%n family(ies) without a place need care soon or have social reasons and are not "
                                  "on the emergency list yet: \"Urgent, not on the emergency list\" shows them.",
                                  "", urgent);
    return text;
}

void AllocationDialog::confirmRun()
{
    const QString id = str(m_run, "id");
    const QDate respondBy = m_respondBy->date();
    callForRun(
        tr("Sending the offers…"),
        [this, id, respondBy](ApiClient::Callback reply) { AllocationClient(m_api).confirm(id, respondBy, reply); },
        [this](const QJsonObject& run) {
            say(confirmedText(run));
            emit confirmed();
        });
}

void AllocationDialog::discardRun()
{
    const QString id = str(m_run, "id");
    callForRun(
        QString(), [this, id](ApiClient::Callback reply) { AllocationClient(m_api).discard(id, reply); },
        [this](const QJsonObject&) { say(tr("Draft discarded. Only the audit trail keeps it.")); });
}

void AllocationDialog::putOnEmergencyList()
{
    const QString applicationId = m_draft->selectedApplication();
    if (!m_draft->isProposed(applicationId))
        return;
    const QJsonObject app = RecordQuery(m_cache).row(QStringLiteral("applications"), applicationId);
    auto* dialog = new EmergencyEntryDialog(applicationId, tr("Application %1").arg(str(app, "number")),
                                            QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, applicationId]() {
        QString error, id;
        if (!EmergencyActions(m_cache, m_account.id, m_account.displayName).add(dialog->entry(), &id, &error)) {
            say(tr("Not put on the emergency list: %1").arg(error));
            return;
        }
        m_draft->dropProposal(applicationId);
        say(tr("Put on the emergency list; it is sent with the next synchronisation."));
        emit emergencyEntryAdded();
    });
    dialog->open();
}

void AllocationDialog::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the allocation"),
                                     QStringLiteral("allocation-%1.csv").arg(regionId()), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    int rows = 0;
    QString error;
    say(m_draft->exportCsv(path, &rows, &error) ? tr("%n application(s) exported.", "", rows)
                                                : tr("Not exported: %1").arg(error));
}

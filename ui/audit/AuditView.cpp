#include "AuditView.h"

#include "AuditEventsModel.h"
#include "AuditFilterBar.h"
#include "AuditText.h"
#include "store/records/RecordQuery.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

AuditView::AuditView(LocalCache& cache, ApiClient& api, const AccountInfo& account, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_client(api)
    , m_account(account)
{
    auto* layout = new QVBoxLayout(this);
    m_filters = new AuditFilterBar(this);
    layout->addWidget(m_filters);
    layout->addWidget(buildActions());
    m_model = new AuditEventsModel(this);
    m_model->setRecordLabel([this](const QString& table, const QString& id) { return recordLabel(table, id); });
    m_stack = new QStackedWidget(this);
    buildTable();
    m_notice = new QLabel(m_stack);
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setMargin(24);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    connect(m_filters, &AuditFilterBar::changed, this, &AuditView::reload);
    setAccount(account);
    showNotice(offlineText());
}

QWidget* AuditView::buildActions()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_count = new QLabel(bar);
    m_count->setAccessibleName(tr("Events loaded"));
    m_count->setWordWrap(true); // a narrow window wraps the sentence instead of growing
    row->addWidget(m_count, 3);
    m_more = new QPushButton(tr("Load more"), bar);
    m_more->setToolTip(tr("Read the next, older events from the server"));
    m_more->setEnabled(false);
    connect(m_more, &QPushButton::clicked, this, &AuditView::loadMore);
    row->addWidget(m_more);
    m_exportNote = new QLabel(bar);
    m_exportNote->setWordWrap(true);
    row->addWidget(m_exportNote, 1);
    m_export = new QPushButton(tr("Export CSV…"), bar);
    m_export->setToolTip(tr("Save the events loaded above as a CSV file (load more first for older ones)"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &AuditView::chooseExportFile);
    row->addWidget(m_export);
    m_anonymise = new QPushButton(tr("Anonymisation…"), bar);
    m_anonymise->setToolTip(tr("Remove the personal data of families whose applications were all closed long ago"));
    connect(m_anonymise, &QPushButton::clicked, this, &AuditView::anonymisationRequested);
    row->addWidget(m_anonymise);
    return bar;
}

void AuditView::buildTable()
{
    m_table = new QTableView(m_stack);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAccessibleName(tr("Audit events, newest first"));
    // Typical values, so the details keep room beside the detail panel; longer ones show whole as a tooltip.
    const QFontMetrics metrics(font());
    const auto width = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    m_table->setColumnWidth(AuditEventsModel::When, width(QStringLiteral("00-00-0000 00:00:00")));
    m_table->setColumnWidth(AuditEventsModel::Who, width(QStringLiteral("Beheerder Opvangloket")));
    m_table->setColumnWidth(AuditEventsModel::Action, width(tr("Allocation draft made")));
    m_table->setColumnWidth(AuditEventsModel::Kind, width(tr("Allocation run")));
    m_table->setColumnWidth(AuditEventsModel::Record, width(QStringLiteral("ANT-2026-00000")));
    m_table->setColumnWidth(AuditEventsModel::Region, width(QStringLiteral("Stadsregio Turnhout")));
    connect(m_table, &QTableView::activated, this, &AuditView::openRecord);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == AuditEventsModel::Record)
            openRecord(index);
    });
}

QString AuditView::recordLabel(const QString& table, const QString& id) const
{
    if (!AuditText::isRecordTable(table))
        return QString();
    const QJsonObject row = RecordQuery(m_cache).row(table, id);
    if (table == QLatin1String("parents") || table == QLatin1String("children"))
        return (str(row, "first_name") + QLatin1Char(' ') + str(row, "last_name")).trimmed();
    if (table == QLatin1String("applications"))
        return str(row, "number");
    if (table == QLatin1String("locations"))
        return str(row, "name");
    return QString();
}

void AuditView::setAccount(const AccountInfo& account)
{
    m_account = account;
    m_anonymise->setVisible(account.role == QLatin1String("admin"));
}

void AuditView::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online) {
        ++m_request; // an answer still on its way is not shown under the offline notice
        m_loading = false;
        showNotice(offlineText());
        m_more->setEnabled(false);
        return;
    }
    if (isVisible())
        reload();
}

void AuditView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return; // the window came back from the taskbar: the pages loaded stay
    // Each visit to the page reads the newest events (what the person did elsewhere meanwhile).
    refreshAccounts();
    if (m_online)
        reload();
}

void AuditView::refreshAccounts()
{
    QVector<QPair<QString, QString>> accounts;
    QHash<QString, QString> names;
    for (const QJsonObject& a : RecordQuery(m_cache).allRows(QStringLiteral("accounts"))) {
        const QString name = str(a, "display_name").isEmpty() ? str(a, "username") : str(a, "display_name");
        accounts.append({str(a, "id"), name});
        names.insert(str(a, "id"), name);
    }
    std::sort(accounts.begin(), accounts.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    m_model->setAccountNames(names);
    m_filters->setAccounts(accounts);
}

void AuditView::reload()
{
    m_model->clear();
    m_cursor.clear();
    fetch(true);
}

void AuditView::loadMore()
{
    if (!m_cursor.isEmpty() && !m_loading)
        fetch(false);
}

void AuditView::fetch(bool first)
{
    if (!m_online) {
        updateCount();
        return;
    }
    const quint64 request = ++m_request;
    m_loading = true;
    m_more->setEnabled(false);
    m_count->setText(tr("Reading the audit log…"));
    QPointer<AuditView> self(this);
    m_client.events(m_filters->filter(), first ? QString() : m_cursor, m_pageSize,
                    [self, request, first](const ApiResult& result) {
                        if (self && request == self->m_request)
                            self->onPage(result, first);
                    });
}

void AuditView::onPage(const ApiResult& result, bool first)
{
    m_loading = false;
    if (!result.ok()) {
        m_cursor.clear();
        showNotice(refusal(result));
        updateCount();
        emit pageLoaded(false);
        return;
    }
    if (first)
        m_model->clear();
    m_model->appendPage(result.json.value(QLatin1String("events")).toArray());
    m_cursor = result.json.value(QLatin1String("next_cursor")).toString();
    m_notice->clear();
    m_stack->setCurrentWidget(m_table);
    updateCount();
    emit pageLoaded(true);
}

QString AuditView::offlineText()
{
    return tr("The audit log is kept on the server and is read only while connected. You are working offline now: "
              "it shows here again once the connection is back.");
}

QString AuditView::refusal(const ApiResult& result) const
{
    if (result.networkError)
        return tr("The server cannot be reached, so the audit log cannot be read now. Try again once the connection "
                  "is back.");
    switch (result.status) {
    case 401:
        return tr("Your session has ended. Sign in again to read the audit log.");
    case 403:
        return tr("Your account may not read the audit log: only administrators and coordinators (for their own "
                  "region) may.");
    case 400:
        return tr("The server did not accept these filters. Check the period, or clear the filters.");
    default:
        return tr("The audit log could not be read (server answer %1). Try again in a moment.").arg(result.status);
    }
}

void AuditView::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_stack->setCurrentWidget(m_notice);
    updateCount();
}

QString AuditView::notice() const
{
    return m_stack->currentWidget() == m_notice ? m_notice->text() : QString();
}

void AuditView::updateCount()
{
    const bool shown = m_stack->currentWidget() == m_table;
    const int loaded = m_model->rowCount();
    if (!shown)
        m_count->clear();
    else if (loaded == 0)
        m_count->setText(tr("No events match these filters in this period."));
    else if (hasMore())
        m_count->setText(tr("%n event(s) loaded, newest first; older ones can be loaded", nullptr, loaded));
    else
        m_count->setText(tr("%n event(s), newest first: all that match", nullptr, loaded));
    m_more->setEnabled(shown && hasMore() && !m_loading);
    m_export->setEnabled(shown && loaded > 0);
}

void AuditView::openRecord(const QModelIndex& index)
{
    QString table = index.data(AuditEventsModel::EntityRole).toString();
    QString id = index.data(AuditEventsModel::EntityIdRole).toString();
    if (!AuditText::isRecordTable(table) || id.isEmpty())
        return;
    const RecordQuery records(m_cache);
    const QJsonObject row = records.row(table, id);
    // The detail panel shows families and locations; the rest is read in the record it belongs to.
    static const QHash<QString, QPair<QString, const char*>> shownIn{
        {QStringLiteral("children"), {QStringLiteral("parents"), "parent_id"}},
        {QStringLiteral("messages"), {QStringLiteral("parents"), "parent_id"}},
        {QStringLiteral("offers"), {QStringLiteral("applications"), "application_id"}},
        {QStringLiteral("emergency_entries"), {QStringLiteral("applications"), "application_id"}},
        {QStringLiteral("free_places"), {QStringLiteral("locations"), "location_id"}}};
    if (shownIn.contains(table)) {
        const auto owner = shownIn.value(table);
        table = owner.first;
        id = str(row, owner.second);
    }
    if (row.isEmpty() || id.isEmpty() || records.row(table, id).isEmpty()) {
        m_exportNote->setText(tr("That record is not in your offline copy (another region, or deleted)."));
        return;
    }
    emit recordRequested(table, id);
}

bool AuditView::exportCsv(const QString& path, QString* error)
{
    if (!m_model->writeCsv(path, error))
        return false;
    const int rows = m_model->rowCount();
    m_exportNote->setText(tr("%n event(s) exported", nullptr, rows));
    m_exportNote->setToolTip(QDir::toNativeSeparators(path));
    emit exported(QStringLiteral("audit_events"), rows, QStringLiteral("csv"));
    return true;
}

void AuditView::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("audit-log") + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export audit log"),
                             tr("The audit log was not exported to %1: %2")
                                 .arg(QDir::toNativeSeparators(QFileInfo(path).fileName()), error));
}

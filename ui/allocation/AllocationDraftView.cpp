#include "AllocationDraftView.h"

#include "common/UiLanguage.h"
#include "domain/allocation/RuleSetCatalog.h"
#include "report/CsvWriter.h"
#include "store/records/RecordQuery.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, headers.size(), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSortingEnabled(true);
    return t;
}

constexpr int kWidestColumn = 240;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

AllocationDraftView::AllocationDraftView(LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_summary(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("allocationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_locations = table(
        {tr("Location"), tr("Places"), tr("Given"), tr("Kept for priority"), tr("Of those taken"), tr("Given to")},
        this);
    m_locations->setObjectName(QStringLiteral("allocationLocations"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildApplications(), tr("Per application"));
    tabs->addTab(m_locations, tr("Per location"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);
    clear();
}

QWidget* AllocationDraftView::buildApplications()
{
    auto* box = new QWidget(this);
    m_outcome = new QComboBox(box);
    m_outcome->setObjectName(QStringLiteral("allocationOutcome"));
    m_outcome->setAccessibleName(tr("Show"));
    m_outcome->addItem(tr("All applications"), QString());
    m_outcome->addItem(tr("With a place"), QStringLiteral("matched"));
    m_outcome->addItem(tr("Without a place"), QStringLiteral("unmatched"));
    m_outcome->addItem(tr("Urgent, not on the emergency list"), QStringLiteral("proposed"));
    m_search = new QLineEdit(box);
    m_search->setPlaceholderText(tr("Number, child or location"));
    m_search->setAccessibleName(tr("Search the allocation"));
    m_search->setClearButtonEnabled(true);
    m_applications = table({tr("Number"), tr("Child"), tr("Outcome"), tr("Priority"), tr("Lottery"), tr("Why")}, box);
    m_applications->setObjectName(QStringLiteral("allocationApplications"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_outcome);
    filters->addWidget(m_search, 1);
    // The selected family's whole explanation: the reason column is too narrow for the longer ones.
    m_detail = new QLabel(box);
    m_detail->setObjectName(QStringLiteral("allocationDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(filters);
    layout->addWidget(m_applications, 1);
    layout->addWidget(m_detail);
    connect(m_applications, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || !m_applications->item(row, Reason)) {
            m_detail->clear();
            return;
        }
        m_detail->setText(QStringLiteral("%1 — %2: %3")
                              .arg(m_applications->item(row, Number)->text(),
                                   m_applications->item(row, Outcome)->text(),
                                   m_applications->item(row, Reason)->text()));
        emit selectionChanged();
    });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AllocationDraftView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &AllocationDraftView::applyFilter);
    return box;
}

void AllocationDraftView::clear()
{
    m_summary->setText(tr("No allocation shown. Make a draft, or choose an earlier run."));
    m_applications->setRowCount(0);
    m_locations->setRowCount(0);
    m_detail->clear();
}

QString AllocationDraftView::locationName(const QString& id) const
{
    const QString name =
        RecordQuery(m_cache).row(QStringLiteral("locations"), id).value(QLatin1String("name")).toString();
    return name.isEmpty() ? tr("(a location not in your offline copy)") : name;
}

QString AllocationDraftView::summaryText(const QJsonObject& run) const
{
    const QJsonObject s = run.value(QLatin1String("summary")).toObject();
    const RuleSet* rules = RuleSetCatalog::builtIn().find(str(run, "rule_set_id"));
    QString text = tr("%1 applications, %2 places (%3 seats): %4 get a place, %5 do not.")
                       .arg(s.value(QLatin1String("applications")).toInt())
                       .arg(s.value(QLatin1String("places")).toInt())
                       .arg(s.value(QLatin1String("slots")).toInt())
                       .arg(s.value(QLatin1String("matched")).toInt())
                       .arg(s.value(QLatin1String("unmatched")).toInt());
    const QJsonObject reserved = s.value(QLatin1String("reserved")).toObject();
    if (reserved.value(QLatin1String("slots")).toInt() > 0)
        text += QLatin1Char(' ') + tr("Seats kept for priority families: %1, of which %2 taken and %3 given to others.")
                                       .arg(reserved.value(QLatin1String("slots")).toInt())
                                       .arg(reserved.value(QLatin1String("taken")).toInt())
                                       .arg(reserved.value(QLatin1String("released")).toInt());
    text += QLatin1Char('\n') + tr("Rules: %1 · lottery seed %2")
                                    .arg(rules ? rules->name(UiLanguage::code()) : str(run, "rule_set_id"))
                                    .arg(run.value(QLatin1String("seed")).toVariant().toString());
    return text;
}

void AllocationDraftView::showRun(const QJsonObject& run)
{
    m_proposals.clear();
    for (const QJsonValue& v : run.value(QLatin1String("emergency_proposals")).toArray())
        m_proposals.insert(v.toObject().value(QLatin1String("application_id")).toString());
    m_summary->setText(summaryText(run));
    fillApplications(run);
    fillLocations(run);
    applyFilter();
}

void AllocationDraftView::fillApplications(const QJsonObject& run)
{
    const QString lang = UiLanguage::code();
    const RecordQuery records(m_cache);
    const RuleSet* rules = RuleSetCatalog::builtIn().find(str(run, "rule_set_id"));
    const QJsonArray assignments = run.value(QLatin1String("assignments")).toArray();
    m_applications->setSortingEnabled(false);
    m_applications->setRowCount(assignments.size());
    const QLocale locale(lang);
    for (int r = 0; r < assignments.size(); ++r) {
        const QJsonObject a = assignments.at(r).toObject();
        const QJsonObject app = records.row(QStringLiteral("applications"), str(a, "application_id"));
        const QJsonObject child = records.row(QStringLiteral("children"), str(app, "child_id"));
        const bool matched = !str(a, "free_place_id").isEmpty();
        const int tier = a.value(QLatin1String("tier")).toInt();
        const QJsonObject reason = a.value(QLatin1String("reason")).toObject();
        QString outcome = matched ? locationName(str(a, "location_id")) : tr("no place");
        if (a.value(QLatin1String("reserved_slot")).toBool())
            outcome = tr("%1 (kept for priority)").arg(outcome);
        auto* number = cell(str(app, "number").isEmpty() ? tr("(not in your copy)") : str(app, "number"));
        number->setData(Qt::UserRole, matched ? QStringLiteral("matched") : QStringLiteral("unmatched"));
        number->setData(Qt::UserRole + 1, str(a, "application_id"));
        number->setData(Qt::UserRole + 2, matched ? str(a, "location_id") : QString());
        m_applications->setItem(r, Number, number);
        m_applications->setItem(
            r, Child, cell(QStringLiteral("%1 %2").arg(str(child, "first_name"), str(child, "last_name")).trimmed()));
        m_applications->setItem(r, Outcome, cell(outcome));
        m_applications->setItem(r, Priority,
                                cell(rules && tier > 0
                                         ? QStringLiteral("%1 — %2").arg(tier).arg(rules->tierLabel(tier, lang))
                                         : QString::number(tier)));
        m_applications->setItem(r, Lottery,
                                cell(locale.toString(a.value(QLatin1String("lottery")).toDouble(), 'f', 4)));
        m_applications->setItem(r, Reason, cell(RuleSet::textIn(reason.value(QLatin1String("text")).toObject(), lang)));
    }
    m_applications->setSortingEnabled(true);
    m_applications->sortByColumn(Number, Qt::AscendingOrder);
    m_applications->resizeColumnsToContents();
    // A long priority label or location name would push the reason out of sight: the whole text is in the tooltip.
    for (int c : {int(Child), int(Outcome), int(Priority)})
        m_applications->setColumnWidth(c, qMin(m_applications->columnWidth(c), kWidestColumn));
}

void AllocationDraftView::fillLocations(const QJsonObject& run)
{
    // Who gets a seat where, by the numbers the application table has read already (no second read per family).
    QHash<QString, QStringList> given;
    for (int r = 0; r < m_applications->rowCount(); ++r) {
        const QTableWidgetItem* number = m_applications->item(r, Number);
        const QString location = number->data(Qt::UserRole + 2).toString();
        if (!location.isEmpty())
            given[location].append(number->text());
    }
    const QJsonArray locations =
        run.value(QLatin1String("summary")).toObject().value(QLatin1String("locations")).toArray();
    m_locations->setSortingEnabled(false);
    m_locations->setRowCount(locations.size());
    for (int r = 0; r < locations.size(); ++r) {
        const QJsonObject l = locations.at(r).toObject();
        m_locations->setItem(r, 0, cell(locationName(str(l, "location_id"))));
        const char* counts[] = {"slots", "matched", "reserved_slots", "reserved_taken"};
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, l.value(QLatin1String(counts[c])).toInt());
            m_locations->setItem(r, c + 1, item);
        }
        QStringList numbers = given.value(str(l, "location_id"));
        numbers.sort();
        m_locations->setItem(r, 5, cell(numbers.join(QStringLiteral(", "))));
    }
    m_locations->setSortingEnabled(true);
    m_locations->sortByColumn(0, Qt::AscendingOrder);
    m_locations->resizeColumnsToContents();
}

void AllocationDraftView::applyFilter()
{
    const QString outcome = m_outcome->currentData().toString();
    const QString text = m_search->text().trimmed();
    for (int r = 0; r < m_applications->rowCount(); ++r) {
        const QTableWidgetItem* number = m_applications->item(r, Number);
        bool show =
            outcome.isEmpty() || number->data(Qt::UserRole).toString() == outcome ||
            (outcome == QLatin1String("proposed") && m_proposals.contains(number->data(Qt::UserRole + 1).toString()));
        if (show && !text.isEmpty()) {
            show = false;
            for (int c : {int(Number), int(Child), int(Outcome)})
                show = show || m_applications->item(r, c)->text().contains(text, Qt::CaseInsensitive);
        }
        m_applications->setRowHidden(r, !show);
    }
}

QString AllocationDraftView::selectedApplication() const
{
    const int row = m_applications->currentRow();
    if (row < 0 || m_applications->isRowHidden(row) || !m_applications->item(row, Number))
        return QString();
    return m_applications->item(row, Number)->data(Qt::UserRole + 1).toString();
}

void AllocationDraftView::dropProposal(const QString& applicationId)
{
    m_proposals.remove(applicationId);
    applyFilter();
    emit selectionChanged();
}

bool AllocationDraftView::exportCsv(const QString& path, int* rows, QString* error) const
{
    CsvWriter csv(path);
    if (!csv.open(error))
        return false;
    QStringList titles;
    for (int c = 0; c < ColumnCount; ++c)
        titles.append(m_applications->horizontalHeaderItem(c)->text());
    csv.writeRow(titles);
    *rows = 0;
    for (int r = 0; r < m_applications->rowCount(); ++r) {
        if (m_applications->isRowHidden(r))
            continue;
        QStringList fields;
        for (int c = 0; c < ColumnCount; ++c)
            fields.append(m_applications->item(r, c)->text());
        csv.writeRow(fields);
        ++*rows;
    }
    return csv.commit(error);
}

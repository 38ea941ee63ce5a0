#include "ListPage.h"

#include "DisplayFormat.h"
#include "ListExport.h"
#include "ListModel.h"
#include "domain/ApplicationStatus.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Long enough to skip the intermediate keystrokes of a name, short enough to feel instant.
constexpr int kSearchDebounceMs = 150;
} // namespace

ListPage::ListPage(ListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_model->setParent(this);
}

void ListPage::setUp()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(buildFilterBar());
    buildTable();
    layout->addWidget(m_table, 1);
    connect(m_model, &ListModel::totalCountChanged, this, &ListPage::updateCount);
    updateCount();
}

QWidget* ListPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(searchPlaceholder());
    m_search->setToolTip(searchToolTip());
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search this list"));
    m_search->setMinimumWidth(240);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ListPage::applySearch);

    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Filter by state"));
    m_status->addItem(tr("All states"), QString());
    for (const QString& name : ApplicationStatus::allNames())
        m_status->addItem(DisplayFormat::statusLabel(name), name);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this]() { m_model->setStatus(m_status->currentData().toString()); });

    m_municipality = new QComboBox(bar);
    m_municipality->setAccessibleName(tr("Filter by municipality"));
    m_municipality->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillMunicipalities();
    connect(m_municipality, &QComboBox::currentIndexChanged, this,
            [this]() { m_model->setMunicipality(m_municipality->currentData().toString()); });

    m_count = new QLabel(bar);
    m_count->setAccessibleName(tr("Number of records"));
    row->addWidget(m_search, 2);
    row->addWidget(m_status);
    row->addWidget(m_municipality);
    row->addSpacing(12);
    row->addWidget(m_count);
    m_exportNote = new QLabel(bar);
    m_exportNote->setAccessibleName(tr("Last export"));
    m_export = new QToolButton(bar);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save this list as shown (filters, columns, order) as a CSV file for Excel"));
    connect(m_export, &QToolButton::clicked, this, &ListPage::chooseExportFile);
    row->addSpacing(12);
    row->addWidget(m_exportNote);
    row->addWidget(m_export);
    return bar;
}

void ListPage::buildTable()
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Results"));
    // The query starts sorted on the first column, ascending; say so before sorting is switched on, or
    // the header's default (descending) would cost two needless re-reads.
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(stretchColumn().isEmpty());
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QStringList samples = columnSamples();
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics headers = m_table->horizontalHeader()->fontMetrics();
    for (int c = 0; c < samples.size() && c < m_model->columnCount(); ++c) {
        // Room for the cell padding, and in the header for the sort arrow (drawn on the sorted column only).
        const int cell = cells.horizontalAdvance(samples.at(c)) + 14;
        const int header = headers.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        m_table->setColumnWidth(c, qMax(cell, header));
    }
    const int stretch = m_model->columnOf(stretchColumn());
    if (stretch >= 0)
        m_table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPage::emitSelection);
}

QString ListPage::stretchColumn() const
{
    return QString();
}

QString ListPage::longest(const QStringList& texts)
{
    QString result;
    for (const QString& t : texts) {
        if (t.size() > result.size())
            result = t;
    }
    return result;
}

void ListPage::fillMunicipalities()
{
    const QString current = m_municipality->currentData().toString();
    const QSignalBlocker block(m_municipality);
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"), QString());
    for (const QString& name : m_model->municipalities())
        m_municipality->addItem(name, name);
    const int index = m_municipality->findData(current);
    m_municipality->setCurrentIndex(index < 0 ? 0 : index);
}

QString ListPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void ListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListPage::setSearchText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
}

void ListPage::applySearch()
{
    m_model->setSearch(m_search->text());
}

void ListPage::updateCount()
{
    m_count->setText(countText(m_model->totalCount()));
}

void ListPage::emitSelection()
{
    const QString id = currentId();
    if (!id.isEmpty())
        emit recordSelected(m_model->table(), id);
}

void ListPage::refresh()
{
    const QString selected = currentId();
    const int scroll = m_table->verticalScrollBar()->value();
    fillMunicipalities();
    m_model->refresh();
    selectId(selected);
    m_table->verticalScrollBar()->setValue(scroll);
}

void ListPage::selectId(const QString& id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return;
    const QSignalBlocker block(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool ListPage::exportCsv(const QString& path, QString* error)
{
    int rows = 0;
    if (!ListExport::toCsv(*m_table, path, &rows, error))
        return false;
    m_exportNote->setText(tr("%Ln row(s) exported", nullptr, rows));
    m_exportNote->setToolTip(QDir::toNativeSeparators(path));
    return true;
}

void ListPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.csv").arg(exportName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export list"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    // Every matching row is read and written here, on this thread: a second or two for 100,000 rows.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportCsv(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(
            this, tr("Export list"),
            tr("The list was not exported to %1: %2").arg(QDir::toNativeSeparators(QFileInfo(path).fileName()), error));
}

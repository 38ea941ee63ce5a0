#include "ListPage.h"

#include "ListExport.h"
#include "ListModel.h"
#include "ListPrint.h"
#include "ListSettings.h"
#include "common/UiLog.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QShortcut>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Long enough to skip the intermediate keystrokes of a name, short enough to feel instant.
constexpr int kSearchDebounceMs = 150;
// Above this many rows a printout is long enough to ask first.
constexpr int kAskBeforePrintingRows = 2000;
} // namespace

ListPage::ListPage(ListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_model->setParent(this);
}

ListPage::~ListPage() = default;

void ListPage::setUp()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(buildTopRow());
    m_filters = new FilterBar(filterFields(), m_model, this);
    connect(m_filters, &FilterBar::filterEdited, this, &ListPage::applyBarFilter);
    connect(m_filters, &FilterBar::clearRequested, this, &ListPage::clearFilters);
    layout->addWidget(m_filters);
    buildTable();
    layout->addWidget(m_table, 1);
    connect(m_model, &ListModel::totalCountChanged, this, &ListPage::updateCount);
    connect(m_model, &ListModel::filterChanged, this, &ListPage::onFilterChanged);
    updateCount();
}

QWidget* ListPage::buildTopRow()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(searchPlaceholder());
    m_search->setToolTip(searchToolTip());
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search this list"));
    m_search->setMinimumWidth(200);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ListPage::applySearch);
    row->addWidget(m_search, 1); // takes the room left over, so its hint is not cut off
    m_saved = new QComboBox(bar);
    m_saved->setAccessibleName(tr("Saved filters"));
    m_saved->setToolTip(tr("Apply a filter you saved by name"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_saved->setMinimumContentsLength(10);
    // A long filter name must not widen the window: it shows whole in the open list.
    m_saved->setMaximumWidth(m_saved->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    connect(m_saved, &QComboBox::activated, this, &ListPage::onSavedChosen);
    row->addWidget(m_saved);
    row->addWidget(buildSavedFilters(bar));
    row->addSpacing(12);
    m_count = new QLabel(bar);
    m_count->setAccessibleName(tr("Number of records"));
    row->addWidget(m_count);
    row->addSpacing(12);
    m_exportNote = new QLabel(bar);
    m_exportNote->setAccessibleName(tr("Last export"));
    row->addWidget(m_exportNote);
    m_columns = new QToolButton(bar);
    m_columns->setText(tr("Columns"));
    m_columns->setAccessibleName(tr("Choose columns"));
    m_columns->setToolTip(tr("Show or hide columns; drag a column header to move it"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columnMenu = new QMenu(m_columns);
    connect(m_columnMenu, &QMenu::aboutToShow, this, &ListPage::fillColumnMenu);
    m_columns->setMenu(m_columnMenu);
    m_print = new QToolButton(bar);
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Print this list as shown (filters, columns, order) (Ctrl+P)"));
    connect(m_print, &QToolButton::clicked, this, &ListPage::openPrintPreview);
    // Only while this list is the one shown: each list has its own Print.
    auto* print = new QShortcut(QKeySequence::Print, this, this, &ListPage::openPrintPreview);
    print->setContext(Qt::WidgetWithChildrenShortcut);
    m_export = new QToolButton(bar);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save this list as shown (filters, columns, order) as a CSV file for Excel"));
    connect(m_export, &QToolButton::clicked, this, &ListPage::chooseExportFile);
    row->addWidget(m_columns);
    row->addWidget(m_print);
    row->addWidget(m_export);
    fillSavedFilters();
    return bar;
}

QToolButton* ListPage::buildSavedFilters(QWidget* bar)
{
    auto* button = new QToolButton(bar);
    button->setText(tr("Save…"));
    button->setAccessibleName(tr("Manage saved filters"));
    button->setToolTip(tr("Save the current filter by name, or rename or delete a saved one"));
    button->setPopupMode(QToolButton::InstantPopup);
    m_savedMenu = new QMenu(button);
    QAction* save = m_savedMenu->addAction(tr("Save current filter as…"));
    QAction* rename = m_savedMenu->addAction(tr("Rename saved filter…"));
    QAction* remove = m_savedMenu->addAction(tr("Delete saved filter"));
    connect(save, &QAction::triggered, this, &ListPage::askSaveFilter);
    connect(rename, &QAction::triggered, this, &ListPage::askRenameFilter);
    connect(remove, &QAction::triggered, this, &ListPage::askDeleteFilter);
    connect(m_savedMenu, &QMenu::aboutToShow, this, [this, rename, remove]() {
        const bool chosen = m_saved->currentIndex() > 0;
        rename->setEnabled(chosen);
        remove->setEnabled(chosen);
    });
    button->setMenu(m_savedMenu);
    return button;
}

void ListPage::buildTable()
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Results"));
    QHeaderView* header = m_table->horizontalHeader();
    // Say how the query is sorted before sorting is switched on, or the header's default (descending on
    // the first column) would cost two needless re-reads.
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(stretchColumn().isEmpty());
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QStringList samples = columnSamples();
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics headers = header->fontMetrics();
    for (int c = 0; c < samples.size() && c < m_model->columnCount(); ++c) {
        // Room for the cell padding, and in the header for the sort arrow (drawn on the sorted column only).
        const int cell = cells.horizontalAdvance(samples.at(c)) + 14;
        const int title = headers.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        m_table->setColumnWidth(c, qMax(cell, title));
    }
    const int stretch = m_model->columnOf(stretchColumn());
    if (stretch >= 0)
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint& pos) { m_columnMenu->popup(header->mapToGlobal(pos)); });
    connect(header, &QHeaderView::sectionMoved, this, &ListPage::saveColumns);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (m_settings && !m_restoring)
            m_settings->setSort(m_model->columnKeys().value(column), order);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPage::emitSelection);
}

void ListPage::fillColumnMenu()
{
    m_columnMenu->clear();
    const QHeaderView* header = m_table->horizontalHeader();
    int shown = 0;
    for (int visual = 0; visual < header->count(); ++visual)
        shown += header->isSectionHidden(header->logicalIndex(visual)) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const QString key = m_model->columnKeys().value(logical);
        QAction* action = m_columnMenu->addAction(m_model->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setEnabled(header->isSectionHidden(logical) || shown > 1); // one column always stays
        connect(action, &QAction::toggled, this, [this, key](bool on) { setColumnShown(key, on); });
    }
    m_columnMenu->addSeparator();
    connect(m_columnMenu->addAction(tr("Reset columns")), &QAction::triggered, this, &ListPage::resetColumns);
}

void ListPage::setColumnShown(const QString& key, bool shown)
{
    const int logical = m_model->columnOf(key);
    QHeaderView* header = m_table->horizontalHeader();
    if (logical < 0 || header->isSectionHidden(logical) == !shown)
        return;
    if (!shown && header->count() - header->hiddenSectionCount() <= 1)
        return;
    header->setSectionHidden(logical, !shown);
    saveColumns();
}

void ListPage::resetColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        header->setSectionHidden(logical, false);
        header->moveSection(header->visualIndex(logical), logical);
    }
    saveColumns();
}

void ListPage::saveColumns()
{
    if (!m_settings || m_restoring)
        return;
    const QHeaderView* header = m_table->horizontalHeader();
    QStringList order;
    QStringList hidden;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        order.append(m_model->columnKeys().value(logical));
        if (header->isSectionHidden(logical))
            hidden.append(order.last());
    }
    m_settings->setColumns(order, hidden);
}

void ListPage::restoreColumns()
{
    const QStringList keys = m_model->columnKeys();
    const QStringList order = m_settings->columnOrder(keys);
    const QStringList hidden = m_settings->hiddenColumns(keys);
    m_restoring = true;
    QHeaderView* header = m_table->horizontalHeader();
    for (int i = 0; i < order.size(); ++i) {
        const int logical = m_model->columnOf(order.at(i));
        header->moveSection(header->visualIndex(logical), i);
        header->setSectionHidden(logical, hidden.contains(order.at(i)));
    }
    const int sortColumn = m_model->columnOf(m_settings->sortKey());
    if (sortColumn >= 0)
        m_table->sortByColumn(sortColumn, m_settings->sortOrder());
    m_restoring = false;
}

void ListPage::useSettings(QSettings& settings, const QString& accountId)
{
    m_settings = std::make_unique<ListSettings>(settings, m_model->table());
    m_model->setAccountId(accountId);
    restoreColumns();
    fillSavedFilters();
    showFilter(m_settings->currentFilter());
}

void ListPage::showEvent(QShowEvent* event)
{
    if (m_refreshWhenShown) {
        m_refreshWhenShown = false;
        m_filters->refreshChoices();
    }
    m_model->setActive(true); // reads what changed while the list was away
    QWidget::showEvent(event);
}

void ListPage::hideEvent(QHideEvent* event)
{
    // A minimised window keeps its lists: only a page the person left stops following the cache.
    if (!event->spontaneous())
        m_model->setActive(false);
    QWidget::hideEvent(event);
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

void ListPage::applyBarFilter(const ListFilter& barFilter)
{
    ListFilter f = barFilter;
    f.search = m_search->text();
    m_model->setFilter(f);
}

// Shows a filter in the search field and the bar and applies it at once (no pause for the search).
void ListPage::showFilter(const ListFilter& filter)
{
    {
        const QSignalBlocker block(m_search);
        m_search->setText(filter.search);
    }
    m_debounce->stop();
    m_filters->setFilter(filter);
    // The bar may not offer a stored value (a municipality no longer in the cache): apply what it shows.
    ListFilter shown = m_filters->filter();
    shown.search = filter.search;
    m_model->setFilter(shown);
    selectMatchingSaved();
}

void ListPage::clearFilters()
{
    showFilter(ListFilter());
}

void ListPage::onFilterChanged()
{
    // The search text is not kept: it is a quick look-up, often typed through the global search.
    if (m_settings)
        m_settings->setCurrentFilter(m_model->filter().withoutSearch());
    selectMatchingSaved();
}

QString ListPage::filterInWords() const
{
    return m_filters->describe(m_model->filter());
}

void ListPage::fillSavedFilters()
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("Saved filters"), QString());
    if (m_settings) {
        for (const QString& name : m_settings->savedNames())
            m_saved->addItem(name, name);
    }
    m_saved->setEnabled(m_saved->count() > 1);
    selectMatchingSaved();
}

void ListPage::selectMatchingSaved()
{
    int match = 0;
    if (m_settings) {
        const ListFilter current = m_model->filter().withoutSearch();
        const QString chosen = m_saved->currentData().toString();
        // The chosen one first: two names may hold the same filter.
        if (!chosen.isEmpty() && m_settings->saved(chosen) == current)
            match = m_saved->currentIndex();
        for (int i = 1; i < m_saved->count() && match == 0; ++i) {
            if (m_settings->saved(m_saved->itemData(i).toString()) == current)
                match = i;
        }
    }
    const QSignalBlocker block(m_saved);
    m_saved->setCurrentIndex(match);
}

void ListPage::onSavedChosen(int index)
{
    const QString name = m_saved->itemData(index).toString();
    if (!name.isEmpty())
        applySavedFilter(name);
}

bool ListPage::applySavedFilter(const QString& name)
{
    if (!m_settings || !m_settings->savedNames().contains(name))
        return false;
    showFilter(m_settings->saved(name));
    const QSignalBlocker block(m_saved);
    m_saved->setCurrentIndex(m_saved->findData(name));
    return true;
}

void ListPage::saveFilterAs(const QString& name)
{
    if (!m_settings || name.trimmed().isEmpty())
        return;
    m_settings->save(name, m_model->filter().withoutSearch());
    fillSavedFilters();
    const QSignalBlocker block(m_saved);
    m_saved->setCurrentIndex(m_saved->findData(name.trimmed()));
}

bool ListPage::renameSavedFilter(const QString& from, const QString& to)
{
    if (!m_settings || !m_settings->rename(from, to))
        return false;
    const bool wasChosen = m_saved->currentData().toString() == from;
    fillSavedFilters();
    if (wasChosen) {
        const QSignalBlocker block(m_saved);
        m_saved->setCurrentIndex(m_saved->findData(to.trimmed()));
    }
    return true;
}

void ListPage::deleteSavedFilter(const QString& name)
{
    if (!m_settings)
        return;
    m_settings->remove(name);
    fillSavedFilters();
}

void ListPage::askSaveFilter()
{
    if (!m_settings) {
        QMessageBox::information(this, tr("Save filter"), tr("Filters can be saved once you are signed in."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of this filter:"), QLineEdit::Normal,
                                               m_saved->currentData().toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveFilterAs(name);
}

void ListPage::askRenameFilter()
{
    const QString from = m_saved->currentData().toString();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename filter"), tr("New name:"), QLineEdit::Normal, from, &ok);
    if (ok && to.trimmed() != from && !renameSavedFilter(from, to))
        QMessageBox::warning(this, tr("Rename filter"),
                             tr("There is already a saved filter called \"%1\", or the name is empty.").arg(to));
}

void ListPage::askDeleteFilter()
{
    const QString name = m_saved->currentData().toString();
    if (!name.isEmpty() && QMessageBox::question(this, tr("Delete filter"),
                                                 tr("Delete the saved filter \"%1\"?").arg(name)) == QMessageBox::Yes)
        deleteSavedFilter(name);
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
    if (!isVisible()) {
        // The person is elsewhere: the model (inactive) and the filter choices are read again when this list
        // comes back.
        m_refreshWhenShown = true;
        m_model->refresh();
        return;
    }
    const QString selected = currentId();
    const int scroll = m_table->verticalScrollBar()->value();
    m_filters->refreshChoices();
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
    emit exported(m_model->table(), rows, QStringLiteral("csv"));
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

bool ListPage::printTo(QPrinter* printer, int* rows)
{
    return ListPrint::print(*m_table, printTitle(), filterInWords(), printer, rows);
}

void ListPage::openPrintPreview()
{
    const int total = m_model->totalCount();
    if (total > kAskBeforePrintingRows &&
        QMessageBox::question(this, tr("Print list"),
                              tr("This list has %L1 rows: that is a long printout. Narrow it down with the filters "
                                 "first, or print anyway?")
                                  .arg(total),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(ListPrint::wantsLandscape(*m_table) ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(printTitle());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview — %1").arg(printTitle()));
    int rows = 0; // as the last rendering (the one printed, once the dialog is accepted) counted them
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &rows](QPrinter* p) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = printTo(p, &rows);
        QGuiApplication::restoreOverrideCursor();
        if (!ok)
            qCWarning(lcUi) << "print: the list could not be read from the offline copy";
    });
    preview.resize(1000, 760);
    if (preview.exec() == QDialog::Accepted) // printed, or saved as PDF
        emit exported(m_model->table(), rows,
                      printer.outputFormat() == QPrinter::PdfFormat ? QStringLiteral("pdf") : QStringLiteral("print"));
}

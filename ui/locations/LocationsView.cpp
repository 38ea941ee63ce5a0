#include "locations/LocationsView.h"

#include "locations/InfoSheetEditor.h"
#include "locations/InfoSheetHtml.h"
#include "locations/LocationsModel.h"
#include "store/records/RecordEdits.h"
#include "store/records/RecordQuery.h"
#include "sync/ApiResult.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
const QString kLocations = QStringLiteral("locations");

QString str(const QJsonObject& row, const char* field)
{
    return row.value(QLatin1String(field)).toString();
}
} // namespace

LocationsView::LocationsView(LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_model(new LocationsModel(this))
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildList());
    m_detail = new QStackedWidget(splitter);
    auto* none = new QLabel(tr("Choose a location in the list to read or edit its info sheet."), m_detail);
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    m_detail->addWidget(none);
    m_detail->addWidget(buildEditor());
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({640, 760}); // the list's five columns readable beside the editor and its preview
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    refresh();
}

QWidget* LocationsView::buildList()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_filter = new QLineEdit(box);
    m_filter->setPlaceholderText(tr("Filter by name or municipality"));
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 40);
    m_filter->setClearButtonEnabled(true);
    m_publication = new QComboBox(box);
    m_publication->addItem(tr("All locations"));
    m_publication->addItem(tr("Published"));
    m_publication->addItem(tr("Not published"));
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_publication);
    layout->addLayout(filters);
    m_table = new QTableView(box);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < LocationsModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The name takes the room; a long municipality ("Berendrecht-Zandvliet-Lillo") is elided, not the name.
    header->setSectionResizeMode(LocationsModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(LocationsModel::Municipality, QHeaderView::Interactive);
    header->resizeSection(LocationsModel::Municipality,
                          m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(box);
    layout->addWidget(m_count);
    connect(m_filter, &QLineEdit::textChanged, this, &LocationsView::applyFilter);
    connect(m_publication, qOverload<int>(&QComboBox::currentIndexChanged), this, &LocationsView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onRowChosen(m_model->idAt(current.row())); });
    return box;
}

QWidget* LocationsView::buildEditor()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_state = new QLabel(box);
    m_state->setWordWrap(true);
    m_readOnlyNote = new QLabel(
        tr("Only a coordinator of the region or an admin changes info sheets and their publication. You can read them "
           "here."),
        box);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(QStringLiteral("background: #e8eef7; padding: 6px;"));
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_readOnlyNote);

    m_tabs = new QTabWidget(box);
    auto* sheetPage = new QSplitter(Qt::Horizontal, m_tabs);
    m_editor = new InfoSheetEditor(sheetPage);
    auto* previewBox = new QWidget(sheetPage);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewTitle = new QLabel(previewBox);
    m_previewTitle->setWordWrap(true);
    m_preview = new QTextBrowser(previewBox);
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview of the website"));
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview, 1);
    sheetPage->addWidget(m_editor);
    sheetPage->addWidget(previewBox);
    sheetPage->setStretchFactor(0, 3);
    sheetPage->setStretchFactor(1, 2);
    m_tabs->addTab(sheetPage, tr("Info sheet"));
    m_history = new QTextBrowser(m_tabs);
    m_history->setOpenLinks(false);
    m_tabs->addTab(m_history, tr("History"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buildButtons());
    connect(m_editor, &InfoSheetEditor::edited, this, [this]() {
        updatePreview();
        updateButtons();
    });
    connect(m_editor, &InfoSheetEditor::languageChanged, this, &LocationsView::updatePreview);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_history)
            requestHistory();
    });
    return box;
}

QWidget* LocationsView::buildButtons()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_save = new QPushButton(tr("Save info sheet"), box);
    m_publish = new QPushButton(box);
    m_message = new QLabel(box);
    m_message->setWordWrap(true);
    row->addWidget(m_save);
    row->addWidget(m_publish);
    row->addWidget(m_message, 1);
    connect(m_save, &QPushButton::clicked, this, &LocationsView::saveSheet);
    connect(m_publish, &QPushButton::clicked, this, &LocationsView::askPublish);
    return box;
}

void LocationsView::setAccount(const AccountInfo& account)
{
    // The server's rule (docs/PROTOCOL.md "Who may write what"): coordinators of the region and admins.
    m_readOnly = account.role != QLatin1String("admin") && account.role != QLatin1String("coordinator");
    m_editor->setReadOnly(m_readOnly);
    m_readOnlyNote->setVisible(m_readOnly);
    updateButtons();
}

void LocationsView::setHistorySource(HistorySource source)
{
    m_historyRecords.setSource(std::move(source));
}

void LocationsView::setOnline(bool online)
{
    m_online = online;
    if (!online)
        m_historyRecords.forget();
    requestHistory();
}

bool LocationsView::isDirty() const
{
    return !m_selected.isEmpty() && m_editor->sheet() != InfoSheet::fromJson(m_row.value(QLatin1String("info")));
}

void LocationsView::refresh()
{
    m_model->setRows(RecordQuery(m_cache).allRows(kLocations));
    applyFilter();
    if (m_selected.isEmpty() && m_model->rowCount() > 0) { // the page opens on a sheet, not on an empty half
        onRowChosen(m_model->idAt(0));
        applyFilter();
        return;
    }
    if (m_selected.isEmpty())
        return;
    const bool dirty = isDirty();
    const QJsonObject row = RecordQuery(m_cache).row(kLocations, m_selected);
    if (row.isEmpty()) { // gone from the cache (unpublished for a referrer, or deleted)
        m_selected.clear();
        m_detail->setCurrentIndex(0);
        return;
    }
    m_row = row;
    if (!dirty)
        m_editor->setSheet(InfoSheet::fromJson(m_row.value(QLatin1String("info"))));
    load(m_selected);
    if (m_waitingForSync && RecordQuery(m_cache).pendingFor(kLocations, m_selected).isEmpty()) {
        m_waitingForSync = false; // a refusal shows in Conflicts, as for every change
        say(tr("Sent to the server."), false);
    }
    requestHistory(); // a sync may have brought the server's record of a change
}

void LocationsView::applyFilter()
{
    static const LocationsModel::Publication choices[] = {LocationsModel::Publication::All,
                                                          LocationsModel::Publication::PublishedOnly,
                                                          LocationsModel::Publication::UnpublishedOnly};
    m_model->setFilter(m_filter->text(), choices[qBound(0, m_publication->currentIndex(), 2)]);
    m_count->setText(tr("%1 of %2 locations").arg(m_model->rowCount()).arg(m_model->totalCount()));
    const int row = m_model->rowOf(m_selected);
    const QSignalBlocker block(m_table->selectionModel());
    if (row >= 0)
        m_table->selectRow(row);
}

bool LocationsView::select(const QString& id)
{
    if (RecordQuery(m_cache).row(kLocations, id).isEmpty())
        return false;
    if (m_model->rowOf(id) < 0) {
        m_filter->clear();
        m_publication->setCurrentIndex(0);
    }
    onRowChosen(id);
    applyFilter();
    return m_selected == id;
}

void LocationsView::onRowChosen(const QString& id)
{
    if (id.isEmpty() || id == m_selected)
        return;
    if (isDirty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved info sheet"),
            tr("The info sheet of “%1” has changes that are not saved. Save them first?").arg(str(m_row, "name")),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveSheet())) {
            applyFilter(); // the list's selection back on the location being edited
            return;
        }
    }
    m_selected = id;
    m_row = RecordQuery(m_cache).row(kLocations, id);
    m_editor->setSheet(InfoSheet::fromJson(m_row.value(QLatin1String("info"))));
    m_historyRecords.reset();
    say(QString(), false);
    m_waitingForSync = false;
    load(id);
    requestHistory();
}

void LocationsView::load(const QString& id)
{
    Q_UNUSED(id)
    m_detail->setCurrentIndex(1);
    m_title->setText(str(m_row, "name"));
    const bool published = m_row.value(QLatin1String("published")).toBool();
    m_state->setText(published ? tr("Published: the website and referrers see this location.")
                               : tr("Not published: the website and referrers do not see this location."));
    m_publish->setText(published ? tr("Unpublish…") : tr("Publish…"));
    updatePreview();
    updateButtons();
    renderHistory();
}

void LocationsView::updatePreview()
{
    const QString lang = m_editor->language();
    m_previewTitle->setText(tr("Preview: the website in %1").arg(InfoSheetHtml::languageName(lang)));
    m_preview->setHtml(InfoSheetHtml::render(m_row, m_editor->sheet(), lang));
}

void LocationsView::updateButtons()
{
    const bool editable = !m_readOnly && !m_selected.isEmpty();
    m_save->setEnabled(editable && isDirty());
    m_publish->setEnabled(editable);
    m_save->setVisible(!m_readOnly);
    m_publish->setVisible(!m_readOnly);
}

QString LocationsView::problemsText(const QJsonValue& info) const
{
    // "info.fr.description" -> "French, Description: is longer than 4000 characters"
    QStringList lines;
    for (const FieldError& e : InfoSheet::validate(info)) {
        const QStringList parts = e.field.split(QLatin1Char('.'));
        const QPlainTextEdit* field = m_editor->field(parts.value(2));
        const QString label = field ? field->accessibleName() : parts.value(2);
        lines.append(tr("%1, %2: %3").arg(InfoSheetHtml::languageName(parts.value(1)), label, e.message));
    }
    return lines.join(QLatin1Char('\n'));
}

bool LocationsView::saveSheet()
{
    if (m_readOnly || m_selected.isEmpty())
        return false;
    const QJsonObject info = m_editor->sheet().toJson();
    const QString problems = problemsText(info);
    if (!problems.isEmpty()) {
        say(tr("Not saved: %1").arg(problems), true);
        return false;
    }
    int written = 0;
    QString error;
    if (!RecordEdits(m_cache).save({{kLocations, m_selected, {{QStringLiteral("info"), info}}}}, &written, &error)) {
        say(tr("Not saved: %1").arg(error), true);
        return false;
    }
    m_row = RecordQuery(m_cache).row(kLocations, m_selected);
    say(written > 0 ? tr("Saved. The change goes to the server with the next sync.") : tr("Nothing changed."), false);
    m_waitingForSync = written > 0;
    updateButtons();
    renderHistory();
    if (written > 0)
        emit changed();
    return true;
}

bool LocationsView::setPublished(bool published)
{
    if (m_readOnly || m_selected.isEmpty())
        return false;
    int written = 0;
    QString error;
    if (!RecordEdits(m_cache).save({{kLocations, m_selected, {{QStringLiteral("published"), published}}}}, &written,
                                   &error)) {
        say(tr("Not changed: %1").arg(error), true);
        return false;
    }
    m_row = RecordQuery(m_cache).row(kLocations, m_selected);
    say(published ? tr("Published. The website shows it after the next sync.")
                  : tr("Unpublished. The website stops showing it after the next sync."),
        false);
    m_waitingForSync = written > 0;
    refresh();
    if (written > 0)
        emit changed();
    return true;
}

void LocationsView::askPublish()
{
    const bool publish = !m_row.value(QLatin1String("published")).toBool();
    const QString name = str(m_row, "name");
    const QString text =
        publish ? tr("Publish “%1”?\n\nThe public website then shows this location with its info sheet, and referrers "
                     "see it when they file an application.")
                      .arg(name)
                : tr("Unpublish “%1”?\n\nThe public website then stops showing this location, and referrers no longer "
                     "see it. Staff of the region keep seeing it.")
                      .arg(name);
    QMessageBox box(QMessageBox::Question, publish ? tr("Publish location") : tr("Unpublish location"), text,
                    QMessageBox::Cancel, this);
    QPushButton* yes = box.addButton(publish ? tr("Publish") : tr("Unpublish"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        setPublished(publish);
}

void LocationsView::requestHistory()
{
    if (m_selected.isEmpty() || m_tabs->currentWidget() != m_history)
        return;
    m_historyRecords.request(kLocations, m_selected, m_online, this, [this]() { renderHistory(); });
    renderHistory();
}

void LocationsView::renderHistory()
{
    if (m_selected.isEmpty())
        return;
    m_history->setHtml(m_historyRecords.html(RecordQuery(m_cache).pendingFor(kLocations, m_selected)));
}

void LocationsView::say(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
}

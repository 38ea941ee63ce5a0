#include "ConflictsView.h"

#include "ComparisonModel.h"
#include "ConflictListModel.h"
#include "ConflictText.h"
#include "FieldText.h"
#include "RadioDelegate.h"
#include "RowEditDialog.h"
#include "common/DisplayFormat.h"
#include "common/UiLog.h"
#include "store/cache/LocalCache.h"
#include "store/conflicts/ConflictResolver.h"
#include "store/conflicts/DuplicateMerge.h"
#include "store/records/RecordQuery.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLabel* wrappedLabel(QWidget* parent, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ConflictsView::ConflictsView(LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_model(new ConflictListModel(cache, this))
    , m_comparison(new ComparisonModel(this))
{
    setObjectName(QStringLiteral("conflictsView"));
    auto* title =
        new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Conflicts and refused changes").toHtmlEscaped()), this);
    auto* intro = wrappedLabel(this, tr("About this list"));
    intro->setText(tr("Changes of yours that the server did not take over. Nothing is lost: what you typed is kept "
                      "here until you decide what happens to it."));
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of open entries"));
    m_list = new QTableView(this);
    configureList();
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addLayout(header);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    connect(m_comparison, &ComparisonModel::choicesChanged, this, &ConflictsView::checkChoices);
    refresh();
}

void ConflictsView::configureList()
{
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Open conflicts and refused changes"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 10);
    m_list->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics fm = m_list->fontMetrics();
    // Wide enough for the usual values ("ANT-2026-000123", "Changed by someone else") in every language.
    m_list->setColumnWidth(ConflictListModel::RecordColumn,
                           fm.horizontalAdvance(QStringLiteral("New application for Noor El Amrani")) + 16);
    m_list->setColumnWidth(ConflictListModel::TableColumn, fm.horizontalAdvance(tr("Emergency list")) + 24);
    m_list->setColumnWidth(ConflictListModel::KindColumn,
                           fm.horizontalAdvance(ConflictText::kindLabel(ConflictEntry::Kind::Conflict)) + 24);
    m_list->setColumnWidth(ConflictListModel::WhenColumn,
                           fm.horizontalAdvance(QStringLiteral("30-11-2026 14:32")) + 24);
    m_list->horizontalHeader()->setSectionResizeMode(ConflictListModel::ReasonColumn, QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictsView::showSelected);
}

QWidget* ConflictsView::buildDetail()
{
    m_detailStack = new QStackedWidget(this);
    auto* empty = new QLabel(m_detailStack);
    m_emptyHint = empty;
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    auto* detail = new QWidget(m_detailStack);
    m_heading = wrappedLabel(detail, tr("Record"));
    m_explain = wrappedLabel(detail, tr("What happened"));
    m_when = wrappedLabel(detail, tr("When"));
    m_when->setStyleSheet(QStringLiteral("color: #546e7a;"));
    m_reason = wrappedLabel(detail, tr("Why"));
    m_comparisonTable = new QTableView(detail);
    m_comparisonTable->setModel(m_comparison);
    m_comparisonTable->setAccessibleName(tr("Your values beside the server's"));
    m_comparisonTable->setItemDelegate(new RadioDelegate(m_comparisonTable));
    m_comparisonTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_comparisonTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_comparisonTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_comparisonTable->setWordWrap(false);
    m_comparisonTable->setShowGrid(false);
    m_comparisonTable->setAlternatingRowColors(true);
    m_comparisonTable->verticalHeader()->hide();
    m_comparisonTable->verticalHeader()->setDefaultSectionSize(m_comparisonTable->fontMetrics().height() + 12);
    m_comparisonTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Field names are short; the values get the room (see fitComparison).
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(ComparisonModel::FieldColumn, QHeaderView::Fixed);
    m_problems = wrappedLabel(detail, tr("Problems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    auto* layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_explain);
    layout->addWidget(m_when);
    layout->addWidget(m_reason);
    layout->addWidget(m_comparisonTable, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buildButtons());
    layout->addStretch(1); // the buttons stay right under a short comparison
    m_detailStack->addWidget(empty);
    m_detailStack->addWidget(detail);
    return m_detailStack;
}

QWidget* ConflictsView::buildButtons()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [bar, row](const QString& text, const QKeySequence& keys, const QString& tip) {
        auto* b = new QPushButton(text, bar);
        b->setShortcut(keys);
        b->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        row->addWidget(b);
        return b;
    };
    m_resolve = button(tr("Resolve"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                       tr("Keep the chosen values and send them to the server"));
    m_delete = button(tr("Delete anyway"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                      tr("Delete the record on the server after all"));
    m_resend = button(tr("Fix and resend…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                      tr("Correct your values and send them again"));
    m_recreate =
        button(tr("Re-create…"), QKeySequence(Qt::CTRL | Qt::Key_E), tr("File your values again as a new record"));
    m_merge = button(tr("Merge into the existing parent"), QKeySequence(Qt::CTRL | Qt::Key_M),
                     tr("Move your children and applications to the parent the server has, and fill in the fields "
                        "that are empty there"));
    m_discard = button(tr("Discard mine"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                       tr("Drop your change and keep what the server has"));
    row->addStretch(1);
    m_resolve->setDefault(true);
    connect(m_resolve, &QPushButton::clicked, this, &ConflictsView::resolve);
    connect(m_delete, &QPushButton::clicked, this, &ConflictsView::deleteAgain);
    connect(m_resend, &QPushButton::clicked, this, [this]() { openEditor(false); });
    connect(m_recreate, &QPushButton::clicked, this, [this]() { openEditor(true); });
    connect(m_discard, &QPushButton::clicked, this, &ConflictsView::askDiscard);
    connect(m_merge, &QPushButton::clicked, this, &ConflictsView::mergeIntoExisting);
    return bar;
}

void ConflictsView::refresh()
{
    const qint64 selected = m_entry.id;
    m_model->refresh();
    m_count->setText(tr("%n open", nullptr, m_model->rowCount()));
    // With nothing open, say so: an empty table alone leaves a person wondering whether it loaded.
    const QString hint = m_model->rowCount() == 0
                             ? tr("Nothing to decide: every change you made has reached the server.")
                             : tr("Select an entry above to see your values beside the server's.");
    m_emptyHint->setText(QStringLiteral("<p style='color:#546e7a'>%1</p>").arg(hint.toHtmlEscaped()));
    const int row = m_model->rowOf(selected);
    selectRow(row >= 0 ? row : 0);
}

void ConflictsView::selectFirst()
{
    selectRow(0);
}

void ConflictsView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        showEntry(ConflictEntry());
        return;
    }
    m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected(); // also when the row was current already: its entry may have changed
}

void ConflictsView::showSelected()
{
    const QModelIndex current = m_list->currentIndex();
    showEntry(current.isValid() ? m_model->entryAt(current.row()) : ConflictEntry());
}

QString ConflictsView::writerName(const ConflictEntry& entry) const
{
    const QString accountId = entry.serverRow.value(QLatin1String("updated_by")).toString();
    const QString name = accountId.isEmpty() ? QString()
                                             : RecordQuery(m_cache)
                                                   .row(QStringLiteral("accounts"), accountId)
                                                   .value(QLatin1String("display_name"))
                                                   .toString()
                                                   .trimmed();
    // An older server does not say, and accounts of other regions are not synced here.
    return name.isEmpty() ? tr("another user") : name;
}

QString ConflictsView::whenText(const ConflictEntry& entry) const
{
    const QDateTime noticed = entry.createdAt;
    const QString noticedText =
        DisplayFormat::date(noticed.toString(Qt::ISODate)) + QLatin1Char(' ') + DisplayFormat::time(noticed);
    const bool duplicate = entry.kind == ConflictEntry::Kind::Duplicate;
    if (entry.kind == ConflictEntry::Kind::Conflict || duplicate) {
        const QDateTime changed =
            QDateTime::fromString(entry.serverRow.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
        const qint64 version = entry.serverRow.value(QLatin1String("version")).toInteger();
        if (changed.isValid()) {
            const QString at = changed.toLocalTime().date() == QDate::currentDate()
                                   ? DisplayFormat::time(changed)
                                   : DisplayFormat::date(changed.toString(Qt::ISODate)) + QLatin1Char(' ') +
                                         DisplayFormat::time(changed);
            const QString who = writerName(entry);
            if (duplicate && entry.table == QLatin1String("parents"))
                return tr("The existing parent was last changed on the server by %1 at %2 (version %3). Noticed "
                          "when sending on %4.")
                    .arg(who, at)
                    .arg(version)
                    .arg(noticedText);
            if (duplicate)
                return tr("Their application was last changed on the server by %1 at %2 (version %3). Noticed "
                          "when sending on %4.")
                    .arg(who, at)
                    .arg(version)
                    .arg(noticedText);
            return tr("Changed on the server by %1 at %2 (version %3). Noticed when sending on %4.")
                .arg(who, at)
                .arg(version)
                .arg(noticedText);
        }
    }
    return tr("Noticed when sending on %1.").arg(noticedText);
}

void ConflictsView::showEntry(const ConflictEntry& entry)
{
    // Background syncs refresh the list every minute; choices made so far on the same, unchanged entry stay.
    const bool unchanged = entry.isValid() && entry.id == m_entry.id && entry.localRow == m_entry.localRow &&
                           entry.serverRow == m_entry.serverRow && m_detailStack->currentIndex() == 1;
    if (unchanged)
        return;
    m_entry = entry;
    if (!entry.isValid()) {
        m_comparison->clear();
        m_detailStack->setCurrentIndex(0);
        updateButtons();
        return;
    }
    const RecordQuery records(m_cache);
    m_heading->setText(
        QStringLiteral("<b style='font-size:large'>%1</b> &nbsp;<span style='color:#546e7a'>%2 — %3</span>")
            .arg(ConflictText::recordLabel(entry, records).toHtmlEscaped(),
                 ConflictText::tableLabel(entry.table).toHtmlEscaped(),
                 ConflictText::kindLabel(entry.kind).toHtmlEscaped()));
    m_explain->setText(ConflictText::explanation(entry));
    m_when->setText(whenText(entry));
    // For a deleted record or a duplicate the explanation above already says what the server said.
    const bool ownReason = entry.kind == ConflictEntry::Kind::Conflict || entry.kind == ConflictEntry::Kind::Rejected;
    const QString reason = ownReason ? ConflictText::reason(entry) : QString();
    m_reason->setText(
        reason.isEmpty()
            ? QString()
            : QStringLiteral("<b>%1</b> %2").arg(tr("The server said:").toHtmlEscaped(), reason.toHtmlEscaped()));
    m_reason->setVisible(!reason.isEmpty());
    m_comparison->setEntry(entry);
    m_comparisonTable->setVisible(m_comparison->rowCount() > 0);
    fitComparison();
    m_detailStack->setCurrentIndex(1);
    updateButtons();
}

void ConflictsView::fitComparison()
{
    // As tall as its rows, so the buttons sit right under the values they act on; a long record scrolls.
    const int rows = m_comparison->rowCount();
    const int height = m_comparisonTable->horizontalHeader()->sizeHint().height() +
                       rows * m_comparisonTable->verticalHeader()->defaultSectionSize() +
                       2 * m_comparisonTable->frameWidth() + 2;
    m_comparisonTable->setMaximumHeight(height);
    // The bold field names plus the same breathing room the other columns have.
    QFont bold = m_comparisonTable->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int width = fm.horizontalAdvance(m_comparison->headerData(ComparisonModel::FieldColumn, Qt::Horizontal).toString());
    for (int r = 0; r < rows; ++r)
        width =
            qMax(width, fm.horizontalAdvance(m_comparison->index(r, ComparisonModel::FieldColumn).data().toString()));
    m_comparisonTable->setColumnWidth(ComparisonModel::FieldColumn, width + 28);
    m_comparisonTable->setMinimumHeight(qMin(height, 12 * m_comparisonTable->verticalHeader()->defaultSectionSize()));
}

void ConflictsView::updateButtons()
{
    using Kind = ConflictEntry::Kind;
    const bool valid = m_entry.isValid();
    const bool deletion = m_entry.wasDeletion();
    m_resolve->setVisible(valid && m_entry.kind == Kind::Conflict && !deletion);
    m_delete->setVisible(valid && m_entry.kind == Kind::Conflict && deletion);
    m_resend->setVisible(valid && m_entry.kind == Kind::Rejected && !deletion);
    m_recreate->setVisible(valid && m_entry.kind == Kind::Gone && !deletion);
    m_discard->setVisible(valid);
    m_discard->setText(m_entry.kind == Kind::Conflict ? tr("Keep theirs") : tr("Discard mine"));
    const bool merging = valid && DuplicateMerge::applies(m_entry);
    m_merge->setVisible(merging);
    checkChoices();
    if (merging) {
        // Why it cannot be done yet says what to do instead of leaving a grey button to guess at.
        const QString obstacle = DuplicateMerge(m_cache).obstacle(m_entry);
        m_merge->setEnabled(obstacle.isEmpty());
        m_problems->setText(obstacle);
        m_problems->setVisible(!obstacle.isEmpty());
    }
}

void ConflictsView::checkChoices()
{
    if (!m_comparison->isChoosing()) {
        m_problems->clear();
        m_problems->hide();
        return;
    }
    QHash<QString, QString> problems;
    QStringList lines;
    if (m_comparison->allChosen()) {
        const ConflictResolver resolver(m_cache);
        for (const FieldError& e : resolver.check(m_entry, m_comparison->chosenValues())) {
            const QString line = tr("%1 %2", "field label, problem").arg(FieldText::label(e.field), e.message);
            problems.insert(e.field, line);
            lines.append(line);
        }
    } else {
        lines.append(tr("Choose mine or theirs for every field marked \"choose\"."));
    }
    m_comparison->setProblems(problems);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_resolve->setEnabled(lines.isEmpty());
}

void ConflictsView::resolve()
{
    if (!m_entry.isValid() || !m_resolve->isEnabled())
        return;
    ConflictResolver resolver(m_cache);
    QString error;
    const bool ok = resolver.resolve(m_entry, m_comparison->chosenValues(), &error);
    finishDecision(ok, error);
}

void ConflictsView::deleteAgain()
{
    ConflictResolver resolver(m_cache);
    QString error;
    const bool ok = resolver.deleteAgain(m_entry, &error);
    finishDecision(ok, error);
}

void ConflictsView::openEditor(bool recreate)
{
    const ConflictEntry entry = m_entry;
    auto checker = [this, entry](const QJsonObject& values) {
        return ConflictResolver(m_cache).check(entry, values);
    };
    m_editDialog = new RowEditDialog(entry.table, entry.localRow, checker, this);
    m_editDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editDialog->setWindowTitle(recreate ? tr("Re-create the record") : tr("Fix and resend"));
    m_editDialog->setAcceptText(recreate ? tr("Re-create") : tr("Resend"));
    const QString reason = ConflictText::reason(entry);
    m_editDialog->setIntro(recreate ? tr("These are your values. They are filed again as a new record.")
                                    : tr("The server said: %1. Correct the values below; they are checked as you "
                                         "type.")
                                          .arg(reason));
    connect(m_editDialog, &QDialog::accepted, this, [this, entry, recreate]() {
        ConflictResolver resolver(m_cache);
        QString error;
        const QJsonObject values = m_editDialog->values();
        const bool ok = recreate ? resolver.recreate(entry, values, &error) : resolver.resend(entry, values, &error);
        finishDecision(ok, error);
    });
    m_editDialog->open();
}

void ConflictsView::askDiscard()
{
    if (!m_entry.isValid())
        return;
    const ConflictEntry entry = m_entry;
    const QString label = ConflictText::recordLabel(entry, RecordQuery(m_cache));
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("Discard your change?"),
                                     entry.kind == ConflictEntry::Kind::Conflict
                                         ? tr("Keep the server's values for %1? Your values for the fields in "
                                              "conflict are then gone.")
                                               .arg(label)
                                         : tr("Discard your change to %1? What you typed is then gone; the "
                                              "server's data stays as it is.")
                                               .arg(label),
                                     QMessageBox::NoButton, this);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* discard = m_confirmation->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    m_confirmation->addButton(QMessageBox::Cancel);
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    connect(m_confirmation, &QMessageBox::finished, this, [this, entry, discard]() {
        if (m_confirmation->clickedButton() != discard)
            return;
        ConflictResolver resolver(m_cache);
        QString error;
        const bool ok = resolver.discard(entry, &error);
        finishDecision(ok, error);
    });
    m_confirmation->open();
}

void ConflictsView::mergeIntoExisting()
{
    if (!m_entry.isValid() || !m_merge->isVisible() || !m_merge->isEnabled())
        return;
    ConflictResolver resolver(m_cache);
    QString error;
    const bool ok = resolver.mergeIntoExisting(m_entry, &error);
    finishDecision(ok, error);
}

void ConflictsView::finishDecision(bool ok, const QString& error)
{
    if (!ok) {
        qCInfo(lcUi) << "decision about a conflict not saved";
        m_problems->setText(tr("This could not be saved: %1").arg(error));
        m_problems->show();
        return;
    }
    refresh();
    emit decided();
}

QString ConflictsView::detailText() const
{
    QStringList parts;
    for (const QLabel* label : {m_heading, m_explain, m_when, m_reason, m_problems}) {
        if (label->isVisibleTo(this) && !label->text().isEmpty())
            parts.append(label->text());
    }
    QString text = parts.join(QLatin1Char('\n'));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

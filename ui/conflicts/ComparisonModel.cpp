#include "ComparisonModel.h"

#include "ConflictText.h"
#include "FieldText.h"

#include <QColor>
#include <QFont>

ComparisonModel::ComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setEntry(const ConflictEntry& entry)
{
    beginResetModel();
    m_table = entry.table;
    m_choosing = entry.kind == ConflictEntry::Kind::Conflict && !entry.wasDeletion();
    m_showTheirs = m_choosing || !entry.serverRow.isEmpty();
    m_problems.clear();
    fillRows(entry);
    endResetModel();
    emit choicesChanged();
}

void ComparisonModel::clear()
{
    beginResetModel();
    m_table.clear();
    m_choosing = false;
    m_showTheirs = false;
    m_rows.clear();
    m_problems.clear();
    endResetModel();
    emit choicesChanged();
}

void ComparisonModel::fillRows(const ConflictEntry& entry)
{
    m_rows.clear();
    // Fields the server named were changed by both sides: the person must choose. Any other difference is
    // a change from the server this client had not seen yet, so theirs is the sensible start.
    const QStringList named = ConflictText::changedMeanwhile(entry);
    for (const QString& field : FieldText::shownFields(entry.table)) {
        Row row{field, entry.localRow.value(field), entry.serverRow.value(field), Choice::None, QJsonValue()};
        const bool differs = row.mine != row.theirs;
        if (m_choosing && !differs)
            continue; // nothing to decide
        if (!m_choosing && FieldText::value(field, row.mine).isEmpty() && FieldText::value(field, row.theirs).isEmpty())
            continue; // empty on both sides says nothing
        if (m_choosing && !named.isEmpty() && !named.contains(field))
            row.choice = Choice::Theirs;
        m_rows.append(row);
    }
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_choosing ? ColumnCount : (m_showTheirs ? UseColumn : TheirsColumn);
}

QJsonValue ComparisonModel::chosen(const Row& row) const
{
    switch (row.choice) {
    case Choice::Mine:
        return row.mine;
    case Choice::Theirs:
        return row.theirs;
    case Choice::Edited:
        return row.edited;
    case Choice::None:
        break;
    }
    return QJsonValue::Undefined;
}

QVariant ComparisonModel::displayData(const Row& row, int column) const
{
    switch (column) {
    case FieldColumn:
        return FieldText::label(row.field);
    case MineColumn:
        return FieldText::value(row.field, row.mine);
    case TheirsColumn:
        return FieldText::value(row.field, row.theirs);
    case UseColumn:
        return row.choice == Choice::None ? tr("choose") : FieldText::value(row.field, chosen(row));
    default:
        return QVariant();
    }
}

QVariant ComparisonModel::checkData(const Row& row, int column) const
{
    if (!m_choosing || (column != MineColumn && column != TheirsColumn))
        return QVariant();
    const Choice mine = column == MineColumn ? Choice::Mine : Choice::Theirs;
    return row.choice == mine ? Qt::Checked : Qt::Unchecked;
}

QVariant ComparisonModel::foregroundData(const Row& row, int column) const
{
    if (column == UseColumn && m_problems.contains(row.field))
        return QColor(0xb7, 0x1c, 0x1c);
    if (column == UseColumn && row.choice == Choice::None)
        return QColor(0x75, 0x75, 0x75);
    return QVariant();
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    // Views and the model tester ask about the invalid index too; that is no mistake, so no warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::EditRole:
        return index.column() == UseColumn ? FieldText::toText(chosen(row)) : displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == UseColumn && m_problems.contains(row.field))
            return m_problems.value(row.field);
        if (index.column() == UseColumn && m_choosing && FieldText::isTypable(m_table, row.field))
            return tr("Double-click or press F2 to type another value");
        return displayData(row, index.column());
    case Qt::CheckStateRole:
        return checkData(row, index.column());
    case Qt::ForegroundRole:
        return foregroundData(row, index.column());
    case Qt::FontRole:
        if (index.column() == FieldColumn || (index.column() == UseColumn && row.choice == Choice::None)) {
            QFont font;
            font.setBold(index.column() == FieldColumn);
            font.setItalic(index.column() == UseColumn);
            return font;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

bool ComparisonModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_choosing)
        return false;
    Row& row = m_rows[index.row()];
    if (role == Qt::CheckStateRole && (index.column() == MineColumn || index.column() == TheirsColumn)) {
        // A radio pair: checking one side is the choice; unchecking the chosen side changes nothing.
        if (value.value<Qt::CheckState>() != Qt::Checked)
            return false;
        return choose(row.field, index.column() == MineColumn ? Choice::Mine : Choice::Theirs);
    }
    if (role == Qt::EditRole && index.column() == UseColumn && FieldText::isTypable(m_table, row.field)) {
        const QJsonValue typed = FieldText::fromText(m_table, row.field, value.toString());
        if (typed == row.mine)
            return choose(row.field, Choice::Mine);
        if (typed == row.theirs)
            return choose(row.field, Choice::Theirs);
        row.edited = typed;
        row.choice = Choice::Edited;
        emitRowChanged(index.row());
        return true;
    }
    return false;
}

bool ComparisonModel::choose(const QString& field, Choice choice)
{
    const int r = rowOf(field);
    if (r < 0 || !m_choosing)
        return false;
    m_rows[r].choice = choice;
    emitRowChanged(r);
    return true;
}

void ComparisonModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, MineColumn), index(row, UseColumn));
    emit choicesChanged();
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex& index) const
{
    // Views and the model tester ask about the invalid index too; that is no mistake, so no warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_choosing)
        return f;
    if (index.column() == MineColumn || index.column() == TheirsColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == UseColumn && FieldText::isTypable(m_table, m_rows.at(index.row()).field))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case MineColumn:
        return tr("Mine");
    case TheirsColumn:
        return tr("Theirs (server)");
    case UseColumn:
        return tr("Use");
    default:
        return QVariant();
    }
}

int ComparisonModel::rowOf(const QString& field) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).field == field)
            return r;
    }
    return -1;
}

QString ComparisonModel::fieldAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).field : QString();
}

ComparisonModel::Choice ComparisonModel::choiceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).choice : Choice::None;
}

bool ComparisonModel::allChosen() const
{
    for (const Row& row : m_rows) {
        if (row.choice == Choice::None)
            return false;
    }
    return true;
}

QJsonObject ComparisonModel::chosenValues() const
{
    QJsonObject values;
    for (const Row& row : m_rows) {
        if (row.choice != Choice::None)
            values.insert(row.field, chosen(row));
    }
    return values;
}

void ComparisonModel::setProblems(const QHash<QString, QString>& problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_rows.isEmpty() && m_choosing)
        emit dataChanged(index(0, UseColumn), index(int(m_rows.size()) - 1, UseColumn),
                         {Qt::ForegroundRole, Qt::ToolTipRole});
}

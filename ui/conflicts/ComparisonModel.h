#pragma once

#include "store/conflicts/ConflictEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QVector>

// One record side by side, field by field: what this client had ("Mine"), what the server holds
// ("Theirs") and, for a conflict, the value to keep ("Use"). The person picks mine or theirs per field
// (the two columns act as a pair of radio buttons) or types another value in "Use".
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, MineColumn, TheirsColumn, UseColumn, ColumnCount };
    enum class Choice { None, Mine, Theirs, Edited };

    explicit ComparisonModel(QObject* parent = nullptr);

    void setEntry(const ConflictEntry& entry);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Only a conflict asks for a choice; other kinds just show both sides.
    bool isChoosing() const { return m_choosing; }
    int rowOf(const QString& field) const;
    QString fieldAt(int row) const;
    Choice choiceAt(int row) const;
    bool choose(const QString& field, Choice choice);
    // Every field has a value to keep.
    bool allChosen() const;
    // The value to keep of every compared field.
    QJsonObject chosenValues() const;
    // Problems found in the chosen values, by field; shown in the "Use" column.
    void setProblems(const QHash<QString, QString>& problems);

signals:
    void choicesChanged();

private:
    struct Row {
        QString field;
        QJsonValue mine;
        QJsonValue theirs;
        Choice choice = Choice::None;
        QJsonValue edited;
    };

    QJsonValue chosen(const Row& row) const;
    QVariant displayData(const Row& row, int column) const;
    QVariant checkData(const Row& row, int column) const;
    QVariant foregroundData(const Row& row, int column) const;
    void fillRows(const ConflictEntry& entry);
    void emitRowChanged(int row);

    QString m_table;
    bool m_choosing = false;
    bool m_showTheirs = false; // a refused new record or a deleted one has no server side to show
    QVector<Row> m_rows;
    QHash<QString, QString> m_problems;
};

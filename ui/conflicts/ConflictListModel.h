#pragma once

#include "store/conflicts/ConflictEntry.h"

#include <QAbstractTableModel>
#include <QVector>

class LocalCache;

// The open conflicts and rejected changes of the cache, one row each: which record, what kind of record,
// what happened, why, and when. There are few (they need a person), so all are read at once.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RecordColumn, TableColumn, KindColumn, WhenColumn, ReasonColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole };

    explicit ConflictListModel(const LocalCache& cache, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ConflictEntry entryAt(int row) const;
    int rowOf(qint64 entryId) const;
    // Reads the table again (after a sync or a decision).
    void refresh();

private:
    QString displayText(const ConflictEntry& entry, int row, int column) const;

    const LocalCache& m_cache;
    QVector<ConflictEntry> m_entries;
    QStringList m_labels; // record label per row, looked up once per refresh
};

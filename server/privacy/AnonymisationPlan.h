#pragma once

#include "storage/ServerStorage.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QVector>

// What one anonymisation run changes (docs/PROTOCOL.md "Anonymisation"), read from storage and written nowhere:
// per region, the families whose every application is final and whose last write (of the parent or an application)
// lies before the region's family cut-off, with all their rows; and the messages written before the message
// cut-off that are no longer waiting to be sent. Only rows whose personal fields still differ from what
// anonymisation leaves are listed, so a second run changes nothing. A dry run and a real run read the same plan.
class AnonymisationPlan
{
public:
    // One row to write: as stored, and with its personal fields anonymised.
    struct Change {
        QString table;
        StoredRow stored;
        QJsonObject anonymised;
    };
    // The rows written under one seq: a family, or a batch of messages.
    using Group = QVector<Change>;
    // A region's cut-offs: rows last written before these days (00:00 UTC) qualify.
    struct Cutoffs {
        QString regionId;
        QDate closedBefore;
        QDate messagesBefore;
    };

    explicit AnonymisationPlan(ServerStorage& storage);

    // Reads every family table once (families may have rows in several regions); then add the regions.
    void load();
    void addRegion(const Cutoffs& cutoffs);

    const QVector<Group>& groups() const { return m_groups; }
    // Per table the rows that change (every family table named, 0 included), of one region or of all.
    QJsonObject counts(const QString& regionId = QString()) const;
    static const QStringList& tables();

private:
    using Rows = QVector<StoredRow>;
    void addFamily(const StoredRow& parent, const QString& regionId, Group& group);
    void addRows(const QString& table, const Rows& rows, const QString& regionId, Group& group);
    void addMessages(const Cutoffs& cutoffs);
    bool qualifies(const StoredRow& parent, const QDateTime& cutoff) const;

    ServerStorage& m_storage;
    QHash<QString, Rows> m_byTable;                       // table -> every row
    QHash<QString, QHash<QString, Rows>> m_byParent;      // table -> parent id -> rows (children, applications, ...)
    QHash<QString, QHash<QString, Rows>> m_byApplication; // offers -> application id -> rows
    QSet<QString> m_planned;                              // "table/id" already in a group
    QHash<QString, QHash<QString, int>> m_counts;         // region -> table -> rows
    QVector<Group> m_groups;
};

#pragma once

#include "protocol/TableSchema.h"

#include <QJsonObject>
#include <QStringList>

// The per-field merge of an update (docs/PROTOCOL.md "Push"): a field whose current value equals `old` takes `new`;
// a field that already equals `new` is no conflict; any other field is a conflict and keeps its value —
// except `notes`, a NoteLog: two workers who each appended a note to the same text both keep theirs.
class UpdateMerge
{
public:
    UpdateMerge(const Protocol::Table& table, const QJsonObject& current);

    // False with a "invalid: ..." reason when `changes` names unknown or server-set fields or wrong types.
    bool run(const QJsonObject& changes, QString* reason);

    const QStringList& appliedFields() const { return m_applied; }
    const QStringList& conflictFields() const { return m_conflicts; }
    bool hasConflicts() const { return !m_conflicts.isEmpty(); }
    const QJsonObject& mergedRow() const { return m_merged; }

private:
    bool mergeNotes(const QString& name, const QJsonValue& old, const QJsonValue& next, const QJsonValue& current);
    bool checkField(const QString& name, const QJsonValue& change, Protocol::FieldType* type, QString* reason) const;

    const Protocol::Table& m_table;
    QJsonObject m_merged;
    QStringList m_applied;
    QStringList m_conflicts;
};

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

class LocalCache;
class LocalWriter;

// One record's corrected fields, as a form gives them.
struct RecordChange {
    QString table;
    QString id;
    QJsonObject values;
};

// Corrections to what was filed: a parent's contact data, a child's names and birth date (once the child is
// born), an application's wishes, preferences and priority grounds (docs/ARCHITECTURE.md "The desktop client").
// Each save is one local write with its outbox entry holding only the fields that changed, so the server merges
// it field by field with what others changed meanwhile, and a real clash lands in Conflicts like every edit.
// Only the fields named here can change this way: state, assignment, notes and numbers have their own actions.
class RecordEdits
{
    Q_DECLARE_TR_FUNCTIONS(RecordEdits)

public:
    explicit RecordEdits(LocalCache& cache);

    // The fields a person may correct in a record of this table (empty for other tables).
    static QStringList editableFields(const QString& table);
    // Whether the record may be corrected now: a closed application (placed, cancelled, expired) keeps what it
    // held when it closed; *why says so in plain words.
    bool mayEdit(const QString& table, const QString& id, QString* why) const;
    // The corrections of one "Save", in one transaction: all are written or none. Per record only the fields that
    // differ are written; a child given a birth date loses its expected one. False with the reason in *error
    // (nothing written) when a field may not change here or a row would break a rule; *written says how many
    // records changed (0 when nothing differed).
    bool save(const QVector<RecordChange>& changes, int* written, QString* error);

private:
    bool check(const RecordChange& change, QString* error) const;
    // The fields of the change that differ from the cached row.
    QJsonObject differences(const RecordChange& change) const;

    LocalCache& m_cache;
};

#pragma once

#include "storage/ServerStorage.h"
#include "sync/AccessScope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// Checks the ids a pushed row names (docs/PROTOCOL.md "References"). An id is only worth something to a caller
// who could have read the row it names: checking existence alone let a counter file an application for another
// region's family, queue mail to it, or make it an offer. Every named row must exist, be visible to the caller
// and fit the row (same region, a child of the named parent, a free place at the named location, ...). The
// answer for another region's row, a deleted row and an unknown id is one and the same.
class ReferenceGuard
{
public:
    ReferenceGuard(ServerStorage& storage, const AccessScope& scope);

    // Empty when the references of `row` hold, else an "invalid: <field>: <problem>" reason. `changed` limits an
    // update to the references it changes (all when empty); a region move keeps them visible but lets them stay
    // behind in the old region (see docs/PROTOCOL.md "References").
    QString check(const QString& table, const QJsonObject& row, const QStringList& changed = QStringList());

    // The field names in `table` that hold ids of other rows.
    static QStringList referenceFields(const QString& table);

private:
    QString checkParent(const QJsonObject& row);
    QString checkChild(const QJsonObject& row);
    QString checkApplication(const QJsonObject& row);
    QString checkEmergencyEntry(const QJsonObject& row);
    QString checkOffer(const QJsonObject& row);
    QString checkFreePlace(const QJsonObject& row);
    QString checkMessage(const QJsonObject& row);

    // The row `id` of `table` named in `field`, when it exists, the caller may see it and (unless a move lets it
    // stay behind) it lies in `region`; otherwise *reason is set and nothing is returned.
    std::optional<StoredRow> named(const QString& table, const QJsonObject& row, const char* field, QString* reason);
    std::optional<StoredRow> namedId(const QString& table, const QString& id, const QString& region, const char* field,
                                     QString* reason);
    QString checkLocations(const QJsonObject& row, const QJsonArray& ids, const char* field);
    QString checkAccount(const QJsonObject& row, const char* field, bool referrer);

    ServerStorage& m_storage;
    const AccessScope& m_scope;
    bool m_regionMove = false;
};

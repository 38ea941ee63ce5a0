#pragma once

#include "storage/ServerStorage.h"
#include "sync/AccessScope.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Who may write what (docs/PROTOCOL.md). Every check returns an empty string when allowed, otherwise the
// `reason` of a rejected mutation, starting with "forbidden:".
class WritePolicy
{
public:
    explicit WritePolicy(const AccessScope& scope);

    QString checkInsert(const QString& table, const QJsonObject& row) const;
    QString checkUpdate(const QString& table, const StoredRow& current, const QJsonObject& merged,
                        const QStringList& changedFields) const;
    QString checkDelete(const QString& table, const StoredRow& current) const;

private:
    bool mayWriteTable(const QString& table) const;
    static QString tableReason(const QString& table, const QString& general);
    QString regionReason(const QJsonObject& row) const;
    QString referrerReason(const QString& table, const QStringList& changedFields) const;

    const AccessScope& m_scope;
};

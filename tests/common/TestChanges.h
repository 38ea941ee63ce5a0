#pragma once

#include "protocol/SyncMessages.h"

#include <QJsonObject>
#include <QString>

// Rows as a pull brings them, for tests that fill a client cache through PullApplier as a sync does: the change
// of each row at version 1. The unit and UI tests each had a copy of this (upsert()/change() in eight files).
// Header-only, so tests that link only the client core use it too. Usage:
//
//   const TestChanges rows(QStringLiteral("antwerpen")); // rows of Antwerp unless they name their region
//   page.changes.append(rows.upsert(QStringLiteral("parents"), {{QStringLiteral("id"), id}, ...}));
class TestChanges
{
public:
    // `region` fills "region_id" where a row names none; `updatedAt` stamps "updated_at". Empty: left alone.
    explicit TestChanges(const QString& region = QString(), const QString& updatedAt = QString())
        : m_region(region)
        , m_updatedAt(updatedAt)
    {
    }

    // The change of `row`, which names its "id", at version 1 (the row says version 1 too).
    Protocol::Change upsert(const QString& table, QJsonObject row, qint64 seq = 0) const
    {
        if (!m_region.isEmpty() && !row.contains(QStringLiteral("region_id")))
            row.insert(QStringLiteral("region_id"), m_region);
        if (!m_updatedAt.isEmpty())
            row.insert(QStringLiteral("updated_at"), m_updatedAt);
        row.insert(QStringLiteral("version"), 1);
        Protocol::Change c;
        c.table = table;
        c.id = row.value(QStringLiteral("id")).toString();
        c.version = 1;
        c.seq = seq;
        c.row = row;
        return c;
    }
    // The same for a row whose id is given apart.
    Protocol::Change upsert(const QString& table, const QString& id, QJsonObject row, qint64 seq = 0) const
    {
        row.insert(QStringLiteral("id"), id);
        return upsert(table, row, seq);
    }

private:
    QString m_region;
    QString m_updatedAt;
};

#pragma once

#include "TestHttp.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

// What a client cache holds for one account, reduced to what tests check: pulls are applied page by page
// from the replica's cursor (upsert = store the row, delete = drop it), and matchesDigest() compares the result
// with GET /sync/digest the way `opvangloket-cli check` does (count and SHA-256 over sorted "id:version").
class TestReplica
{
public:
    TestReplica(TestHttp& http, const QString& token);

    // Pulls every page after the cursor, applies it and returns its changes. *status (if given) is the HTTP
    // status of the last page (200, or e.g. 410); on an error nothing of that page is applied.
    QVector<QJsonObject> pull(int* status = nullptr);
    const QString& cursor() const { return m_cursor; }
    void setToken(const QString& token) { m_token = token; }

    bool has(const QString& table, const QString& id) const { return m_rows.value(table).contains(id); }
    QJsonObject row(const QString& table, const QString& id) const { return m_rows.value(table).value(id); }
    // True when every table of the server's digest has the same count and hash; else false with *difference.
    bool matchesDigest(QString* difference);

private:
    void apply(const QJsonObject& change);

    TestHttp& m_http;
    QString m_token;
    QString m_cursor;
    QHash<QString, QHash<QString, QJsonObject>> m_rows; // table -> id -> row (with the change's version)
};

#include "TestReplica.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrlQuery>

TestReplica::TestReplica(TestHttp& http, const QString& token)
    : m_http(http)
    , m_token(token)
{
}

QVector<QJsonObject> TestReplica::pull(int* status)
{
    QVector<QJsonObject> changes;
    for (int guard = 0; guard < 10000; ++guard) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!m_cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), m_cursor);
        const HttpReply reply =
            m_http.get(QStringLiteral("/api/v1/sync/pull?") + query.toString(QUrl::FullyEncoded), m_token);
        if (status)
            *status = reply.status;
        if (reply.status != 200)
            return changes;
        for (const QJsonValue& v : reply.json.value(QStringLiteral("changes")).toArray()) {
            apply(v.toObject());
            changes.append(v.toObject());
        }
        m_cursor = reply.json.value(QStringLiteral("cursor")).toString();
        if (!reply.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    return changes;
}

void TestReplica::apply(const QJsonObject& change)
{
    const QString table = change.value(QStringLiteral("table")).toString();
    const QString id = change.value(QStringLiteral("id")).toString();
    if (change.value(QStringLiteral("op")).toString() == QLatin1String("delete")) {
        m_rows[table].remove(id);
        return;
    }
    QJsonObject row = change.value(QStringLiteral("row")).toObject();
    row.insert(QStringLiteral("version"), change.value(QStringLiteral("version")));
    m_rows[table].insert(id, row);
}

bool TestReplica::matchesDigest(QString* difference)
{
    const HttpReply reply = m_http.get(QStringLiteral("/api/v1/sync/digest"), m_token);
    if (reply.status != 200) {
        *difference = QStringLiteral("digest answered %1").arg(reply.status);
        return false;
    }
    const QJsonObject tables = reply.json.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        QStringList lines;
        const QHash<QString, QJsonObject> rows = m_rows.value(it.key());
        for (auto r = rows.begin(); r != rows.end(); ++r)
            lines.append(r.key() + QLatin1Char(':') + QString::number(r->value(QStringLiteral("version")).toInteger()));
        lines.sort();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& line : lines)
            hash.addData(QString(line + QLatin1Char('\n')).toUtf8());
        const QJsonObject server = it.value().toObject();
        if (server.value(QStringLiteral("count")).toInt() != lines.size() ||
            server.value(QStringLiteral("hash")).toString() != QString::fromLatin1(hash.result().toHex())) {
            *difference = QStringLiteral("%1: replica has %2 rows, server %3 (or the versions differ)")
                              .arg(it.key())
                              .arg(lines.size())
                              .arg(server.value(QStringLiteral("count")).toInt());
            return false;
        }
    }
    return true;
}

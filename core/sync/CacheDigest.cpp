#include "CacheDigest.h"

#include "protocol/TableSchema.h"
#include "store/records/RecordQuery.h"

#include <QCryptographicHash>

QString CacheDigest::hashOf(const QStringList& sortedLines)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& line : sortedLines) {
        hash.addData(line.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QVector<CacheDigest::TableComparison> CacheDigest::compare(const LocalCache& cache, const QJsonObject& serverTables)
{
    QVector<TableComparison> result;
    RecordQuery records(cache);
    for (const QString& table : Protocol::syncedTableNames()) {
        const QStringList lines = records.versionLines(table);
        const QJsonObject server = serverTables.value(table).toObject();
        if (lines.isEmpty() && !serverTables.contains(table))
            continue; // a table this account does not receive at all
        TableComparison c;
        c.table = table;
        c.localCount = lines.size();
        c.serverCount = server.value(QStringLiteral("count")).toInt();
        c.same = c.localCount == c.serverCount && server.value(QStringLiteral("hash")).toString() == hashOf(lines);
        result.append(c);
    }
    return result;
}

bool CacheDigest::allSame(const QVector<TableComparison>& comparisons)
{
    for (const TableComparison& c : comparisons) {
        if (!c.same)
            return false;
    }
    return true;
}

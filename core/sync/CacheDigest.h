#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

class LocalCache;

// Proves the cache equals the server for this account: per table the count and SHA-256 over the sorted
// lines "id:version\n", computed the same way as the server's GET /sync/digest.
class CacheDigest
{
public:
    struct TableComparison {
        QString table;
        int localCount = 0;
        int serverCount = 0;
        bool same = false;
    };

    static QString hashOf(const QStringList& sortedLines);
    // Compares with the "tables" object of the server's digest; every table either side has is listed.
    static QVector<TableComparison> compare(const LocalCache& cache, const QJsonObject& serverTables);
    static bool allSame(const QVector<TableComparison>& comparisons);
};

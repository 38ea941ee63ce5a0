#pragma once

#include "storage/ServerStorage.h"
#include "storage/SqlScopeFilter.h"

#include "protocol/CompactPage.h"

class CompactPageWriter;
class SqlDatabase;
class SqliteNativeQuery;

// The pull feed over either dialect: rows and tombstones of every synced table the scope may see, in seq order,
// cut only between seqs. A page holds the longest run of whole seqs after afterSeq with at most `limit`
// changes; when the first seq alone is larger than `limit`, the page is that one seq. Rows are read as raw values
// (RawChange) and turned into JSON rows only for a page in Form::Json.
class SqlChangeFeed
{
public:
    explicit SqlChangeFeed(SqlDatabase& db);

    ChangeFeedPage page(const AccessScope& scope, qint64 afterSeq, int limit, ChangeFeedPage::Form form);
    // Rows and tombstones the scope may see with seq > afterSeq: one COUNT per source, on its seq index.
    qint64 countAfter(const AccessScope& scope, qint64 afterSeq);
    QStringList visibleVersions(const QString& table, const AccessScope& scope);

private:
    struct Source {
        QString table;
        int tableIndex = 0; // in Protocol::syncedTables()
        bool tombstones = false;
        SqlScopeFilter filter;
    };

    QVector<Source> sources(const AccessScope& scope) const;
    QString selectSql(const Source& source, const QString& columns, const QString& range) const;
    QVector<qint64> firstSeqs(const Source& source, qint64 afterSeq, int limit);
    // encoder: set when a compact page is read from SQLite (SqliteNativeQuery), which then encodes the rows itself.
    void collect(const Source& source, qint64 afterSeq, qint64 upTo, ChangeFeedPage::Form form, ChangeFeedPage& out,
                 CompactPageWriter* encoder);
    static void encodeRows(SqliteNativeQuery& q, int tableIndex, int count, CompactPageWriter& encoder,
                           ChangeFeedPage& out);
    static Protocol::Change toJson(const RawChange& raw);
    bool hasChangesAfter(const Source& source, qint64 seq);

    SqlDatabase& m_db;
};

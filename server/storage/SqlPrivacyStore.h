#pragma once

#include "storage/RetentionRecord.h"

#include <QSet>
#include <QStringList>
#include <QVector>

class SqlDatabase;

// The SQL of anonymisation, in SQL both dialects run: the retention_settings table (one row per region that left
// the defaults) and the recorded push results, whose server rows would otherwise keep what a run took away.
class SqlPrivacyStore
{
public:
    explicit SqlPrivacyStore(SqlDatabase& db);

    QVector<RetentionRecord> retentionSettings(); // the saved ones, by region
    void saveRetention(const RetentionRecord& record);
    // Drops `server_row` from every recorded result whose server row is one of these ids; returns how many.
    int forgetRecordedRows(const QSet<QString>& ids);

    // Schema version 10 of both ladders.
    static void createTables(SqlDatabase& db);

private:
    SqlDatabase& m_db;
};

#pragma once

#include <QCoreApplication>
#include <QString>

// The words for a running pull in the status bar: "Syncing… 12,000 of 302,302 rows (4%)" when the server
// announced how many rows the round brings (pull count=1), else just the rows so far.
class SyncProgressText
{
    Q_DECLARE_TR_FUNCTIONS(SyncProgressText)

public:
    // 0…100, rounded, but 100 only once every row is in; -1 when the total is unknown or zero.
    static int percent(int rows, int total);
    static QString text(int rows, int total);
};

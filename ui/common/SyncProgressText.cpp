#include "common/SyncProgressText.h"

#include <QtMath>

int SyncProgressText::percent(int rows, int total)
{
    if (total <= 0 || rows < 0)
        return -1; // unknown, or nothing to count: "0 of 0 rows (100%)" would only puzzle
    if (rows >= total)
        return 100;
    return qMin(99, qRound(100.0 * rows / total));
}

QString SyncProgressText::text(int rows, int total)
{
    const int p = percent(rows, total);
    if (p < 0)
        return tr("Syncing… %Ln row(s)", nullptr, rows);
    return tr("Syncing… %L1 of %Ln row(s) (%2%)", "rows so far, of all rows (percent)", total).arg(rows).arg(p);
}

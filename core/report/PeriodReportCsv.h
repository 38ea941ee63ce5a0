#pragma once

#include "report/SmallCountSuppression.h"

#include <QString>
#include <QStringList>
#include <QVector>

// The period report as the agency reads it into a spreadsheet or a script (docs/ARCHITECTURE.md "The period
// report"): header `region,municipality,measure,value`, one line per figure, `*` for the region's total, values a
// whole number, "<5" or "x". No byte-order mark: the first line is exactly the header.
class PeriodReportCsv
{
public:
    // regionOfLine[i] is the region of cells[i] (one file may hold several regions' reports).
    static bool write(const QString& path, const QStringList& regionOfLine,
                      const QVector<SmallCountSuppression::Shown>& cells, QString* error);
};

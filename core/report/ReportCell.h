#pragma once

#include <QString>

// One figure of the period report before it is shown: a count (or a number of days) for a municipality of the
// region ("*": the region's total) and a measure in snake case (docs/ARCHITECTURE.md "The period report").
struct ReportCell {
    QString municipality;
    QString measure;
    qint64 value = 0;
    // True when value counts people (children, or applications of families): such a cell under
    // SmallCountSuppression::kThreshold is hidden. False for a duration such as a median wait.
    bool countsPeople = true;
    // For a duration: how many people it was computed from (a median of two waits tells about two families).
    qint64 basis = 0;
};
